/**
 * Checks that what an adapter resolves with has the model's shape: a backend of your own maps its answers
 * by hand, and a missing or mistyped field would only show up later, deep in a component.
 */
import type { BackupCodeSet, PhoneNumber } from '../../model/types.ts';
import { check, show } from './check.ts';

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function field(value: Fields, key: string, ok: (v: unknown) => boolean, wanted: string, call: string): void {
  check(ok(value[key]), `${call}: \`${key}\` should be ${wanted}, got ${show(value[key])}`);
}

const isString = (v: unknown) => typeof v === 'string' && v !== '';
const isBoolean = (v: unknown) => typeof v === 'boolean';
const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** Throws unless `value` is a {@link PhoneNumber}; returns it typed. */
export function checkPhoneNumber(value: unknown, call: string): PhoneNumber {
  check(isObject(value), `${call} should resolve with a PhoneNumber, got ${show(value)}`);
  field(value, 'id', isString, 'a non-empty string', call);
  field(value, 'object', (v) => v === 'phone_number', "'phone_number'", call);
  field(value, 'phoneNumber', isString, 'an E.164 string', call);
  for (const key of ['reserved', 'reservedForSecondFactor', 'defaultSecondFactor']) field(value, key, isBoolean, 'a boolean', call);
  field(value, 'verification', (v) => v === null || (isObject(v) && typeof v['status'] === 'string'), 'null or a verification with a `status`', call);
  field(value, 'linkedTo', Array.isArray, 'an array', call);
  field(value, 'backupCodes', (v) => v === null || isStringArray(v), 'null or an array of strings', call);
  field(value, 'createdAt', isTime, 'a number (Unix ms)', call);
  field(value, 'updatedAt', isTime, 'a number (Unix ms)', call);
  return value as unknown as PhoneNumber;
}

/** Throws unless `value` is an array of {@link PhoneNumber}s. */
export function checkPhoneNumberList(value: unknown, call: string): PhoneNumber[] {
  check(Array.isArray(value), `${call} should resolve with an array, got ${show(value)}`);
  return value.map((item: unknown, index) => checkPhoneNumber(item, `${call}[${index}]`));
}

/** Throws unless `value` is a {@link BackupCodeSet} set with at least one code. */
export function checkBackupCodes(value: unknown, call: string): BackupCodeSet {
  check(isObject(value), `${call} should resolve with BackupCodeSet, got ${show(value)}`);
  field(value, 'object', (v) => v === 'backup_code', "'backup_code'", call);
  field(value, 'id', isString, 'a non-empty string', call);
  field(value, 'codes', (v) => isStringArray(v) && v.length > 0, 'a non-empty array of strings', call);
  return value as unknown as BackupCodeSet;
}
