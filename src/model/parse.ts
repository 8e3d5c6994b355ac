/**
 * Parsers from wire JSON to the model. Each either returns a whole, valid object or throws a
 * {@link PhoneKitError} with code `response_invalid` whose `field` names the first bad path; never a half-parsed value.
 */
import { WireIssue, type Check } from './check.ts';
import { KitErrorCode, PhoneKitError } from './errors.ts';
import {
  backupCodesSchema,
  deletedObjectSchema,
  envelopeSchema,
  phoneNumberListSchema,
  phoneNumberSchema,
} from './schemas.ts';
import type { BackupCodeSet, DeletedObject, PhoneNumber } from './types.ts';

function describeIssue(issue: WireIssue, what: string): PhoneKitError {
  // Keys and list indexes joined by dots (`linked_to.0.id`).
  const field = issue.path.join('.');
  const where = field === '' ? what : `${what} field \`${field}\``;
  return new PhoneKitError({
    code: KitErrorCode.invalid,
    message: `Unexpected ${where}: ${issue.message}`,
    field: field === '' ? null : field,
  });
}

/** Runs a wire check; a rejected value becomes a `response_invalid` {@link PhoneKitError} naming `what` and the path. */
export function parseWith<T>(check: Check<T>, input: unknown, what: string): T {
  try {
    return check(input);
  } catch (error) {
    throw error instanceof WireIssue ? describeIssue(error, what) : error;
  }
}

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
