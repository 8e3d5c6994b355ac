/**
 * The `TOTP` object in both forms: the model's full view of it ({@link TotpObject}, what the server holds and
 * answers), its wire JSON (the reference backend's answers), and the two narrow views the adapter contract
 * returns. The inverse of `accountSchemas.ts` for the TOTP object.
 */
import type { TotpEnrollment, TotpVerification } from './account.ts';
import { KitErrorCode, PhoneKitError } from './errors.ts';

/** A `TOTP` answer. `secret` and `uri` are secrets, present only while enrolling. */
export interface TotpObject {
  id: string;
  secret: string | null;
  uri: string | null;
  verified: boolean;
  /** Present when this answer turned two-step verification on. */
  backupCodes: string[] | null;
  createdAt: number;
  updatedAt: number;
}

/** The wire form, as the Frontend API spec's `TOTP` schema. */
export interface TotpJson {
  object: 'totp';
  id: string;
  secret: string | null;
  uri: string | null;
  verified: boolean;
  backup_codes: string[] | null;
  created_at: number;
  updated_at: number;
}

/** Serializes a TOTP answer. */
export function toTotpJson(totp: TotpObject): TotpJson {
  return {
    object: 'totp',
    id: totp.id,
    secret: totp.secret,
    uri: totp.uri,
    verified: totp.verified,
    backup_codes: totp.backupCodes ? [...totp.backupCodes] : null,
    created_at: totp.createdAt,
    updated_at: totp.updatedAt,
  };
}

/** The enrollment view; a fresh enrollment without its secret or URI cannot be scanned, so that is `response_invalid`. */
export function totpEnrollment(totp: TotpObject): TotpEnrollment {
  if (totp.secret === null || totp.uri === null) {
    throw new PhoneKitError({ code: KitErrorCode.invalid, message: 'Unexpected authenticator app: no secret', field: totp.secret === null ? 'secret' : 'uri' });
  }
  return { id: totp.id, secret: totp.secret, uri: totp.uri, verified: totp.verified };
}

/** The verification view: the backup codes, when this turned two-step verification on. */
export function totpVerification(totp: TotpObject): TotpVerification {
  return { backupCodes: totp.backupCodes && totp.backupCodes.length > 0 ? [...totp.backupCodes] : null };
}
