/**
 * RFC 6238 time-based one-time passwords, as authenticator apps compute them: HMAC-SHA-1, 30-second steps,
 * 6 digits; the server accepts the previous and next step too (±1), for clocks that drift. The arithmetic is
 * `otpauth`'s (synchronous, the same in Node and browsers), so the backend's rules stay synchronous.
 */
import { Secret, TOTP } from 'otpauth';

/** Clerk's authenticator-app parameters. */
const PERIOD_S = 30;
const DIGITS = 6;
/** Steps accepted on either side of the current one. */
const WINDOW = 1;
/** Issuer shown by authenticator apps beside the code. */
const ISSUER = 'phone-number-kit';

function totp(secret: string, label = 'user'): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: DIGITS, period: PERIOD_S, secret: Secret.fromBase32(secret) });
}

/** A fresh random secret in Base32 (160 bits, RFC 4226's recommended length), as Clerk hands out. */
export function randomTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The 6-digit code for `secret` at `atMs` (Unix ms). */
export function totpCode(secret: string, atMs: number): string {
  return totp(secret).generate({ timestamp: atMs });
}

/** Whether `code` is right for `secret` at `atMs`, one step either side included. */
export function isTotpCodeValid(secret: string, code: string, atMs: number): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totp(secret).validate({ token: code, timestamp: atMs, window: WINDOW }) !== null;
}

/** The `otpauth://totp/…` URI an authenticator app scans, labelled with `account`. */
export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}
