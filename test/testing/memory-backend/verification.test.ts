import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../../src/testing/index.ts';
import { CODE, NUMBER_A, NUMBER_B, START, fakeClock, refused } from './fixtures.ts';

async function withNumber(options: Parameters<typeof createMemoryBackend>[0] = {}) {
  const clock = fakeClock();
  const backend = createMemoryBackend({ code: CODE, now: clock.now, ...options });
  const phone = await backend.adapter.createPhoneNumber(NUMBER_A);
  return { ...backend, clock, id: phone.id };
}

describe('prepareVerification', () => {
  it('sends an SMS to the outbox and starts a phone_code verification', async () => {
    const { adapter, outbox, id } = await withNumber();
    const phone = await adapter.prepareVerification(id);
    expect(phone.verification).toEqual({
      object: 'verification_otp',
      status: 'unverified',
      strategy: 'phone_code',
      attempts: 0,
      expireAt: START + 10 * 60_000,
    });
    expect([...outbox]).toEqual([
      { phoneNumberId: id, phoneNumber: NUMBER_A, code: CODE, sentAt: START, text: `${CODE} is your verification code.` },
    ]);
  });

  it('uses 6 random digits when no code is configured', async () => {
    const { adapter, outbox, id } = await withNumber({ code: undefined });
    await adapter.prepareVerification(id);
    expect(outbox.last()?.code).toMatch(/^\d{6}$/);
  });

  it('honours codeLifetimeMs', async () => {
    const { adapter, id } = await withNumber({ codeLifetimeMs: 60_000 });
    expect((await adapter.prepareVerification(id)).verification?.expireAt).toBe(START + 60_000);
  });

  it('throttles a resend within resendIntervalMs with 429 too_many_requests and retryAfter rounded up', async () => {
    const { adapter, clock, outbox, id } = await withNumber();
    await adapter.prepareVerification(id);
    clock.advance(10_500);
    const error = await refused(adapter.prepareVerification(id));
    expect(error).toMatchObject({ code: 'too_many_requests', status: 429, retryAfter: 20 });
    expect(outbox).toHaveLength(1);
    clock.advance(19_500);
    await adapter.prepareVerification(id);
    expect(outbox).toHaveLength(2);
  });

  it('throttles per number', async () => {
    const { adapter, id } = await withNumber();
    const other = await adapter.createPhoneNumber(NUMBER_B);
    await adapter.prepareVerification(id);
    await expect(adapter.prepareVerification(other.id)).resolves.toBeTruthy();
  });

  it('honours a custom resendIntervalMs', async () => {
    const { adapter, clock, id } = await withNumber({ resendIntervalMs: 60_000 });
    await adapter.prepareVerification(id);
    clock.advance(1);
    expect((await refused(adapter.prepareVerification(id))).retryAfter).toBe(60);
  });

  it('refuses a verified number with verification_already_verified', async () => {
    const { adapter } = createMemoryBackend({ phoneNumbers: [{ id: 'idn_v', phoneNumber: NUMBER_A, verified: true }] });
    expect(await refused(adapter.prepareVerification('idn_v'))).toMatchObject({ code: 'verification_already_verified', status: 400 });
  });

  it('answers 404 resource_not_found for an unknown id', async () => {
    const { adapter } = createMemoryBackend();
    expect(await refused(adapter.prepareVerification('idn_nope'))).toMatchObject({ code: 'resource_not_found', status: 404 });
  });
});

