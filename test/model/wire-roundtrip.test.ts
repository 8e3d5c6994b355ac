/** Model → wire JSON (src/model/wire.ts) → model gives back the original; the wire JSON is what the spec allows. */
import { describe, expect, it } from 'vitest';
import {
  parseBackupCodes,
  parseDeletedObject,
  parsePhoneNumber,
  parsePhoneNumberList,
  type BackupCodeSet,
  type DeletedObject,
  type PhoneNumber,
} from '../../src/model/index.ts';
import { toBackupCodesJson, toDeletedObjectJson, toPhoneNumberJson, toVerificationJson } from '../../src/model/wire.ts';
import { validateAgainst } from '../support/openapi.ts';
import { seedExamples } from '../support/seeds.ts';

const T0 = 1_700_000_000_000;

const numbers: [label: string, phone: PhoneNumber][] = [
  [
    'new, never verified',
    { id: 'idn_new', object: 'phone_number', phoneNumber: '+15555550100', reserved: false, reservedForSecondFactor: false, defaultSecondFactor: false, verification: null, linkedTo: [], backupCodes: null, createdAt: T0, updatedAt: T0 },
  ],
  [
    'code sent, one wrong attempt',
    {
      id: 'idn_pending', object: 'phone_number', phoneNumber: '+447700900123', reserved: false, reservedForSecondFactor: false, defaultSecondFactor: false,
      verification: { object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 1, expireAt: T0 + 600_000 },
      linkedTo: [], backupCodes: null, createdAt: T0, updatedAt: T0 + 5,
    },
  ],
  [
    'verified, reserved and default, with fresh backup codes',
    {
      id: 'idn_mfa', object: 'phone_number', phoneNumber: '+4915112345678', reserved: false, reservedForSecondFactor: true, defaultSecondFactor: true,
      verification: { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 1, expireAt: T0 + 600_000 },
      linkedTo: [], backupCodes: ['abcd1234', 'efgh5678'], createdAt: T0, updatedAt: T0 + 60_000,
    },
  ],
  [
    'imported by an admin, linked to SAML and Google, reserved by the instance',
    {
      id: 'idn_admin', object: 'phone_number', phoneNumber: '+33612345678', reserved: true, reservedForSecondFactor: false, defaultSecondFactor: false,
      verification: { object: 'verification_admin', status: 'verified', strategy: 'admin', attempts: null, expireAt: null },
      linkedTo: [{ type: 'saml', id: 'idn_saml' }, { type: 'oauth_google', id: 'idn_google' }], backupCodes: null, createdAt: T0, updatedAt: T0,
    },
  ],
  [
    'open enums: unknown status and strategy',
    {
      id: 'idn_open', object: 'phone_number', phoneNumber: '+15555550199', reserved: false, reservedForSecondFactor: false, defaultSecondFactor: false,
      verification: { object: 'verification_otp', status: 'transferable', strategy: 'whatsapp_code', attempts: null, expireAt: T0 },
      linkedTo: [], backupCodes: [], createdAt: T0, updatedAt: T0,
    },
  ],
];

describe.each(numbers)('%s', (_label, phone) => {
  it('model → wire → model is the identity', () => {
    const json = toPhoneNumberJson(phone);
    expect(parsePhoneNumber(json)).toStrictEqual(phone);
    // Through a real JSON text too, as a server would send it.
    expect(parsePhoneNumber(JSON.parse(JSON.stringify(json)))).toStrictEqual(phone);
  });

  it('the wire form shares no arrays with the model', () => {
    const json = toPhoneNumberJson(phone);
    expect(json.linked_to).not.toBe(phone.linkedTo);
    if (phone.backupCodes) expect(json.backup_codes).not.toBe(phone.backupCodes);
  });
});

it('the wire form of known-enum numbers is a valid Client.PhoneNumber', () => {
  for (const [label, phone] of numbers.slice(0, 4)) {
    expect([label, validateAgainst('Client.PhoneNumber', toPhoneNumberJson(phone))]).toEqual([label, null]);
  }
});

it('writes backup_codes only when there are codes (null → absent)', () => {
  expect(toPhoneNumberJson(numbers[0]![1])).not.toHaveProperty('backup_codes');
  expect(toPhoneNumberJson(numbers[2]![1]).backup_codes).toEqual(['abcd1234', 'efgh5678']);
});

it('writes the verification discriminant the parser derived', () => {
  const admin = numbers[3]![1].verification!;
  expect(toVerificationJson(admin)).toStrictEqual({ object: 'verification_admin', status: 'verified', strategy: 'admin', attempts: null, expire_at: null });
});

it('a list round-trips', () => {
  const list = numbers.map(([, phone]) => phone);
  expect(parsePhoneNumberList(list.map(toPhoneNumberJson))).toStrictEqual(list);
});

it('wire → model → wire keeps a seed example (once its optional fields are filled in the way the serializer writes them)', () => {
  const [example] = seedExamples();
  const json = toPhoneNumberJson(parsePhoneNumber(example!.json));
  expect(json).toStrictEqual({ ...example!.json, verification: { object: 'verification_otp', ...(example!.json['verification'] as object) } });
});

it('backup codes round-trip', () => {
  const codes: BackupCodeSet = { object: 'backup_code', id: 'bc_1', codes: ['a1', 'b2', 'c3'], createdAt: T0, updatedAt: T0 + 1 };
  const json = toBackupCodesJson(codes);
  expect(validateAgainst('BackupCodes', json)).toBeNull();
  expect(parseBackupCodes(json)).toStrictEqual(codes);
  expect(json.codes).not.toBe(codes.codes);
});

it.each<DeletedObject>([
  { object: 'phone_number', id: 'idn_1', deleted: true },
  { object: 'phone_number', id: null, deleted: true },
])('deleted object %j round-trips', (deleted) => {
  const json = toDeletedObjectJson(deleted);
  expect(validateAgainst('Client.DeletedObject', json)).toBeNull();
  expect(parseDeletedObject(json)).toStrictEqual(deleted);
});
