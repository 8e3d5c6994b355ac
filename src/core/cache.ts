/**
 * Pure edits of the cached list. Mutations apply the server's answer with these instead of refetching, and
 * optimistic updates apply the expected answer the same way.
 */
import { heirOfDefault, reserveMakesDefault } from '../model/secondFactor.ts';
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

/** Removes a number by id; removing the default hands the flag to its heir (see `heirOfDefault`), as the server does. */
export function removePhoneNumber(list: readonly PhoneNumber[] | undefined, id: string): PhoneNumber[] {
  return handDefaultOn(list ?? [], id).filter((p) => p.id !== id);
}

/** When `id` is the default and leaves two-step verification, makes its heir the default (`id` keeps its flags). */
function handDefaultOn(list: readonly PhoneNumber[], id: string): readonly PhoneNumber[] {
  const heir = heirOfDefault(list, id);
  return heir ? list.map((p) => (p === heir ? { ...p, defaultSecondFactor: true } : p)) : list;
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
 * becomes the default, and releasing the default hands the flag to its heir (see `heirOfDefault`).
 */
export function setReservedForSecondFactor(
  list: readonly PhoneNumber[] | undefined,
  id: string,
  reserved: boolean,
): PhoneNumber[] {
  const current = list ?? [];
  const isDefault = reserved && reserveMakesDefault(current, id);
  return (reserved ? current : handDefaultOn(current, id)).map((p) =>
    p.id === id ? { ...p, reservedForSecondFactor: reserved, defaultSecondFactor: isDefault } : p,
  );
}
