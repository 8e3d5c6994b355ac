/**
 * Reading a verification code out of text the user did not type: a paste ("424 242", "424-242", "Your Acme code
 * is 424242") or a code the browser delivered (SMS autofill, WebOTP).
 */

/** What a piece of text gives the code field. */
export type ReceivedCode =
  /** A whole code: it replaces what is in the field. */
  | { kind: 'code'; code: string }
  /** Fewer digits than a code, and nothing else: they go in at the caret, as if typed. */
  | { kind: 'digits'; digits: string }
  /** No code in it: nothing changes, and the user is told. */
  | { kind: 'none' };

/** A run of digits, with at most one separator (space, dot, hyphen or dash) between two digits. */
const DIGIT_RUN = /\d(?:[\s.\u002d\u2010-\u2015]?\d)*/g;
const ONLY_DIGITS_AND_SEPARATORS = /^[\d\s.\u002d\u2010-\u2015]*$/;

/** The first run of exactly `length` digits in `text` is the code; a shorter bare-digit text is part of one. */
export function readReceivedCode(text: string, length: number): ReceivedCode {
  for (const run of text.match(DIGIT_RUN) ?? []) {
    const digits = run.replace(/\D/g, '');
    if (digits.length === length) return { kind: 'code', code: digits };
  }
  const digits = text.replace(/\D/g, '');
  if (digits.length > 0 && digits.length < length && ONLY_DIGITS_AND_SEPARATORS.test(text.trim())) return { kind: 'digits', digits };
  return { kind: 'none' };
}
