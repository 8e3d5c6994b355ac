import { isVerified } from '../../model/secondFactor.ts';
import type { PhoneNumber } from '../../model/types.ts';

/**
 * The verified numbers, oldest first. Unlike the list's usual order (default first), turning a number on or
 * making it the default never moves a control from under the user's pointer or focus.
 */
export function verifiedInStableOrder(phoneNumbers: readonly PhoneNumber[]): PhoneNumber[] {
  return phoneNumbers.filter(isVerified).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}
