import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhoneNumber } from '../../../src/model/types.ts';
import { createMemoryBackend } from '../../../src/testing/index.ts';
import { CODE, NUMBER_A, NUMBER_B, START, fakeClock, refused } from './fixtures.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('seeds', () => {
  it('accepts the friendly shape and fills in the rest', () => {
    const clock = fakeClock();
    const backend = createMemoryBackend({
      now: clock.now,
      phoneNumbers: [
        { phoneNumber: '+15555550100', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true },
        { phoneNumber: '+15555550101' },
      ],
    });
    const [reserved, plain] = backend.snapshot().phoneNumbers;
    expect(reserved).toMatchObject({
      id: expect.stringMatching(/^idn_/),
      phoneNumber: '+15555550100',
      reservedForSecondFactor: true,
      defaultSecondFactor: true,
      verification: { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 0 },
      createdAt: START,
      backupCodes: null,
    });
    expect(plain).toMatchObject({ verification: null, reservedForSecondFactor: false, linkedTo: [] });
    // A seeded second factor comes with backup codes, as it would on the server.
    expect(backend.snapshot().backupCodes?.codes).toHaveLength(10);
  });

  it('accepts full model objects', () => {
    const full: PhoneNumber = {
      id: 'idn_full',
      object: 'phone_number',
      phoneNumber: NUMBER_A,
      reserved: true,
      reservedForSecondFactor: false,
      defaultSecondFactor: false,
      verification: { object: 'verification_admin', status: 'verified', strategy: 'admin', attempts: null, expireAt: null },
      linkedTo: [{ type: 'oauth_google', id: 'idn_google' }],
      backupCodes: null,
      createdAt: 1,
      updatedAt: 2,
    };
    expect(createMemoryBackend({ phoneNumbers: [full] }).snapshot().phoneNumbers).toEqual([full]);
  });

  it('makes the first reserved seed the default when none is', () => {
    const backend = createMemoryBackend({
      phoneNumbers: [
        { phoneNumber: NUMBER_A, verified: true },
        { phoneNumber: NUMBER_B, verified: true, reservedForSecondFactor: true },
      ],
    });
    expect(backend.snapshot().phoneNumbers.map((p) => p.defaultSecondFactor)).toEqual([false, true]);
  });

  it('takes the backupCodes option as the current set', () => {
    const backend = createMemoryBackend({ backupCodes: ['aaaa1111', 'bbbb2222'] });
    expect(backend.snapshot().backupCodes?.codes).toEqual(['aaaa1111', 'bbbb2222']);
  });

  it('lets a pending verification be seeded with its code', async () => {
    const backend = createMemoryBackend({
      phoneNumbers: [
        {
          id: 'idn_p',
          phoneNumber: NUMBER_A,
          code: '111111',
          verification: { object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 0, expireAt: Date.now() + 60_000 },
        },
      ],
    });
    await expect(backend.adapter.attemptVerification('idn_p', '111111')).resolves.toMatchObject({ verification: { status: 'verified' } });
  });

  it.each([
    ['not E.164', [{ phoneNumber: '555-0100' }]],
    ['reserved but unverified', [{ phoneNumber: NUMBER_A, reservedForSecondFactor: true }]],
    ['default but not reserved', [{ phoneNumber: NUMBER_A, verified: true, defaultSecondFactor: true }]],
    ['seeded twice', [{ phoneNumber: NUMBER_A }, { phoneNumber: NUMBER_A }]],
    [
      'two defaults',
      [
        { phoneNumber: NUMBER_A, verified: true, reservedForSecondFactor: true, defaultSecondFactor: true },
        { phoneNumber: NUMBER_B, verified: true, reservedForSecondFactor: true, defaultSecondFactor: true },
      ],
    ],
  ])('throws for an impossible seed: %s', (_, phoneNumbers) => {
    expect(() => createMemoryBackend({ phoneNumbers })).toThrow(TypeError);
  });

  it('throws for nonsense options', () => {
    expect(() => createMemoryBackend({ maxAttempts: 0 })).toThrow(RangeError);
    expect(() => createMemoryBackend({ resendIntervalMs: -1 })).toThrow(RangeError);
    expect(() => createMemoryBackend({ code: '' })).toThrow(TypeError);
  });
});

