/**
 * What an agent typed as a phone number, as E.164: spaces, dashes, dots, slashes and brackets dropped, a leading `00`
 * read as `+`. Deliberately not libphonenumber (the add form's checker): its metadata alone is ~35 KB gzip, more than
 * the whole support entry's budget, and the handler validates E.164 again on the server anyway.
 */

/** Why a typed number cannot be sent: nothing typed, or not `+`, a country code and 7–15 digits in all. */
export type TypedNumberProblem = 'empty' | 'invalid';

/** The E.164 number, or the problem. */
export function readTypedNumber(text: string): { e164: string } | { problem: TypedNumberProblem } {
  const compact = text.replace(/[\s\-./()]/g, '').replace(/^00/, '+');
  if (compact === '') return { problem: 'empty' };
  return /^\+[1-9]\d{6,14}$/.test(compact) ? { e164: compact } : { problem: 'invalid' };
}
