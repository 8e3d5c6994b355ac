/** The clerk-js adapter's account methods over the fake clerk-js user (test/support/fake-clerk-user.ts). */
import { describe, expect, it } from 'vitest';
import { createClerkJsAdapter, type ClerkUserLike } from '../../../src/clerk-js.ts';
import { createFakeClerkUser } from '../../support/fake-clerk-user.ts';

const verifiedPhone = { id: 'idn_v', phone_number: '+12015550123', verification: { object: 'verification_otp' as const, status: 'verified', strategy: 'phone_code', attempts: 0, expire_at: null } };

describe('clerk-js adapter: account methods', () => {
  it('getAccountSecurity reloads the user once, then reads its flags', async () => {
    const { user, backend } = createFakeClerkUser({ phoneNumbers: [verifiedPhone] });
    backend.primaryPhoneNumberId = 'idn_v';
    const adapter = createClerkJsAdapter(user);
    expect(await adapter.getAccountSecurity()).toEqual({
      userId: 'user_fake',
      primaryPhoneNumberId: 'idn_v',
      twoFactorEnabled: false,
      totpEnabled: false,
      backupCodeEnabled: false,
    });
    expect(backend.calls.map((c) => c.method)).toEqual(['user.reload']);
  });

  it('setPrimaryPhoneNumber is one user.update({ primaryPhoneNumberId }) and answers from the updated user', async () => {
    const { user, backend } = createFakeClerkUser({ phoneNumbers: [verifiedPhone] });
    const adapter = createClerkJsAdapter(user);
    expect(await adapter.setPrimaryPhoneNumber('idn_v')).toMatchObject({ primaryPhoneNumberId: 'idn_v' });
    expect(backend.calls).toEqual([{ method: 'user.update', params: { primaryPhoneNumberId: 'idn_v' } }]);
  });

  it('enrolling is user.createTOTP() then user.verifyTOTP({ code }); the secret stays out of the backup codes answer', async () => {
    const { user, backend } = createFakeClerkUser();
    const adapter = createClerkJsAdapter(user);
    const enrollment = await adapter.createTotp();
    expect(enrollment).toMatchObject({ secret: backend.totp!.secret, verified: false, uri: expect.stringMatching(/^otpauth:\/\/totp\//) });
    const verified = await adapter.verifyTotp(backend.authenticatorCode()!);
    expect(verified.backupCodes).toHaveLength(10);
    expect(backend.calls.map((c) => c.method)).toEqual(['user.createTOTP', 'user.verifyTOTP']);
    await adapter.deleteTotp();
    expect(backend.totp).toBeNull();
  });

  it('maps clerk-js errors (a wrong code) to PhoneKitError with the server’s code', async () => {
    const { user } = createFakeClerkUser();
    const adapter = createClerkJsAdapter(user);
    await adapter.createTotp();
    await expect(adapter.verifyTotp('000000')).rejects.toMatchObject({ name: 'PhoneKitError', code: 'form_code_incorrect', status: 422, field: 'code' });
  });

  it('a user-like object without the TOTP methods rejects with a PhoneKitError naming the missing method', async () => {
    const { user } = createFakeClerkUser();
    const partial: ClerkUserLike = { phoneNumbers: user.phoneNumbers, createPhoneNumber: user.createPhoneNumber, createBackupCode: user.createBackupCode };
    const adapter = createClerkJsAdapter(partial);
    await expect(adapter.createTotp()).rejects.toMatchObject({ name: 'PhoneKitError', code: 'generic', message: expect.stringContaining('user.createTOTP()') });
    // Without the flags, the account is not something the kit can use.
    await expect(adapter.getAccountSecurity()).rejects.toMatchObject({ code: 'response_invalid' });
  });
});
