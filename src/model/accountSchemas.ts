/**
 * Run-time checks for the account-level wire objects (snake_case JSON) of Clerk's Frontend API: the parts of
 * `Client.User` two-step verification depends on, and the `TOTP` object. Unknown fields are dropped, as in
 * `schemas.ts`.
 */
import { andThen, array, boolean, literal, nullable, nullish, object, string, type Check } from './check.ts';
import type { AccountSecurity, TotpEnrollment, TotpVerification } from './account.ts';
import { envelopeSchema } from './schemas.ts';

/** `Client.User`, reduced to {@link AccountSecurity}. The server's flags are taken as they are: it is the truth. */
export const accountSecuritySchema: Check<AccountSecurity> = andThen(
  object({
    id: string,
    object: literal('user'),
    primary_phone_number_id: nullish(string, null),
    two_factor_enabled: boolean,
    totp_enabled: boolean,
    backup_code_enabled: boolean,
  }),
  (wire): AccountSecurity => ({
    userId: wire.id,
    primaryPhoneNumberId: wire.primary_phone_number_id,
    twoFactorEnabled: wire.two_factor_enabled,
    totpEnabled: wire.totp_enabled,
    backupCodeEnabled: wire.backup_code_enabled,
  }),
);

/** The `TOTP` object's fields every answer carries. `secret` and `uri` are nullable in the spec. */
const totpWire = object({
  object: literal('totp'),
  id: string,
  secret: nullable(string),
  uri: nullable(string),
  verified: boolean,
  backup_codes: nullish(array(string), null),
});

/** `TOTP` as `POST /v1/me/totp` answers: a fresh enrollment must carry its secret and URI, or it cannot be scanned. */
export const totpEnrollmentSchema: Check<TotpEnrollment> = andThen(
  object({ object: literal('totp'), id: string, secret: string, uri: string, verified: boolean }),
  (wire): TotpEnrollment => ({ id: wire.id, secret: wire.secret, uri: wire.uri, verified: wire.verified }),
);

/**
 * `TOTP` as `POST /v1/me/totp/attempt_verification` answers. Only the backup codes matter to the caller; an empty
 * list means none were issued, like an absent one.
 */
export const totpVerificationSchema: Check<TotpVerification> = andThen(
  totpWire,
  (wire): TotpVerification => ({ backupCodes: wire.backup_codes && wire.backup_codes.length > 0 ? wire.backup_codes : null }),
);

export const accountSecurityEnvelope = envelopeSchema(accountSecuritySchema);
export const totpEnrollmentEnvelope = envelopeSchema(totpEnrollmentSchema);
export const totpVerificationEnvelope = envelopeSchema(totpVerificationSchema);
