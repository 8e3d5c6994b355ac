/**
 * The seed documents' examples (test/fixtures/seeds/, see SOURCE.md) against the seed JSON Schema, the Frontend API
 * spec and the parser.
 */
import { describe, expect, it } from 'vitest';
import { parsePhoneNumber, type PhoneNumber } from '../../src/model/index.ts';
import { seedExamples, seedSchema, validateAgainstSeedSchema } from '../support/seeds.ts';
import { validateAgainst } from '../support/openapi.ts';

describe('seed fixtures', () => {
  it('vendors the seed JSON Schema as published (draft 2020-12, api-evangelist $id)', () => {
    const schema = seedSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe('https://raw.githubusercontent.com/api-evangelist/clerk-com/main/json-schema/clerk-phonenumber-schema.json');
    expect(schema['required']).toEqual(['object', 'phone_number', 'verification', 'linked_to', 'reserved', 'created_at', 'updated_at']);
  });

  it('has at least one example', () => {
    expect(seedExamples().length).toBeGreaterThan(0);
  });
});

describe.each(seedExamples().map((example) => [example.name, example] as const))('seed example %s', (_name, example) => {
  it('validates against the seed JSON Schema', () => {
    expect(validateAgainstSeedSchema(example.json)).toBeNull();
  });

  it('validates against the Frontend API spec (Client.PhoneNumber)', () => {
    expect(validateAgainst('Client.PhoneNumber', example.json)).toBeNull();
  });

  it('parses into the model, field by field', () => {
    const json = example.json as {
      id: string;
      phone_number: string;
      reserved: boolean;
      reserved_for_second_factor?: boolean;
      default_second_factor?: boolean;
      verification: { status: string; strategy: string; attempts: number | null; expire_at: number | null } | null;
      linked_to: { type: string; id: string }[];
      backup_codes?: string[] | null;
      created_at: number;
      updated_at: number;
    };
    const expected: PhoneNumber = {
      id: json.id,
      object: 'phone_number',
      phoneNumber: json.phone_number,
      reserved: json.reserved,
      reservedForSecondFactor: json.reserved_for_second_factor ?? false,
      defaultSecondFactor: json.default_second_factor ?? false,
      verification: json.verification && {
        object: json.verification.strategy === 'admin' ? 'verification_admin' : 'verification_otp',
        status: json.verification.status,
        strategy: json.verification.strategy,
        attempts: json.verification.attempts,
        expireAt: json.verification.expire_at,
      } as PhoneNumber['verification'],
      linkedTo: json.linked_to,
      backupCodes: json.backup_codes ?? null,
      createdAt: json.created_at,
      updatedAt: json.updated_at,
    };
    expect(parsePhoneNumber(example.json)).toStrictEqual(expected);
  });
});

it('reads the Python SDK example column exactly', () => {
  const [example] = seedExamples();
  expect(parsePhoneNumber(example!.json)).toStrictEqual({
    id: 'ph_123456789',
    object: 'phone_number',
    phoneNumber: '+11234567890',
    reserved: false,
    reservedForSecondFactor: false,
    defaultSecondFactor: true,
    verification: { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 2, expireAt: 1622852400 },
    linkedTo: [{ type: 'oauth_google', id: 'link_id_123' }],
    backupCodes: ['code1', 'code2', 'code3'],
    createdAt: 1594842023,
    updatedAt: 1604842023,
  });
});
