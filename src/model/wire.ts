/**
 * Model → wire JSON (snake_case), the inverse of the parsers. Used by the reference backend to answer in
 * the Frontend API's format, and by round-trip tests.
 */
import type { BackupCodeSet, DeletedObject, PhoneNumber, Verification } from './types.ts';

/** The wire form of a {@link Verification}. */
export interface VerificationJson {
  object: 'verification_otp' | 'verification_admin';
  status: string;
  strategy: string;
  attempts: number | null;
  expire_at: number | null;
}

/** The wire form of a {@link PhoneNumber}, as `Client.PhoneNumber` in the Frontend API spec. */
export interface PhoneNumberJson {
  id: string;
  object: 'phone_number';
  phone_number: string;
  reserved_for_second_factor: boolean;
  default_second_factor: boolean;
  reserved: boolean;
  verification: VerificationJson | null;
  linked_to: { type: string; id: string }[];
  backup_codes?: string[] | null;
  created_at: number;
  updated_at: number;
}

/** The wire form of {@link BackupCodeSet}. */
export interface BackupCodesJson {
  object: 'backup_code';
  id: string;
  codes: string[];
  created_at: number;
  updated_at: number;
}

/** Serializes a verification. */
export function toVerificationJson(verification: Verification): VerificationJson {
  return {
    object: verification.object,
    status: verification.status,
    strategy: verification.strategy,
    attempts: verification.attempts,
    expire_at: verification.expireAt,
  };
}

/** Serializes a phone number. `backup_codes` is written only when there are codes, as the server does. */
export function toPhoneNumberJson(phone: PhoneNumber): PhoneNumberJson {
  const json: PhoneNumberJson = {
    id: phone.id,
    object: 'phone_number',
    phone_number: phone.phoneNumber,
    reserved_for_second_factor: phone.reservedForSecondFactor,
    default_second_factor: phone.defaultSecondFactor,
    reserved: phone.reserved,
    verification: phone.verification ? toVerificationJson(phone.verification) : null,
    linked_to: phone.linkedTo.map((link) => ({ type: link.type, id: link.id })),
    created_at: phone.createdAt,
    updated_at: phone.updatedAt,
  };
  if (phone.backupCodes) json.backup_codes = [...phone.backupCodes];
  return json;
}

/** Serializes backup codes. */
export function toBackupCodesJson(codes: BackupCodeSet): BackupCodesJson {
  return {
    object: 'backup_code',
    id: codes.id,
    codes: [...codes.codes],
    created_at: codes.createdAt,
    updated_at: codes.updatedAt,
  };
}

/** Serializes a deletion answer. */
export function toDeletedObjectJson(deleted: DeletedObject): { object: string; id?: string; deleted: boolean } {
  return deleted.id === null
    ? { object: deleted.object, deleted: deleted.deleted }
    : { object: deleted.object, id: deleted.id, deleted: deleted.deleted };
}
