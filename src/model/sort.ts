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

/**
 * The phone list's order: the user's primary number first (it is the one they sign in with), the rest as they
 * come (already in {@link sortPhoneNumbers} order). Returns the same array when the primary is not in it.
 */
export function primaryFirst<T extends PhoneNumber>(phones: readonly T[], primaryPhoneNumberId: string | undefined): readonly T[] {
  const primary = phones.find((phone) => phone.id === primaryPhoneNumberId);
  return primary ? [primary, ...phones.filter((phone) => phone !== primary)] : phones;
}
