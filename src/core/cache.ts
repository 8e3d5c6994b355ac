/**
 * Pure edits of the cached list. Mutations apply the server's answer with these instead of refetching, and
 * optimistic updates apply the expected answer the same way.
 */
import type { PhoneNumber } from '../model/types.ts';

/** Backup codes never enter the query cache (it may be persisted); they go to the in-memory backup-codes store. */
export function withoutBackupCodes(phone: PhoneNumber): PhoneNumber {
  return phone.backupCodes === null ? phone : { ...phone, backupCodes: null };
}

/** Replaces the number with the same id, or appends it. */
export function upsertPhoneNumber(list: readonly PhoneNumber[] | undefined, phone: PhoneNumber): PhoneNumber[] {
  const clean = withoutBackupCodes(phone);
  const current = list ?? [];
  const at = current.findIndex((p) => p.id === clean.id);
  if (at === -1) return [...current, clean];
  const next = [...current];
  next[at] = clean;
  return next;
}

/** Removes a number by id. */
export function removePhoneNumber(list: readonly PhoneNumber[] | undefined, id: string): PhoneNumber[] {
  return (list ?? []).filter((p) => p.id !== id);
}

/** Makes `id` the default second factor and clears the flag on every other number, as the server does. */
export function setDefaultSecondFactor(list: readonly PhoneNumber[] | undefined, id: string): PhoneNumber[] {
  return (list ?? []).map((p) => {
    const isDefault = p.id === id;
    return p.defaultSecondFactor === isDefault ? p : { ...p, defaultSecondFactor: isDefault };
  });
}

/**
 * Reserves or releases a number for two-step verification, mirroring the server's rules: the first reserved number
 * becomes the default, and releasing the default hands the flag to the oldest other reserved number.
 */
export function setReservedForSecondFactor(
  list: readonly PhoneNumber[] | undefined,
  id: string,
  reserved: boolean,
): PhoneNumber[] {
  const current = list ?? [];
  const target = current.find((p) => p.id === id);
  if (!target) return [...current];
  const others = current.filter((p) => p.id !== id && p.reservedForSecondFactor);
  if (reserved) {
    const becomesDefault = target.defaultSecondFactor || others.length === 0;
    return current.map((p) => (p.id === id ? { ...p, reservedForSecondFactor: true, defaultSecondFactor: becomesDefault } : p));
  }
  const heir = target.defaultSecondFactor ? [...others].sort((a, b) => a.createdAt - b.createdAt)[0] : undefined;
  return current.map((p) => {
    if (p.id === id) return { ...p, reservedForSecondFactor: false, defaultSecondFactor: false };
    if (heir && p.id === heir.id) return { ...p, defaultSecondFactor: true };
    return p;
  });
}
