/**
 * Property-based tests of the wire format: whatever the server sends, parsing either yields a whole model or
 * throws the kit's typed error; and valid numbers survive model → wire → model unchanged.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getCountries, getExampleNumber, isValidPhoneNumber } from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/mobile/examples';
import { parseBackupCodes, parsePhoneNumber, parsePhoneNumberList } from '../../src/model/parse.ts';
import { PhoneKitError } from '../../src/model/errors.ts';
import type { PhoneNumber, Verification } from '../../src/model/types.ts';
import { toPhoneNumberJson } from '../../src/model/wire.ts';

/** Runs `parse` and reports how it ended; anything but a value or a `response_invalid` PhoneKitError fails. */
function outcome(parse: () => unknown): 'parsed' | 'rejected' {
  try {
    parse();
    return 'parsed';
  } catch (error) {
    expect(error).toBeInstanceOf(PhoneKitError);
    expect((error as PhoneKitError).code).toBe('response_invalid');
    return 'rejected';
  }
}

const validWire = {
  id: 'idn_1',
  object: 'phone_number',
  phone_number: '+12015550123',
  reserved: false,
  reserved_for_second_factor: false,
  default_second_factor: false,
  verification: { status: 'verified', strategy: 'phone_code', attempts: 0, expire_at: 1 },
  linked_to: [],
  created_at: 1,
  updated_at: 2,
};

describe('parsing arbitrary JSON', () => {
  it('never throws anything but the typed error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        outcome(() => parsePhoneNumber(json));
        outcome(() => parsePhoneNumberList(json));
        outcome(() => parseBackupCodes(json));
      }),
      { numRuns: 500 },
    );
  });

  it('a valid number with any one field replaced by arbitrary JSON parses whole or fails whole', () => {
    const keys = Object.keys(validWire) as (keyof typeof validWire)[];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const json = { ...validWire, [key]: value };
        let parsed: PhoneNumber | undefined;
        const result = outcome(() => (parsed = parsePhoneNumber(json)));
        if (result === 'parsed') {
          // Never a half-parsed object: every model field is present and typed.
          expect(typeof parsed!.id).toBe('string');
          expect(typeof parsed!.phoneNumber).toBe('string');
          expect(typeof parsed!.reservedForSecondFactor).toBe('boolean');
          expect(Array.isArray(parsed!.linkedTo)).toBe(true);
          expect(typeof parsed!.createdAt).toBe('number');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('unknown extra fields never change the result', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string().filter((k) => !(k in validWire)), fc.jsonValue()), (extra) => {
        expect(parsePhoneNumber({ ...validWire, ...extra })).toEqual(parsePhoneNumber(validWire));
      }),
      { numRuns: 200 },
    );
  });
});

/** Valid E.164 numbers: each country's example mobile number with its last digits varied, kept when still valid. */
const e164 = fc
  .tuple(fc.constantFrom(...getCountries().filter((c) => getExampleNumber(c, examples))), fc.integer({ min: 0, max: 999 }))
  .map(([country, suffix]) => {
    const example = getExampleNumber(country, examples)!.number;
    const digits = String(suffix).padStart(3, '0');
    return example.slice(0, -3) + digits;
  })
  .filter((number) => isValidPhoneNumber(number));

const verification: fc.Arbitrary<Verification | null> = fc.oneof(
  fc.constant(null),
  fc.record({
    object: fc.constant('verification_otp' as const),
    status: fc.constantFrom('unverified', 'verified', 'failed', 'expired', 'transferable'),
    strategy: fc.constantFrom('phone_code', 'whatsapp_code'),
    attempts: fc.option(fc.nat(10), { nil: null }),
    expireAt: fc.option(fc.nat(), { nil: null }),
  }),
  fc.record({
    object: fc.constant('verification_admin' as const),
    status: fc.constant('verified'),
    strategy: fc.constant('admin' as const),
    attempts: fc.constant(null),
    expireAt: fc.constant(null),
  }),
);

const phoneNumber: fc.Arbitrary<PhoneNumber> = fc.record({
  id: fc.string({ minLength: 1 }).map((s) => `idn_${s}`),
  object: fc.constant('phone_number' as const),
  phoneNumber: e164,
  reserved: fc.boolean(),
  reservedForSecondFactor: fc.boolean(),
  defaultSecondFactor: fc.boolean(),
  verification,
  linkedTo: fc.array(fc.record({ type: fc.constantFrom('oauth_google', 'saml', 'oauth_custom_x'), id: fc.string() }), { maxLength: 3 }),
  backupCodes: fc.option(fc.array(fc.stringMatching(/^[a-z0-9]{8}$/), { minLength: 1, maxLength: 10 }), { nil: null }),
  createdAt: fc.nat(),
  updatedAt: fc.nat(),
});

describe('round trip', () => {
  it('any valid E.164 number survives model → wire → model unchanged', () => {
    fc.assert(
      fc.property(phoneNumber, (phone) => {
        expect(parsePhoneNumber(JSON.parse(JSON.stringify(toPhoneNumberJson(phone))))).toEqual(phone);
      }),
      { numRuns: 300 },
    );
  });
});
