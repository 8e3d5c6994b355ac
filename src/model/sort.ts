import { isVerified } from './secondFactor.ts';
import type { PhoneNumber } from './types.ts';

function rank(phone: PhoneNumber): number {
  if (phone.defaultSecondFactor) return 0;
  if (phone.reservedForSecondFactor) return 1;
  if (isVerified(phone)) return 2;
  return 3;
}

/**
 * The order a user expects: the default second factor first, then other two-step numbers, then verified, then
 * unverified; ties keep creation order (oldest first). Returns a new array.
 */
export function sortPhoneNumbers(phones: readonly PhoneNumber[]): PhoneNumber[] {
  return [...phones].sort((a, b) => rank(a) - rank(b) || a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}