describe('attemptVerification', () => {
  it('verifies with the right code, without counting an attempt', async () => {
    const { adapter, id, clock } = await withNumber();
    await adapter.prepareVerification(id);
    clock.advance(5_000);
    const phone = await adapter.attemptVerification(id, CODE);
    expect(phone.verification).toMatchObject({ status: 'verified', attempts: 0 });
    expect(phone.updatedAt).toBe(START + 5_000);
  });

  it('refuses when no code was sent with 400 verification_missing', async () => {
    const { adapter, id } = await withNumber();
    expect(await refused(adapter.attemptVerification(id, CODE))).toMatchObject({ code: 'verification_missing', status: 400 });
  });

  it('refuses an empty code with 422 form_param_nil on code', async () => {
    const { adapter, id } = await withNumber();
    await adapter.prepareVerification(id);
    expect(await refused(adapter.attemptVerification(id, ''))).toMatchObject({ code: 'form_param_nil', status: 422, field: 'code' });
  });

  it('counts a wrong code and answers 422 form_code_incorrect on code', async () => {
    const { adapter, id, snapshot } = await withNumber();
    await adapter.prepareVerification(id);
    const error = await refused(adapter.attemptVerification(id, '000000'));
    expect(error).toMatchObject({ code: 'form_code_incorrect', status: 422, field: 'code', longMessage: 'Incorrect code' });
    expect(snapshot().phoneNumbers[0]?.verification).toMatchObject({ status: 'unverified', attempts: 1 });
  });

  it('fails the verification when maxAttempts wrong codes are reached, until a fresh prepare', async () => {
    const { adapter, id, clock, snapshot } = await withNumber();
    await adapter.prepareVerification(id);
    await expect(adapter.attemptVerification(id, '000001')).rejects.toMatchObject({ code: 'form_code_incorrect' });
    await expect(adapter.attemptVerification(id, '000002')).rejects.toMatchObject({ code: 'form_code_incorrect' });
    const third = await refused(adapter.attemptVerification(id, '000003'));
    expect(third).toMatchObject({ code: 'verification_failed', status: 400 });
    expect(snapshot().phoneNumbers[0]?.verification).toMatchObject({ status: 'failed', attempts: 3 });
    // Even the right code is refused now.
    expect(await refused(adapter.attemptVerification(id, CODE))).toMatchObject({ code: 'verification_failed' });
    clock.advance(30_000);
    await adapter.prepareVerification(id);
    await expect(adapter.attemptVerification(id, CODE)).resolves.toMatchObject({ verification: { status: 'verified' } });
  });

  it('honours a custom maxAttempts', async () => {
    const { adapter, id } = await withNumber({ maxAttempts: 1 });
    await adapter.prepareVerification(id);
    expect(await refused(adapter.attemptVerification(id, '000000'))).toMatchObject({ code: 'verification_failed' });
  });

  it('expires the code after expireAt with 400 verification_expired', async () => {
    const { adapter, id, clock, snapshot } = await withNumber();
    await adapter.prepareVerification(id);
    clock.advance(10 * 60_000); // exactly at expireAt: still valid
    clock.advance(1);
    expect(await refused(adapter.attemptVerification(id, CODE))).toMatchObject({ code: 'verification_expired', status: 400 });
    expect(snapshot().phoneNumbers[0]?.verification?.status).toBe('expired');
    expect(await refused(adapter.attemptVerification(id, CODE))).toMatchObject({ code: 'verification_expired' });
  });

  it('accepts the code at exactly expireAt', async () => {
    const { adapter, id, clock } = await withNumber();
    await adapter.prepareVerification(id);
    clock.advance(10 * 60_000);
    await expect(adapter.attemptVerification(id, CODE)).resolves.toMatchObject({ verification: { status: 'verified' } });
  });

  it('replaces the previous code on resend', async () => {
    const { adapter, outbox, id, clock } = await withNumber({ code: undefined });
    await adapter.prepareVerification(id);
    const first = outbox.lastCodeFor(id)!;
    clock.advance(30_000);
    await adapter.prepareVerification(id);
    const second = outbox.lastCodeFor(NUMBER_A)!;
    if (first !== second) await expect(adapter.attemptVerification(id, first)).rejects.toMatchObject({ code: 'form_code_incorrect' });
    await expect(adapter.attemptVerification(id, second)).resolves.toMatchObject({ verification: { status: 'verified' } });
  });

  it('refuses an already verified number with verification_already_verified', async () => {
    const { adapter, id } = await withNumber();
    await adapter.prepareVerification(id);
    await adapter.attemptVerification(id, CODE);
    expect(await refused(adapter.attemptVerification(id, CODE))).toMatchObject({ code: 'verification_already_verified', status: 400 });
  });

  it('answers 404 resource_not_found for an unknown id', async () => {
    const { adapter } = createMemoryBackend();
    expect(await refused(adapter.attemptVerification('idn_nope', CODE))).toMatchObject({ code: 'resource_not_found', status: 404 });
  });
});
