import { describe, expect, it } from 'vitest';
import { totpEnrollment, totpVerification, toTotpJson, type TotpObject } from '../../src/model/accountWire.ts';
import { parseAccountSecurity, parseTotpEnrollment, parseTotpVerification } from '../../src/model/parseAccount.ts';

const user = { id: 'user_1', object: 'user', primary_phone_number_id: null, two_factor_enabled: false, totp_enabled: false, backup_code_enabled: false, extra: 1 };

describe('parseAccountSecurity', () => {
  it('reads Client.User into the account facts; an absent primary is null', () => {
    const { primary_phone_number_id: _, ...withoutPrimary } = user;
    expect(parseAccountSecurity(withoutPrimary)).toEqual({ userId: 'user_1', primaryPhoneNumberId: null, twoFactorEnabled: false, totpEnabled: false, backupCodeEnabled: false });
  });

  it.each([
    ['two_factor_enabled', { two_factor_enabled: null }],
    ['totp_enabled', { totp_enabled: 'true' }],
    ['object', { object: 'session' }],
    ['primary_phone_number_id', { primary_phone_number_id: 42 }],
  ])('rejects a bad %s with response_invalid naming it', (field, change) => {
    expect(() => parseAccountSecurity({ ...user, ...change })).toThrow(expect.objectContaining({ code: 'response_invalid', field }));
  });
});

describe('TOTP answers', () => {
  const enrolling: TotpObject = { id: 'totp_1', secret: 'JBSWY3DPEHPK3PXP', uri: 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP', verified: false, backupCodes: null, createdAt: 1, updatedAt: 1 };

  it('round-trips through the wire form', () => {
    expect(parseTotpEnrollment(toTotpJson(enrolling))).toEqual(totpEnrollment(enrolling));
    const verified = { ...enrolling, secret: null, uri: null, verified: true, backupCodes: ['a', 'b'] };
    expect(parseTotpVerification(toTotpJson(verified))).toEqual(totpVerification(verified));
    expect(totpVerification(verified)).toEqual({ backupCodes: ['a', 'b'] });
  });

  it('an enrollment without its secret or URI is response_invalid, in both directions', () => {
    expect(() => parseTotpEnrollment(toTotpJson({ ...enrolling, uri: null }))).toThrow(expect.objectContaining({ code: 'response_invalid', field: 'uri' }));
    expect(() => totpEnrollment({ ...enrolling, secret: null })).toThrow(expect.objectContaining({ code: 'response_invalid', field: 'secret' }));
  });

  it('empty backup codes read as none', () => {
    expect(parseTotpVerification(toTotpJson({ ...enrolling, backupCodes: [] }))).toEqual({ backupCodes: null });
  });
});
