/**
 * Checks a number before it is sent, with libphonenumber's `min` metadata (the same data the input formats with).
 *
 * About the number type: `min` metadata carries type patterns only where countries share a calling code (US/CA,
 * GB/GG/JE/IM, AU/CC/CX, IT/VA, FR and its overseas regions: 16 of 245 countries). Elsewhere `getType()` returns
 * `undefined`, and then nothing is claimed: only a type that is known and cannot receive SMS is refused.
 */
import { parsePhoneNumberFromString, validatePhoneNumberLength, type NumberType, type PhoneNumber } from 'libphonenumber-js/min';

/** What is wrong with a number; each has its own message in the catalog. */
export type PhoneProblem = 'empty' | 'tooShort' | 'tooLong' | 'invalidForCountry' | 'invalid' | 'notMobile';

/** Types that never receive text messages. Mobile, "fixed line or mobile" (US), VoIP and personal numbers may. */
const CANNOT_RECEIVE_SMS = new Set<NumberType>(['FIXED_LINE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);

/**
 * The problem with an E.164 value from the phone input, or `null` when it may be sent. `parse` is replaceable so
 * tests can prove the type rule with fuller metadata.
 */
export function findPhoneProblem(
  value: string | null | undefined,
  parse: (text: string) => PhoneNumber | undefined = parsePhoneNumberFromString,
): PhoneProblem | null {
  if (!value) return 'empty';
  const length = validatePhoneNumberLength(value);
  if (length === 'TOO_SHORT' || length === 'NOT_A_NUMBER') return 'tooShort';
  if (length === 'TOO_LONG') return 'tooLong';
  if (length === 'INVALID_COUNTRY') return 'invalid';
  const phone = parse(value);
  if (!phone?.isValid()) return 'invalidForCountry';
  const type = phone.getType();
  if (type && CANNOT_RECEIVE_SMS.has(type)) return 'notMobile';
  return null;
}
