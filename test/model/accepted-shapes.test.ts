/**
 * What the seed JSON Schema and the Frontend API spec allow, and that the parser accepts all of it (the union),
 * plus the parser's leniency: unknown fields dropped, open enums kept.
 */
import { describe, expect, it } from 'vitest';
import { parsePhoneNumber, parsePhoneNumberList, type PhoneNumber } from '../../src/model/index.ts';
import { validateAgainst } from '../support/openapi.ts';
import { validateAgainstSeedSchema } from '../support/seeds.ts';

/** Valid under both schemas. */
function base(): Record<string, unknown> {
  return {
    id: 'idn_2abc',
    object: 'phone_number',
    phone_number: '+15555550100',
    reserved_for_second_factor: false,
    default_second_factor: false,
    reserved: false,
    verification: { status: 'unverified', strategy: 'phone_code', attempts: 0, expire_at: 1_700_000_600_000 },
    linked_to: [],
    created_at: 1_700_000_000_000,
    updated_at: 1_700_000_000_000,
  };
}

const otp = { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 1, expire_at: 1_700_000_600_000 };
const admin = { object: 'verification_admin', status: 'verified', strategy: 'admin', attempts: null, expire_at: null };

interface Variant {
  label: string;
  json: Record<string, unknown>;
  seed: boolean;
  fapi: boolean;
  check: (parsed: PhoneNumber) => void;
}