describe('isolation', () => {
  it('hands out copies: mutating a result does not touch the state', async () => {
    const { adapter, snapshot } = createMemoryBackend();
    const phone = await adapter.createPhoneNumber(NUMBER_A);
    phone.reservedForSecondFactor = true;
    phone.linkedTo.push({ type: 'saml', id: 'x' });
    const [listed] = await adapter.listPhoneNumbers();
    listed!.phoneNumber = '+1';
    expect(snapshot().phoneNumbers[0]).toMatchObject({ phoneNumber: NUMBER_A, reservedForSecondFactor: false, linkedTo: [] });
  });

  it('freezes snapshots and keeps the same object until something changes', async () => {
    const backend = createMemoryBackend({ code: CODE });
    const before = backend.snapshot();
    expect(Object.isFrozen(before)).toBe(true);
    expect(backend.snapshot()).toBe(before);
    await backend.adapter.listPhoneNumbers();
    expect(backend.snapshot()).toBe(before);
    const phone = await backend.adapter.createPhoneNumber(NUMBER_A);
    const after = backend.snapshot();
    expect(after).not.toBe(before);
    expect(Object.isFrozen(after.phoneNumbers[0])).toBe(true);
    expect(after.phoneNumbers[0]?.id).toBe(phone.id);
  });
});

describe('subscribe, outbox and reset', () => {
  it('notifies after changes, including refusals that change state, but not after no-op refusals', async () => {
    const backend = createMemoryBackend({ code: CODE });
    const listener = vi.fn();
    const unsubscribe = backend.subscribe(listener);
    const phone = await backend.adapter.createPhoneNumber(NUMBER_A);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenLastCalledWith(backend.snapshot());
    await backend.adapter.prepareVerification(phone.id);
    expect(listener.mock.lastCall?.[0].outbox).toHaveLength(1);
    await refused(backend.adapter.attemptVerification(phone.id, '999999')); // counts an attempt
    expect(listener).toHaveBeenCalledTimes(3);
    await refused(backend.adapter.deletePhoneNumber('idn_nope'));
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    await backend.adapter.createPhoneNumber(NUMBER_B);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('offers lookups on the outbox and compares as a plain array', async () => {
    const clock = fakeClock();
    const backend = createMemoryBackend({ now: clock.now });
    const a = await backend.adapter.createPhoneNumber(NUMBER_A);
    const b = await backend.adapter.createPhoneNumber(NUMBER_B);
    await backend.adapter.prepareVerification(a.id);
    await backend.adapter.prepareVerification(b.id);
    expect(backend.outbox).toHaveLength(2);
    expect(backend.outbox.last()?.phoneNumberId).toBe(b.id);
    expect(backend.outbox.lastCodeFor(NUMBER_A)).toBe(backend.outbox[0]?.code);
    expect(backend.outbox.lastCodeFor(a.id)).toBe(backend.outbox[0]?.code);
    expect(backend.outbox.messagesFor(b.id)).toEqual([backend.outbox[1]]);
    expect(backend.outbox.lastCodeFor('+10000000000')).toBeUndefined();
    expect(backend.outbox).toEqual([backend.outbox[0], backend.outbox[1]]);
  });

  it('resets to the seeds, with the same ids, and empties the outbox', async () => {
    const backend = createMemoryBackend({ code: CODE, phoneNumbers: [{ phoneNumber: NUMBER_A }] });
    const seeded = backend.snapshot().phoneNumbers;
    await backend.adapter.prepareVerification(seeded[0]!.id);
    await backend.adapter.createPhoneNumber(NUMBER_B);
    const listener = vi.fn();
    backend.subscribe(listener);
    backend.reset();
    expect(backend.snapshot().phoneNumbers).toEqual(seeded);
    expect(backend.outbox).toHaveLength(0);
    expect(listener).toHaveBeenCalledTimes(1);
    // The resend throttle is reset too.
    await expect(backend.adapter.prepareVerification(seeded[0]!.id)).resolves.toBeTruthy();
  });
});

describe('the direct adapter', () => {
  it('rejects with request_aborted for an already aborted signal, without touching the state', async () => {
    const backend = createMemoryBackend();
    const error = await refused(backend.adapter.createPhoneNumber(NUMBER_A, { signal: AbortSignal.abort() }));
    expect(error.code).toBe('request_aborted');
    expect(backend.snapshot().phoneNumbers).toEqual([]);
  });

  it('waits latencyMs before answering, and can be aborted meanwhile', async () => {
    vi.useFakeTimers();
    const backend = createMemoryBackend({ latencyMs: 500 });
    const done = vi.fn();
    const pending = backend.adapter.createPhoneNumber(NUMBER_A).then(done);
    await vi.advanceTimersByTimeAsync(499);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(done).toHaveBeenCalled();

    const controller = new AbortController();
    const aborted = refused(backend.adapter.createPhoneNumber(NUMBER_B, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect((await aborted).code).toBe('request_aborted');
    expect(backend.snapshot().phoneNumbers).toHaveLength(1);
  });
});
