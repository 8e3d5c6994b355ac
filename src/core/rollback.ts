import type { PhoneNumber } from '../model/types.ts';

/** Value equality: the query cache re-creates changed objects (structural sharing), so identity cannot be used. */
function same(a: PhoneNumber | undefined, b: PhoneNumber): boolean {
  return a !== undefined && (a === b || JSON.stringify(a) === JSON.stringify(b));
}

/**
 * Undoes an optimistic edit without clobbering changes made since: every number still exactly as the optimistic
 * edit left it goes back to its previous value, numbers the edit removed come back at their old place, numbers it
 * added go away, and anything another update touched in the meantime is kept.
 */
export function rollbackList(current: readonly PhoneNumber[] | undefined, before: readonly PhoneNumber[], optimistic: readonly PhoneNumber[]): PhoneNumber[] {
  const optimisticById = new Map(optimistic.map((p) => [p.id, p]));
  const beforeById = new Map(before.map((p) => [p.id, p]));
  const list = current ?? [];
  const restored: PhoneNumber[] = [];
  for (const phone of list) {
    const untouched = same(optimisticById.get(phone.id), phone);
    const previous = beforeById.get(phone.id);
    if (untouched && !previous) continue; // added by the optimistic edit
    restored.push(untouched && previous ? previous : phone);
  }
  before.forEach((phone, index) => {
    const removedByEdit = !optimisticById.has(phone.id) && !list.some((p) => p.id === phone.id);
    if (removedByEdit) restored.splice(Math.min(index, restored.length), 0, phone);
  });
  return restored;
}
