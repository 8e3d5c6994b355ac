/**
 * Parsers from wire JSON to the model. Each either returns a whole, valid object or throws a
 * {@link PhoneKitError} with code `response_invalid` whose `field` names the first bad path; never a half-parsed value.
 */
import * as v from 'valibot';
import { KitErrorCode, PhoneKitError } from './errors.ts';
import {
  backupCodesSchema,
  deletedObjectSchema,
  envelopeSchema,
  phoneNumberListSchema,
  phoneNumberSchema,
} from './schemas.ts';
import type { BackupCodes, DeletedObject, PhoneNumber } from './types.ts';

function describeIssue(issue: v.BaseIssue<unknown>, what: string): PhoneKitError {
  // valibot's dot path (`linked_to.0.id`), read directly: `getDotPath` would be one more function in every bundle.
  const field = issue.path?.map((item) => item.key).join('.') ?? '';
  const where = field === '' ? what : `${what} field \`${field}\``;
  return new PhoneKitError({
    code: KitErrorCode.invalid,
    message: `Unexpected ${where}: ${issue.message}`,
    field: field === '' ? null : field,
  });
}

function parseWith<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown, what: string): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  // abortEarly guarantees at least one issue.
  throw describeIssue(result.issues[0]!, what);
}

/** Parses one `phone_number` object (snake_case) into a {@link PhoneNumber}. */
export function parsePhoneNumber(json: unknown): PhoneNumber {
  return parseWith(phoneNumberSchema, json, 'phone number');
}

/** Parses a list of `phone_number` objects. One bad item fails the whole list, naming its index. */
export function parsePhoneNumberList(json: unknown): PhoneNumber[] {
  return parseWith(phoneNumberListSchema, json, 'phone number list');
}

/** Parses a `backup_code` object into {@link BackupCodes}. */
export function parseBackupCodes(json: unknown): BackupCodes {
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
export function parseBackupCodesEnvelope(json: unknown): BackupCodes {
  return parseWith(backupCodesEnvelope, json, 'backup codes response').response;
}

/** Parses `{ response: deleted_object, client }`. */
export function parseDeletedObjectEnvelope(json: unknown): DeletedObject {
  return parseWith(deletedObjectEnvelope, json, 'deletion response').response;
}
