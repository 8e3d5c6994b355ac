/**
 * Checks a number before it is sent, with libphonenumber's `mobile` metadata (the same data the input formats with).
 *
 * One rule in every country: a number is accepted when libphonenumber knows it as a mobile number (or, where a
 * country's mobile and fixed-line numbers cannot be told apart, as in the US and Canada, as either). `min`
 * metadata, which the form loaded before, has number types for only 16 of 245 countries (those sharing a calling
 * code), so a UK landline was refused while a German one was accepted. `max` would tell every type apart but costs
 * ~20 KB gzip more; `mobile` is `min` plus each country's mobile pattern (~4.7 KB more), and is all this rule needs.
 * What it refuses (landlines, toll-free and other service numbers, and numbers that are simply not valid) all get
 * one message that says what to enter: a mobile number.
 */
import { phoneLibrary } from './loadPhoneLibrary.ts';

/** What is wrong with a number; each has its own message in the catalog. */
export type PhoneProblem = 'empty' | 'tooShort' | 'tooLong' | 'notMobileForCountry' | 'invalid';

/** The problem with an E.164 value from the phone input, or `null` when it may be sent. */
export function findPhoneProblem(value: string | null | undefined): PhoneProblem | null {
  if (!value) return 'empty';
  const length = phoneLibrary().validatePhoneNumberLength(value);
  if (length === 'TOO_SHORT' || length === 'NOT_A_NUMBER') return 'tooShort';
  if (length === 'TOO_LONG') return 'tooLong';
  if (length === 'INVALID_COUNTRY') return 'invalid';
  // With `mobile` metadata, valid means "a mobile number" (libphonenumber checks the number against the type patterns).
  return phoneLibrary().parsePhoneNumberFromString(value)?.isValid() ? null : 'notMobileForCountry';
}
