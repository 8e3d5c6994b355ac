import type { PhoneNumber } from '../../model/types.ts';

/** Why turning a number off deserves a warning, if it does. */
export type TurnOffWarning = { kind: 'last' } | { kind: 'default'; heir: PhoneNumber } | null;

/**
 * Turning off the last reserved number turns SMS two-step verification off entirely; turning off the default
 * moves sign-in codes to another number (the oldest other reserved one, as the server and the cache decide).
 * Anything else needs no warning.
 */
export function turnOffWarning(phoneNumbers: readonly PhoneNumber[], phone: PhoneNumber): TurnOffWarning {
  if (!phone.reservedForSecondFactor) return null;
  const others = phoneNumbers.filter((p) => p.id !== phone.id && p.reservedForSecondFactor);
  if (others.length === 0) return { kind: 'last' };
  if (!phone.defaultSecondFactor) return null;
  const heir = [...others].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))[0]!;
  return { kind: 'default', heir };
}
