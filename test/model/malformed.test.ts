/**
 * Malformed answers: each one is rejected with a PhoneKitError `response_invalid` whose `field` is the wire checker's dot
 * path to the first bad value (keys and list indexes joined by dots, e.g. `linked_to.0.id`, `1.id`),
 * and never with a partial object.
 */
import { describe, expect, it } from 'vitest';
import {
  KitErrorCode,
  PhoneKitError,
  parseBackupCodes,
  parseBackupCodesEnvelope,
  parseDeletedObject,
  parsePhoneNumber,
  parsePhoneNumberEnvelope,
  parsePhoneNumberList,
} from '../../src/model/index.ts';
import { specSchema } from '../support/schema-instances.ts';

/** A valid phone number with every field set, so that every field can be broken. */
function valid(): Record<string, unknown> {
  return {
    id: 'idn_2abc',
    object: 'phone_number',
    phone_number: '+15555550100',
    reserved_for_second_factor: true,
    default_second_factor: true,
    reserved: false,
    verification: { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 1, expire_at: 1_700_000_600_000 },
    linked_to: [{ type: 'oauth_google', id: 'idn_g' }],
    backup_codes: ['code1', 'code2'],
    created_at: 1_700_000_000_000,
    updated_at: 1_700_000_000_001,
  };
}

/** Runs `parse` and returns what it threw; fails the test if it returned anything. */
function rejection(parse: () => unknown): PhoneKitError {
  let returned: unknown = undefined;
  try {
    returned = parse();
  } catch (error) {
    expect(error).toBeInstanceOf(PhoneKitError);
    const kitError = error as PhoneKitError;
    expect(kitError.code).toBe(KitErrorCode.invalid);
    expect(kitError.code).toBe('response_invalid');
    // A transport-level problem: no HTTP status of its own, nothing from the server's error list.
    expect(kitError.status).toBeNull();
    expect(kitError.errors).toEqual([]);
    return kitError;
  }
  throw new Error(`Expected a rejection, got ${JSON.stringify(returned)}`);
}

