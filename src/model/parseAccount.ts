/**
 * Parsers for the account-level answers: each returns a whole, valid object or throws a `response_invalid`
 * {@link PhoneKitError} naming the first bad path, like the phone-number parsers in `parse.ts`.
 */
import type { AccountSecurity, TotpEnrollment, TotpVerification } from './account.ts';
import {
  accountSecurityEnvelope,
  accountSecuritySchema,
  totpEnrollmentEnvelope,
  totpEnrollmentSchema,
  totpVerificationEnvelope,
  totpVerificationSchema,
} from './accountSchemas.ts';
import { parseWith } from './parse.ts';

/** Parses a `Client.User` object into {@link AccountSecurity}. */
export function parseAccountSecurity(json: unknown): AccountSecurity {
  return parseWith(accountSecuritySchema, json, 'user');
}

/** Parses `{ response: user, client }` (`GET`/`PATCH /v1/me`) into {@link AccountSecurity}. */
export function parseAccountSecurityEnvelope(json: unknown): AccountSecurity {
  return parseWith(accountSecurityEnvelope, json, 'user response').response;
}

/** Parses a `TOTP` object from `POST /v1/me/totp` into a {@link TotpEnrollment}: its secret and URI must be there. */
export function parseTotpEnrollment(json: unknown): TotpEnrollment {
  return parseWith(totpEnrollmentSchema, json, 'authenticator app');
}

/** Parses a `TOTP` object from `POST /v1/me/totp/attempt_verification` into a {@link TotpVerification}. */
export function parseTotpVerification(json: unknown): TotpVerification {
  return parseWith(totpVerificationSchema, json, 'authenticator app verification');
}

/** Parses `{ response: totp, client }` (`POST /v1/me/totp`) into a {@link TotpEnrollment}. */
export function parseTotpEnrollmentEnvelope(json: unknown): TotpEnrollment {
  return parseWith(totpEnrollmentEnvelope, json, 'authenticator app response').response;
}

/** Parses `{ response: totp, client }` (`POST /v1/me/totp/attempt_verification`) into a {@link TotpVerification}. */
export function parseTotpVerificationEnvelope(json: unknown): TotpVerification {
  return parseWith(totpVerificationEnvelope, json, 'authenticator app verification response').response;
}
