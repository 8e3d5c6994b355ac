/**
 * Random identifiers and secrets in the shapes Clerk uses. Not cryptographically strong on purpose:
 * this backend only ever runs in tests and stories, and `crypto.getRandomValues` exists in Node 20 and every browser.
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const LOWER_ALNUM = '0123456789abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';

function randomString(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  // The modulo bias is irrelevant for test data.
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/** An id like Clerk's (`idn_` + 27 base62 characters, the length of a KSUID). */
export function randomId(prefix: string): string {
  return `${prefix}_${randomString(BASE62, 27)}`;
}

/** A numeric one-time code, e.g. `'083145'`. Leading zeros are kept: codes are strings. */
export function randomDigits(length: number): string {
  return randomString(DIGITS, length);
}

/** A fresh set of distinct backup codes in Clerk's style: 8 lowercase alphanumeric characters each. */
export function randomBackupCodes(count = 10): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(randomString(LOWER_ALNUM, 8));
  return [...codes];
}

/** A `clerk_trace_id`: 32 hex characters. */
export function randomTraceId(): string {
  return randomString(HEX, 32);
}