/** Sets `path` (dot path) in a deep copy of `json`; `undefined` deletes the key. */
function withValue(json: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(json);
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

describe('a missing required field', () => {
  // Required fields as the Frontend API spec lists them (the parser requires the same set).
  const required = specSchema('Client.PhoneNumber')['required'] as string[];
  // Required in both verification variants (the OTP variant also lists expire_at; the parser accepts it absent,
  // as the seed schema and the Admin variant do).
  const verificationRequired = specSchema('Stubs.Verification.Admin')['required'] as string[];
  const linkRequired = specSchema('Stubs.Identification.Link')['required'] as string[];

  it('covers the spec’s required lists', () => {
    expect(required.sort()).toEqual(['created_at', 'id', 'linked_to', 'object', 'phone_number', 'reserved', 'updated_at', 'verification']);
    expect(verificationRequired).toEqual(['status', 'strategy']);
    expect(linkRequired).toEqual(['type', 'id']);
  });

  const paths = [
    ...required,
    ...verificationRequired.map((key) => `verification.${key}`),
    ...linkRequired.map((key) => `linked_to.0.${key}`),
  ];
  it.each(paths)('%s', (path) => {
    const error = rejection(() => parsePhoneNumber(withValue(valid(), path, undefined)));
    expect(error.field).toBe(path);
    expect(error.message).toContain(`\`${path}\``);
  });
});

describe('a wrong type', () => {
  const cases: [path: string, value: unknown][] = [
    ['id', 42],
    ['object', 'email_address'],
    ['object', null],
    ['phone_number', 15555550100],
    ['reserved', 'false'],
    ['reserved', null],
    ['reserved_for_second_factor', 'true'],
    ['default_second_factor', 1],
    ['verification', 'verified'],
    // The wire checker (like valibot's `object` before it) accepts an array as an object, so an array is reported at its first missing key.
    ['verification', []],
    ['verification.object', 5],
    ['verification.status', 1],
    ['verification.status', null],
    ['verification.strategy', ['phone_code']],
    ['verification.attempts', '2'],
    ['verification.attempts', 1.5],
    ['verification.expire_at', '2024-01-01T00:00:00Z'],
    ['linked_to', {}],
    ['linked_to', null],
    ['linked_to.0', 'oauth_google'],
    ['linked_to.0.type', 7],
    ['linked_to.0.id', null],
    ['backup_codes', 'code1'],
    ['backup_codes.1', 2],
    ['created_at', '1700000000000'],
    ['created_at', 1.5],
    ['created_at', null],
    ['updated_at', new Date(0)],
  ];
  it.each(cases)('%s = %j', (path, value) => {
    const expected = Array.isArray(value) && path === 'verification' ? 'verification.status' : path;
    expect(rejection(() => parsePhoneNumber(withValue(valid(), path, value))).field).toBe(expected);
  });
});

describe('other malformed answers', () => {
  it("an object that is not 'phone_number'", () => {
    const error = rejection(() => parsePhoneNumber({ ...valid(), object: 'email_address' }));
    expect(error.field).toBe('object');
    expect(error.message).toMatch(/phone_number/);
  });

  it('a linked_to item missing its id', () => {
    const json = { ...valid(), linked_to: [{ type: 'saml', id: 'ok' }, { type: 'oauth_google' }] };
    expect(rejection(() => parsePhoneNumber(json)).field).toBe('linked_to.1.id');
  });

  it.each([[null], [undefined], ['phone_number'], [42], [true]])('not an object at all: %j (no field)', (json) => {
    const error = rejection(() => parsePhoneNumber(json));
    expect(error.field).toBeNull();
  });

  it('an array instead of an object is rejected too (the checker reports its first missing key)', () => {
    expect(rejection(() => parsePhoneNumber([])).field).toBe('id');
  });

  it('the first bad field is the one named when there are several', () => {
    const json = { ...valid(), id: 1, phone_number: 2 };
    expect(rejection(() => parsePhoneNumber(json)).field).toBe('id');
  });
});

describe('a list with one bad item', () => {
  const list = () => [valid(), { ...valid(), id: 'idn_2' }, { ...valid(), id: 'idn_3' }];

  it('fails the whole list, naming the item index (`1.id`)', () => {
    const items = list();
    items[1] = withValue(items[1]!, 'id', 99);
    expect(rejection(() => parsePhoneNumberList(items)).field).toBe('1.id');
  });

  it('names nested paths inside the item (`2.verification.status`, `0.linked_to.0.type`)', () => {
    const a = list();
    a[2] = withValue(a[2]!, 'verification.status', undefined);
    expect(rejection(() => parsePhoneNumberList(a)).field).toBe('2.verification.status');
    const b = list();
    b[0] = withValue(b[0]!, 'linked_to.0.type', false);
    expect(rejection(() => parsePhoneNumberList(b)).field).toBe('0.linked_to.0.type');
  });

  it('an item that is not an object', () => {
    expect(rejection(() => parsePhoneNumberList([valid(), null])).field).toBe('1');
  });

  it('a list that is not a list', () => {
    expect(rejection(() => parsePhoneNumberList({ data: [valid()] })).field).toBeNull();
  });

  it('never returns the good items', () => {
    const items = list();
    items[2] = { ...items[2], object: 'email_address' };
    let result: unknown = 'untouched';
    expect(() => {
      result = parsePhoneNumberList(items);
    }).toThrow(PhoneKitError);
    expect(result).toBe('untouched');
  });
});

describe('envelopes', () => {
  it('prefix the path with `response`', () => {
    expect(rejection(() => parsePhoneNumberEnvelope({ response: { ...valid(), reserved: 'no' }, client: null })).field).toBe('response.reserved');
    expect(rejection(() => parsePhoneNumberEnvelope({ client: null })).field).toBe('response');
    expect(rejection(() => parseBackupCodesEnvelope({ response: { object: 'backup_code', id: 'bc', codes: [1], created_at: 1, updated_at: 1 } })).field).toBe('response.codes.0');
  });
});

describe('backup codes and deleted objects', () => {
  const codes = () => ({ object: 'backup_code', id: 'bc_1', codes: ['a', 'b'], created_at: 1, updated_at: 2 });

  it.each(['object', 'id', 'codes', 'created_at', 'updated_at'])('backup codes without %s', (key) => {
    expect(rejection(() => parseBackupCodes(withValue(codes(), key, undefined))).field).toBe(key);
  });

  it.each([
    ['object', 'phone_number'],
    ['codes', 'abc'],
    ['codes.1', null],
    ['created_at', 'now'],
  ] as const)('backup codes with %s = %j', (path, value) => {
    expect(rejection(() => parseBackupCodes(withValue(codes(), path, value))).field).toBe(path);
  });

  it.each([
    ['object', undefined],
    ['deleted', undefined],
    ['deleted', 'true'],
    ['id', 5],
  ] as const)('deleted object with %s = %j', (path, value) => {
    const json = withValue({ object: 'phone_number', id: 'idn_1', deleted: true }, path, value);
    expect(rejection(() => parseDeletedObject(json)).field).toBe(path);
  });
});
