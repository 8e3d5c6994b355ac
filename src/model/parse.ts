/**
 * Parsers from wire JSON to the model. Each either returns a whole, valid object or throws a
 * {@link PhoneKitError} with code `response_invalid` whose `field` names the first bad path; never a half-parsed value.
 */
import { parseWith } from './parseWith.ts';
import {
  backupCodesSchema,
  deletedObjectSchema,
  envelopeSchema,
  phoneNumberListSchema,
  phoneNumberSchema,
} from './schemas.ts';
import type { BackupCodeSet, DeletedObject, PhoneNumber } from './types.ts';

export { parseWith } from './parseWith.ts';

/** Parses one `phone_number` object (snake_case) into a {@link PhoneNumber}. */
export function parsePhoneNumber(json: unknown): PhoneNumber {
  return parseWith(phoneNumberSchema, json, 'phone number');
}

/** Parses a list of `phone_number` objects. One bad item fails the whole list, naming its index. */
export function parsePhoneNumberList(json: unknown): PhoneNumber[] {
  return parseWith(phoneNumberListSchema, json, 'phone number list');
}

/** Parses a `backup_code` object into {@link BackupCodeSet}. */
export function parseBackupCodes(json: unknown): BackupCodeSet {
  return parseWith(backupCodesSchema, json, 'backup codes');
}

/** Parses a deleted-object answer. */
export function parseDeletedObject(json: unknown): DeletedObject {
  return parseWith(deletedObjectSchema, json, 'deleted object');
}

const phoneNumberEnvelope = envelopeSchema(phoneNumberSchema);
const backupCodesEnvelope = envelopeSchema(backupCodesSchema);
const deletedObjectEnvelope = envelopeSchema(deletedObjectSchema);

/** Parses `{ response: phone_number, client }`. */
export function parsePhoneNumberEnvelope(json: unknown): PhoneNumber {
  return parseWith(phoneNumberEnvelope, json, 'phone number response').response;
}

/** Parses `{ response: backup_code, client }`. */
export function parseBackupCodesEnvelope(json: unknown): BackupCodeSet {
  return parseWith(backupCodesEnvelope, json, 'backup codes response').response;
}

/** Parses `{ response: deleted_object, client }`. */
export function parseDeletedObjectEnvelope(json: unknown): DeletedObject {
  return parseWith(deletedObjectEnvelope, json, 'deletion response').response;
}
