import { describe, expect, it, vi } from 'vitest';
import { PhoneKitError } from '../../src/model/errors.ts';
import type { PhoneNumber } from '../../src/model/types.ts';
import { createVerificationStore } from '../../src/core/verificationStore.ts';
import { createBackupCodesStore } from '../../src/core/backupCodesStore.ts';

const phone = { id: 'idn_1' } as PhoneNumber;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('verification store', () => {
  it('coalesces concurrent sends into one and then enforces the cooldown without sending', async () => {
    const store = createVerificationStore();
    let clock = 1_000;
    const now = () => clock;
    const gate = deferred<PhoneNumber>();
    const run = vi.fn(() => gate.promise);
    const a = store.send('idn_1', run, 30, now);
    const b = store.send('idn_1', run, 30, now);
    expect(a).toBe(b);
    expect(store.get('idn_1').sending).toBe(true);
    gate.resolve(phone);
    await a;
    expect(run).toHaveBeenCalledTimes(1);
    expect(store.get('idn_1').cooldownUntil).toBe(31_000);
    clock = 20_000;
    await expect(store.send('idn_1', run, 30, now)).rejects.toMatchObject({ code: 'resend_cooldown', retryAfter: 11 });
    expect(run).toHaveBeenCalledTimes(1);
    clock = 31_000;
    await store.send('idn_1', async () => phone, 30, now);
    expect(store.get('idn_1').cooldownUntil).toBe(61_000);
  });

  it('takes the cooldown of a 429 from Retry-After and keeps the error', async () => {
    const store = createVerificationStore();
    const limited = new PhoneKitError({ code: 'too_many_requests', status: 429, message: 'slow down', retryAfter: 17 });
    await expect(store.send('idn_1', () => Promise.reject(limited), 30, () => 0)).rejects.toBe(limited);
    expect(store.get('idn_1')).toMatchObject({ cooldownUntil: 17_000, sendError: limited, sending: false });
  });

  it('counts wrong codes and remembers expired and failed verifications until a new code is sent', async () => {
    const store = createVerificationStore();
    const wrong = new PhoneKitError({ code: 'form_code_incorrect', status: 422, message: 'Incorrect code' });
    await expect(store.attempt('idn_1', '111111', () => Promise.reject(wrong))).rejects.toBe(wrong);
    await expect(store.attempt('idn_1', '222222', () => Promise.reject(wrong))).rejects.toBe(wrong);
    expect(store.get('idn_1').failedAttempts).toBe(2);
    const failed = new PhoneKitError({ code: 'verification_failed', status: 422, message: 'Too many attempts' });
    await expect(store.attempt('idn_1', '333333', () => Promise.reject(failed))).rejects.toBe(failed);
    expect(store.get('idn_1').statusOverride).toBe('failed');
    await store.send('idn_1', async () => phone, 30, () => 0);
    expect(store.get('idn_1')).toMatchObject({ statusOverride: null, failedAttempts: 0 });
  });

  it('joins a second check of the same code while one is in flight', async () => {
    const store = createVerificationStore();
    const run = vi.fn(async () => phone);
    const a = store.attempt('idn_1', '424242', run);
    const b = store.attempt('idn_1', '424242', run);
    expect(a).toBe(b);
    await a;
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('backup codes store', () => {
  it('drops the codes when the last consumer leaves, but not between two steps of one commit', async () => {
    vi.useFakeTimers();
    try {
      const store = createBackupCodesStore();
      const releaseA = store.retain();
      store.set(['aaaa1111', 'bbbb2222'], 'reservation');
      releaseA();
      const releaseB = store.retain(); // the next step mounts before the deferred drop runs
      await vi.runAllTimersAsync();
      expect(store.get()?.codes).toEqual(['aaaa1111', 'bbbb2222']);
      releaseB();
      releaseB(); // releasing twice counts once
      await vi.runAllTimersAsync();
      expect(store.get()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('notifies subscribers and freezes the snapshot', () => {
    const store = createBackupCodesStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set(['x'], 'generated', 5);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(Object.isFrozen(store.get()!.codes)).toBe(true);
    unsubscribe();
    store.clear();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
