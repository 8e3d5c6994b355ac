import { describe, expect, it } from 'vitest';
import { createMemoryBackend, type MemoryBackendOptions } from '../../../src/testing/index.ts';
import { CODE, fakeClock, NUMBER_A, NUMBER_B, refused } from './fixtures.ts';

const BACKUP_CODE = /^[a-z0-9]{8}$/;

function backend(options: MemoryBackendOptions = {}) {
  const clock = fakeClock();
  const made = createMemoryBackend({
    code: CODE,
    now: clock.now,
    phoneNumbers: [
      { id: 'idn_a', phoneNumber: NUMBER_A, verified: true },
      { id: 'idn_b', phoneNumber: NUMBER_B },
    ],
    ...options,
  });
  return Object.assign(made, { clock });
}

/** A code that is wrong for the current step and its neighbours (the real one, shifted by one digit). */
function wrongCode(code: string): string {
  return code.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
}

describe('getAccountSecurity', () => {
  it('reports a user without any second factor', async () => {
    await expect(backend().adapter.getAccountSecurity()).resolves.toEqual({
      userId: 'user_phone_number_kit_test',
      primaryPhoneNumberId: null,
      twoFactorEnabled: false,
      totpEnabled: false,
      backupCodeEnabled: false,
    });
  });

  it('counts a reserved number as two-step, and a seeded authenticator app too', async () => {
    const sms = backend({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A, verified: true, reservedForSecondFactor: true }] });
    expect(await sms.adapter.getAccountSecurity()).toMatchObject({ twoFactorEnabled: true, totpEnabled: false, backupCodeEnabled: true });
    const app = backend({ totpEnabled: true });
    expect(await app.adapter.getAccountSecurity()).toMatchObject({ twoFactorEnabled: true, totpEnabled: true });
  });
});

describe('setPrimaryPhoneNumber', () => {
  it('makes a verified number the primary one', async () => {
    const b = backend();
    expect(await b.adapter.setPrimaryPhoneNumber('idn_a')).toMatchObject({ primaryPhoneNumberId: 'idn_a' });
    expect(b.snapshot().primaryPhoneNumberId).toBe('idn_a');
  });

  it('refuses an unverified number with 422 form_param_value_invalid, changing nothing', async () => {
    const b = backend({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A, verified: true, primary: true }, { id: 'idn_b', phoneNumber: NUMBER_B }] });
    const error = await refused(b.adapter.setPrimaryPhoneNumber('idn_b'));
    expect(error).toMatchObject({ code: 'form_param_value_invalid', status: 422, field: 'primary_phone_number_id' });
    expect(b.snapshot().primaryPhoneNumberId).toBe('idn_a');
  });

  it('answers 404 for an unknown id', async () => {
    expect(await refused(backend().adapter.setPrimaryPhoneNumber('idn_nope'))).toMatchObject({ code: 'resource_not_found', status: 404 });
  });

  it('forgets the primary when that number is removed', async () => {
    const b = backend({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A, verified: true, primary: true }] });
    await b.adapter.deletePhoneNumber('idn_a');
    expect((await b.adapter.getAccountSecurity()).primaryPhoneNumberId).toBeNull();
  });

  it('refuses seeds with an unverified or a second primary', () => {
    expect(() => createMemoryBackend({ phoneNumbers: [{ phoneNumber: NUMBER_A, primary: true }] })).toThrow(/primary phone number but not verified/);
    expect(() =>
      createMemoryBackend({ phoneNumbers: [{ phoneNumber: NUMBER_A, verified: true, primary: true }, { phoneNumber: NUMBER_B, verified: true, primary: true }] }),
    ).toThrow(/only one seed may be the primary/);
  });
});