function without(object: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

const variants: Variant[] = [
  // Link types: the seed schema (BAPI) only allows ^oauth_[a-z]+$; the Frontend API allows oauth_[a-z0-9_]+ and saml.
  { label: 'link type oauth_google', json: { ...base(), linked_to: [{ type: 'oauth_google', id: 'idn_g' }] }, seed: true, fapi: true, check: (p) => expect(p.linkedTo).toStrictEqual([{ type: 'oauth_google', id: 'idn_g' }]) },
  { label: 'link type saml', json: { ...base(), linked_to: [{ type: 'saml', id: 'idn_s' }] }, seed: false, fapi: true, check: (p) => expect(p.linkedTo).toStrictEqual([{ type: 'saml', id: 'idn_s' }]) },
  { label: 'link type oauth_custom_foo', json: { ...base(), linked_to: [{ type: 'oauth_custom_foo', id: 'idn_c' }] }, seed: false, fapi: true, check: (p) => expect(p.linkedTo).toStrictEqual([{ type: 'oauth_custom_foo', id: 'idn_c' }]) },
  { label: 'several links', json: { ...base(), linked_to: [{ type: 'oauth_google', id: 'a' }, { type: 'saml', id: 'b' }] }, seed: false, fapi: true, check: (p) => expect(p.linkedTo.map((l) => l.type)).toEqual(['oauth_google', 'saml']) },
  // backup_codes: optional and nullable in both.
  { label: 'backup_codes absent', json: base(), seed: true, fapi: true, check: (p) => expect(p.backupCodes).toBeNull() },
  { label: 'backup_codes null', json: { ...base(), backup_codes: null }, seed: true, fapi: true, check: (p) => expect(p.backupCodes).toBeNull() },
  { label: 'backup_codes empty list', json: { ...base(), backup_codes: [] }, seed: true, fapi: true, check: (p) => expect(p.backupCodes).toStrictEqual([]) },
  { label: 'backup_codes list', json: { ...base(), backup_codes: ['a1b2c3d4', 'e5f6g7h8'] }, seed: true, fapi: true, check: (p) => expect(p.backupCodes).toStrictEqual(['a1b2c3d4', 'e5f6g7h8']) },
  // verification: null, OTP or Admin.
  { label: 'verification null', json: { ...base(), verification: null }, seed: true, fapi: true, check: (p) => expect(p.verification).toBeNull() },
  { label: 'verification OTP', json: { ...base(), verification: otp }, seed: true, fapi: true, check: (p) => expect(p.verification).toStrictEqual({ object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 1, expireAt: 1_700_000_600_000 }) },
  { label: 'verification OTP without `object`', json: { ...base(), verification: without(otp, 'object') }, seed: true, fapi: true, check: (p) => expect(p.verification?.object).toBe('verification_otp') },
  { label: 'verification Admin', json: { ...base(), verification: admin }, seed: true, fapi: true, check: (p) => expect(p.verification).toStrictEqual({ object: 'verification_admin', status: 'verified', strategy: 'admin', attempts: null, expireAt: null }) },
  { label: 'verification Admin without `object` (told apart by strategy)', json: { ...base(), verification: without(admin, 'object') }, seed: true, fapi: true, check: (p) => expect(p.verification?.object).toBe('verification_admin') },
  // OTP attempts: optional in the Frontend API, required (nullable) in the seed schema.
  { label: 'OTP attempts absent', json: { ...base(), verification: without(otp, 'attempts') }, seed: false, fapi: true, check: (p) => expect(p.verification?.attempts).toBeNull() },
  { label: 'OTP attempts null', json: { ...base(), verification: { ...otp, attempts: null } }, seed: true, fapi: true, check: (p) => expect(p.verification?.attempts).toBeNull() },
  // expire_at: nullable in the seed schema, a required integer in the Frontend API's OTP.
  { label: 'OTP expire_at null', json: { ...base(), verification: { ...otp, expire_at: null } }, seed: true, fapi: false, check: (p) => expect(p.verification?.expireAt).toBeNull() },
  { label: 'Admin expire_at null', json: { ...base(), verification: admin }, seed: true, fapi: true, check: (p) => expect(p.verification?.expireAt).toBeNull() },
  // id: optional in the seed schema (BAPI), required in the Frontend API, and required by the parser (see malformed tests).
  // reserved_for_second_factor / default_second_factor: optional in both, default false.
  { label: 'second-factor flags absent', json: without(without(base(), 'reserved_for_second_factor'), 'default_second_factor'), seed: true, fapi: true, check: (p) => expect([p.reservedForSecondFactor, p.defaultSecondFactor]).toEqual([false, false]) },
  { label: 'second-factor flags true', json: { ...base(), reserved_for_second_factor: true, default_second_factor: true }, seed: true, fapi: true, check: (p) => expect([p.reservedForSecondFactor, p.defaultSecondFactor]).toEqual([true, true]) },
];

describe.each(variants.map((v) => [v.label, v] as const))('%s', (_label, variant) => {
  it(`seed schema ${variant.seed ? 'allows' : 'rejects'} it`, () => {
    expect(validateAgainstSeedSchema(variant.json) === null).toBe(variant.seed);
  });

  it(`Frontend API spec ${variant.fapi ? 'allows' : 'rejects'} it`, () => {
    expect(validateAgainst('Client.PhoneNumber', variant.json) === null).toBe(variant.fapi);
  });

  it('the parser accepts it', () => {
    variant.check(parsePhoneNumber(variant.json));
  });
});

describe('leniency', () => {
  it('ignores unknown fields at every level: they are not on the output', () => {
    const json = {
      ...base(),
      channel: 'sms',
      some_future_field: { nested: true },
      verification: { ...otp, verified_at_client: 'client_1', channel: 'sms', error: null, nonce: null },
      linked_to: [{ type: 'saml', id: 'idn_s', object: 'identification_link' }],
    };
    const parsed = parsePhoneNumber(json);
    expect(Object.keys(parsed).sort()).toEqual(
      ['backupCodes', 'createdAt', 'defaultSecondFactor', 'id', 'linkedTo', 'object', 'phoneNumber', 'reserved', 'reservedForSecondFactor', 'updatedAt', 'verification'],
    );
    expect(Object.keys(parsed.verification!).sort()).toEqual(['attempts', 'expireAt', 'object', 'status', 'strategy']);
    expect(parsed.linkedTo).toStrictEqual([{ type: 'saml', id: 'idn_s' }]);
    expect(parsed).not.toHaveProperty('channel');
    expect(parsed).not.toHaveProperty('some_future_field');
  });

  it('keeps an unknown verification status (transferable)', () => {
    const parsed = parsePhoneNumber({ ...base(), verification: { ...otp, status: 'transferable' } });
    expect(parsed.verification).toMatchObject({ object: 'verification_otp', status: 'transferable' });
  });

  it('keeps an unknown strategy (whatsapp_code) as a one-time-code verification', () => {
    const parsed = parsePhoneNumber({ ...base(), verification: { status: 'unverified', strategy: 'whatsapp_code', attempts: 0, expire_at: 1 } });
    expect(parsed.verification).toStrictEqual({ object: 'verification_otp', status: 'unverified', strategy: 'whatsapp_code', attempts: 0, expireAt: 1 });
  });

  it('both unknown values survive in a list', () => {
    const list = parsePhoneNumberList([
      { ...base(), id: 'a', verification: { ...otp, status: 'transferable' } },
      { ...base(), id: 'b', verification: { ...otp, strategy: 'whatsapp_code' } },
    ]);
    expect(list.map((p) => [p.verification?.status, p.verification?.strategy])).toEqual([
      ['transferable', 'phone_code'],
      ['verified', 'whatsapp_code'],
    ]);
  });

  it('does not change its input', () => {
    const json = { ...base(), backup_codes: ['x'], linked_to: [{ type: 'saml', id: 's' }], extra: 1 };
    const before = structuredClone(json);
    const parsed = parsePhoneNumber(json);
    expect(json).toStrictEqual(before);
    // The output shares no arrays with the input, so mutating one never changes the other.
    expect(parsed.backupCodes).not.toBe(json.backup_codes);
    expect(parsed.linkedTo).not.toBe(json.linked_to);
  });
});
