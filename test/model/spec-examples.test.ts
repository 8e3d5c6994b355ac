/**
 * Instances of the Frontend API spec's own schemas (Client.PhoneNumber, Stubs.Verification.OTP/Admin,
 * Stubs.Identification.Link, BackupCodes, Client.DeletedObject): built from the schemas' `example` values where
 * the spec gives them and from plain valid values otherwise, validated with Ajv against the spec, then parsed.
 */
import { describe, expect, it } from 'vitest';
import { parseBackupCodes, parseDeletedObject, parsePhoneNumber } from '../../src/model/index.ts';
import { validateAgainst } from '../support/openapi.ts';
import { buildInstance, collectExamples, PHONE_NUMBER_SCHEMAS, specSchema, type InstanceMode } from '../support/schema-instances.ts';

/** The link-type pattern of `Stubs.Identification.Link`; one value per test run. */
const LINK_PATTERN = '^(?:oauth_[a-z0-9_]+|saml)$';

function phoneInstance(mode: InstanceMode, verificationBranch: 0 | 1, linkType = 'oauth_google'): Record<string, unknown> {
  return buildInstance(specSchema('Client.PhoneNumber'), {
    mode,
    branch: { verification: verificationBranch },
    patterns: { [LINK_PATTERN]: linkType },
  }) as Record<string, unknown>;
}

describe('examples in the pinned spec', () => {
  it.each(PHONE_NUMBER_SCHEMAS)('%s: every example the schema gives is collected (the pinned spec gives none)', (name) => {
    // Recorded finding: none of these schemas carries `example`/`examples` in fapi/2026-05-12.yml, so the
    // instances below are built from the declared types. Should a later spec add examples, `buildInstance`
    // uses them and this expectation is the one line to update.
    expect(collectExamples(specSchema(name))).toEqual([]);
  });
});

describe('Client.PhoneNumber instances', () => {
  const cases = [
    ['full, OTP verification', 'full', 0],
    ['full, Admin verification', 'full', 1],
    ['minimal, OTP verification', 'minimal', 0],
    ['minimal, Admin verification', 'minimal', 1],
  ] as const;

  it.each(cases)('%s: valid against the spec, and parses field by field', (_label, mode, branch) => {
    const json = phoneInstance(mode, branch);
    expect(validateAgainst('Client.PhoneNumber', json)).toBeNull();

    const verification = json['verification'] as Record<string, unknown>;
    const parsed = parsePhoneNumber(json);
    expect(parsed).toStrictEqual({
      id: json['id'],
      object: 'phone_number',
      phoneNumber: json['phone_number'],
      reserved: json['reserved'],
      reservedForSecondFactor: json['reserved_for_second_factor'] ?? false,
      defaultSecondFactor: json['default_second_factor'] ?? false,
      verification: {
        object: branch === 0 ? 'verification_otp' : 'verification_admin',
        status: verification['status'],
        strategy: verification['strategy'],
        attempts: verification['attempts'] ?? null,
        expireAt: verification['expire_at'] ?? null,
      },
      linkedTo: json['linked_to'],
      backupCodes: json['backup_codes'] ?? null,
      createdAt: json['created_at'],
      updatedAt: json['updated_at'],
    });
  });

  it('the full instance sets every field the spec declares', () => {
    const json = phoneInstance('full', 0);
    const properties = Object.keys(specSchema('Client.PhoneNumber')['properties'] as object);
    expect(Object.keys(json).sort()).toEqual([...properties].sort());
    // …and the full instance really is "full": every optional field set, every boolean true, one item per list.
    expect(json).toMatchObject({ reserved: true, reserved_for_second_factor: true, default_second_factor: true });
    expect(json['linked_to']).toHaveLength(1);
    expect(json['backup_codes']).toHaveLength(1);
  });

  it('the minimal instance sets only the required fields', () => {
    const json = phoneInstance('minimal', 0);
    expect(Object.keys(json).sort()).toEqual([...(specSchema('Client.PhoneNumber')['required'] as string[])].sort());
  });

  it('verification null (the spec marks it nullable) parses to null', () => {
    const json = { ...phoneInstance('minimal', 0), verification: null };
    expect(validateAgainst('Client.PhoneNumber', json)).toBeNull();
    expect(parsePhoneNumber(json).verification).toBeNull();
  });
});

describe('Stubs.Verification.OTP / Admin instances, inside a phone number', () => {
  it.each([
    ['Stubs.Verification.OTP', 'full', 'verification_otp'],
    ['Stubs.Verification.OTP', 'minimal', 'verification_otp'],
    ['Stubs.Verification.Admin', 'full', 'verification_admin'],
    ['Stubs.Verification.Admin', 'minimal', 'verification_admin'],
  ] as const)('%s (%s)', (name, mode, object) => {
    const verification = buildInstance(specSchema(name), { mode }) as Record<string, unknown>;
    expect(validateAgainst(name, verification)).toBeNull();
    const json = { ...phoneInstance('minimal', 0), verification };
    expect(validateAgainst('Client.PhoneNumber', json)).toBeNull();
    expect(parsePhoneNumber(json).verification).toStrictEqual({
      object,
      status: verification['status'],
      strategy: verification['strategy'],
      attempts: verification['attempts'] ?? null,
      expireAt: verification['expire_at'] ?? null,
    });
  });
});

describe('Stubs.Identification.Link instances', () => {
  it.each(['oauth_google', 'oauth_custom_foo', 'oauth_linkedin_oidc', 'saml'])('type %s', (type) => {
    const link = buildInstance(specSchema('Stubs.Identification.Link'), { mode: 'full', patterns: { [LINK_PATTERN]: type } });
    expect(validateAgainst('Stubs.Identification.Link', link)).toBeNull();
    const json = { ...phoneInstance('minimal', 0), linked_to: [link] };
    expect(validateAgainst('Client.PhoneNumber', json)).toBeNull();
    expect(parsePhoneNumber(json).linkedTo).toStrictEqual([link]);
  });
});

describe('BackupCodes instances', () => {
  it.each(['full', 'minimal'] as const)('%s', (mode) => {
    const json = buildInstance(specSchema('BackupCodes'), { mode }) as Record<string, unknown>;
    expect(validateAgainst('BackupCodes', json)).toBeNull();
    expect(parseBackupCodes(json)).toStrictEqual({
      object: 'backup_code',
      id: json['id'],
      codes: json['codes'],
      createdAt: json['created_at'],
      updatedAt: json['updated_at'],
    });
  });
});

describe('Client.DeletedObject instances', () => {
  it.each(['full', 'minimal'] as const)('%s', (mode) => {
    const json = buildInstance(specSchema('Client.DeletedObject'), { mode }) as Record<string, unknown>;
    expect(validateAgainst('Client.DeletedObject', json)).toBeNull();
    // `slug` (full instance only) is not part of the model.
    expect(parseDeletedObject(json)).toStrictEqual({ object: json['object'], id: json['id'] ?? null, deleted: json['deleted'] });
  });
});