describe('authenticator app (TOTP)', () => {
  it('enrolls: create gives a secret and URI, the app code verifies, two-step turns on with backup codes once', async () => {
    const b = backend();
    expect(b.authenticatorCode()).toBeNull();
    const enrollment = await b.adapter.createTotp();
    expect(enrollment).toMatchObject({ id: expect.stringMatching(/^totp_/), secret: expect.stringMatching(/^[A-Z2-7]{32}$/), verified: false });
    expect(enrollment.uri).toContain(`secret=${enrollment.secret}`);
    expect(await b.adapter.getAccountSecurity()).toMatchObject({ totpEnabled: false, twoFactorEnabled: false });
    expect(b.snapshot().authenticatorApp).toEqual({ verified: false });

    const code = b.authenticatorCode();
    expect(code).toMatch(/^\d{6}$/);
    const verified = await b.adapter.verifyTotp(code!);
    expect(verified.backupCodes).toHaveLength(10);
    for (const backup of verified.backupCodes!) expect(backup).toMatch(BACKUP_CODE);
    expect(b.snapshot().backupCodes?.codes).toEqual(verified.backupCodes);
    expect(await b.adapter.getAccountSecurity()).toMatchObject({ totpEnabled: true, twoFactorEnabled: true, backupCodeEnabled: true });
    expect(b.snapshot().authenticatorApp).toEqual({ verified: true });
  });

  it('issues no backup codes when SMS two-step was already on', async () => {
    const b = backend({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A, verified: true, reservedForSecondFactor: true }] });
    const before = b.snapshot().backupCodes;
    await b.adapter.createTotp();
    expect(await b.adapter.verifyTotp(b.authenticatorCode()!)).toEqual({ backupCodes: null });
    expect(b.snapshot().backupCodes).toEqual(before);
  });

  it('accepts the code of the previous 30-second step (clock drift) but not an older one', async () => {
    const b = backend();
    await b.adapter.createTotp();
    const early = b.authenticatorCode()!;
    b.clock.advance(30_000);
    await expect(b.adapter.verifyTotp(early)).resolves.toBeDefined();

    const c = backend();
    await c.adapter.createTotp();
    const stale = c.authenticatorCode()!;
    c.clock.advance(60_000);
    expect(await refused(c.adapter.verifyTotp(stale))).toMatchObject({ code: 'form_code_incorrect', status: 422, field: 'code' });
  });

  it('refuses a wrong code with 422 form_code_incorrect and keeps the enrollment pending', async () => {
    const b = backend();
    await b.adapter.createTotp();
    const error = await refused(b.adapter.verifyTotp(wrongCode(b.authenticatorCode()!)));
    expect(error).toMatchObject({ code: 'form_code_incorrect', status: 422, field: 'code' });
    expect(b.snapshot().authenticatorApp).toEqual({ verified: false });
    await expect(b.adapter.verifyTotp(b.authenticatorCode()!)).resolves.toBeDefined();
  });

  it('refuses an empty code (422 form_param_nil), a verify without enrollment (404) and a second verify (400)', async () => {
    const b = backend();
    expect(await refused(b.adapter.verifyTotp('123456'))).toMatchObject({ code: 'resource_not_found', status: 404 });
    await b.adapter.createTotp();
    expect(await refused(b.adapter.verifyTotp(' '))).toMatchObject({ code: 'form_param_nil', status: 422, field: 'code' });
    await b.adapter.verifyTotp(b.authenticatorCode()!);
    expect(await refused(b.adapter.verifyTotp(b.authenticatorCode()!))).toMatchObject({ code: 'verification_already_verified', status: 400 });
  });

  it('a new create replaces a pending secret; an enabled app must be removed first (400 totp_already_enabled)', async () => {
    const b = backend();
    const first = await b.adapter.createTotp();
    const second = await b.adapter.createTotp();
    expect(second.secret).not.toBe(first.secret);
    await b.adapter.verifyTotp(b.authenticatorCode()!);
    expect(await refused(b.adapter.createTotp())).toMatchObject({ code: 'totp_already_enabled', status: 400 });
  });

  it('delete removes the app; without another factor two-step turns off and the backup codes go', async () => {
    const b = backend();
    await b.adapter.createTotp();
    await b.adapter.verifyTotp(b.authenticatorCode()!);
    await b.adapter.deleteTotp();
    expect(await b.adapter.getAccountSecurity()).toMatchObject({ totpEnabled: false, twoFactorEnabled: false, backupCodeEnabled: false });
    expect(b.authenticatorCode()).toBeNull();
    expect(await refused(b.adapter.deleteTotp())).toMatchObject({ code: 'resource_not_found', status: 404 });
  });

  it('delete keeps SMS two-step and the backup codes when a number stays reserved', async () => {
    const b = backend({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A, verified: true, reservedForSecondFactor: true }], totpEnabled: true });
    await b.adapter.deleteTotp();
    expect(await b.adapter.getAccountSecurity()).toMatchObject({ totpEnabled: false, twoFactorEnabled: true, backupCodeEnabled: true });
  });

  it('create and delete are sensitive: 403 while reverification is required; verify is not', async () => {
    const b = backend();
    await b.adapter.createTotp();
    b.requireReverification();
    expect(await refused(b.adapter.createTotp())).toMatchObject({ code: 'session_reverification_required', status: 403 });
    expect(await refused(b.adapter.deleteTotp())).toMatchObject({ code: 'session_reverification_required', status: 403 });
    await expect(b.adapter.verifyTotp(b.authenticatorCode()!)).resolves.toBeDefined();
  });

  it('a seeded app uses the given secret, kept across reset()', async () => {
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    const b = createMemoryBackend({ totpEnabled: true, totpSecret: secret, now: () => 59_000 });
    expect(b.authenticatorCode()).toBe('287082');
    expect(b.authenticatorCode(1111111109_000)).toBe('081804');
    await b.adapter.deleteTotp();
    b.reset();
    expect(b.authenticatorCode()).toBe('287082');
    expect(() => createMemoryBackend({ totpSecret: secret })).toThrow(/totpSecret needs totpEnabled/);
  });

  it('never puts the secret in the snapshot', async () => {
    const b = backend();
    const { secret } = await b.adapter.createTotp();
    expect(JSON.stringify(b.snapshot())).not.toContain(secret);
  });
});

describe('the authenticator app in session re-verification', () => {
  it('is offered as a second factor once enabled, and its current code re-verifies', async () => {
    const b = backend();
    await b.adapter.createTotp();
    expect((await b.adapter.startReverification('second_factor')).level).toBe('first_factor');
    await b.adapter.verifyTotp(b.authenticatorCode()!);
    b.requireReverification();
    const started = await b.adapter.startReverification('second_factor');
    expect(started.secondFactors).toContainEqual({ strategy: 'totp' });
    const wrong = b.authenticatorCode()!.replace(/\d/g, (d) => String((Number(d) + 5) % 10));
    expect(await refused(b.adapter.attemptReverification({ stage: 'second', strategy: 'totp', code: wrong }))).toMatchObject({ code: 'form_code_incorrect' });
    expect(await b.adapter.attemptReverification({ stage: 'second', strategy: 'totp', code: b.authenticatorCode()! })).toMatchObject({ status: 'complete' });
    expect(b.snapshot().reverificationRequired).toBe(false);
  });
});
