/** SMS sending and code checking through the hooks, against the reference backend over HTTP. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { useAddPhoneNumber, usePhoneNumbers, usePhoneNumberVerification } from '../../src/hooks/index.ts';
import { isPhoneKitError, type PhoneKitError } from '../../src/model/errors.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const unverified = [{ id: 'idn_new', phoneNumber: '+12015550123' }];

async function settle(run: () => Promise<unknown>): Promise<PhoneKitError | null> {
  let caught: PhoneKitError | null = null;
  await act(async () => {
    await run().catch((error: unknown) => {
      if (!isPhoneKitError(error)) throw error;
      caught = error;
    });
  });
  return caught;
}

describe('sending codes', () => {
  it('sends one SMS under StrictMode', async () => {
    const h = createHarness(server, { phoneNumbers: unverified }, { strict: true });
    const hook = renderHook(() => usePhoneNumberVerification('idn_new', { sendOnMount: true }), { wrapper: h.wrapper });
    await waitFor(() => expect(hook.result.current.status).toBe('unverified'));
    await waitFor(() => expect(hook.result.current.isSending).toBe(false));
    expect(h.backend.outbox).toHaveLength(1);
    h.dispose();
  });

  it('two components for one number share one SMS and one cooldown, which survives remounting', async () => {
    let clock = 1_000_000;
    const now = () => clock;
    const h = createHarness(server, { phoneNumbers: unverified, now }, { now });
    const both = renderHook(
      () => ({
        first: usePhoneNumberVerification('idn_new', { sendOnMount: true }),
        second: usePhoneNumberVerification('idn_new', { sendOnMount: true }),
      }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(both.result.current.first.secondsUntilResend).toBe(30));
    expect(both.result.current.second.secondsUntilResend).toBe(30);
    expect(h.backend.outbox).toHaveLength(1);
    both.unmount();

    clock += 12_000;
    const again = renderHook(() => usePhoneNumberVerification('idn_new', { sendOnMount: true }), { wrapper: h.wrapper });
    expect(again.result.current.secondsUntilResend).toBe(18);
    const error = await settle(() => again.result.current.sendCode());
    expect(error).toMatchObject({ code: 'resend_cooldown', retryAfter: 18 });
    expect(h.backend.outbox).toHaveLength(1);
    h.dispose();
  });

  it('takes the cooldown from a 429 Retry-After', async () => {
    let clock = 1_000_000;
    const now = () => clock;
    // The server throttles for 47 s, the kit by default for 30 s: at 30 s the server still has 17 s to go.
    const h = createHarness(server, { phoneNumbers: unverified, now, resendIntervalMs: 47_000 }, { now });
    const hook = renderHook(() => usePhoneNumberVerification('idn_new'), { wrapper: h.wrapper });
    await waitFor(() => expect(hook.result.current.phoneNumber).toBeDefined());
    await act(async () => {
      await hook.result.current.sendCode();
    });
    clock += 30_000;
    h.takeRequests();
    const error = await settle(() => hook.result.current.sendCode());
    expect(h.takeRequests()).toEqual(['POST /v1/me/phone_numbers/idn_new/prepare_verification']);
    expect(error).toMatchObject({ code: 'too_many_requests', status: 429, retryAfter: 17 });
    await waitFor(() => expect(hook.result.current.secondsUntilResend).toBe(17));
    expect(hook.result.current.sendError?.code).toBe('too_many_requests');
    expect(h.backend.outbox).toHaveLength(1);
    h.dispose();
  });

  it('adding a number sends its code, so the code step does not send another', async () => {
    const h = createHarness(server, {});
    const add = renderHook(() => useAddPhoneNumber(), { wrapper: h.wrapper });
    let id = '';
    await act(async () => {
      id = (await add.result.current.addPhoneNumber('+12015550124')).id;
    });
    const step = renderHook(() => usePhoneNumberVerification(id, { sendOnMount: true }), { wrapper: h.wrapper });
    await waitFor(() => expect(step.result.current.status).toBe('unverified'));
    expect(h.backend.outbox).toHaveLength(1);
    h.dispose();
  });
});

describe('checking codes', () => {
  async function sent(options: Parameters<typeof createHarness>[1] = {}, provider: Parameters<typeof createHarness>[2] = {}) {
    const h = createHarness(server, { phoneNumbers: unverified, ...options }, provider);
    const hook = renderHook(() => usePhoneNumberVerification('idn_new', { sendOnMount: true }), { wrapper: h.wrapper });
    await waitFor(() => expect(hook.result.current.status).toBe('unverified'));
    await waitFor(() => expect(hook.result.current.isSending).toBe(false));
    return { h, hook };
  }

  it('a wrong code is an error on the code field and counts an attempt', async () => {
    const { h, hook } = await sent();
    const error = await settle(() => hook.result.current.verifyCode('111111'));
    expect(error).toMatchObject({ code: 'form_code_incorrect', status: 422, field: 'code' });
    await waitFor(() => expect(hook.result.current).toMatchObject({ attemptsUsed: 1, status: 'unverified', needsNewCode: false }));
    h.dispose();
  });

  it('an expired code asks for a new one', async () => {
    let clock = 1_000_000;
    const now = () => clock;
    const { h, hook } = await sent({ now, codeLifetimeMs: 60_000 }, { now });
    clock += 61_000;
    const error = await settle(() => hook.result.current.verifyCode('424242'));
    expect(error?.code).toBe('verification_expired');
    await waitFor(() => expect(hook.result.current).toMatchObject({ status: 'expired', needsNewCode: true }));
    expect(h.backend.outbox).toHaveLength(1); // no new code until the user asks
    h.dispose();
  });

  it('too many wrong codes fail the verification until a new code is sent', async () => {
    let clock = 1_000_000;
    const now = () => clock;
    const { h, hook } = await sent({ now, maxAttempts: 3 }, { now });
    await settle(() => hook.result.current.verifyCode('111111'));
    await settle(() => hook.result.current.verifyCode('222222'));
    const error = await settle(() => hook.result.current.verifyCode('333333'));
    expect(error?.code).toBe('verification_failed');
    await waitFor(() => expect(hook.result.current).toMatchObject({ status: 'failed', needsNewCode: true, attemptsUsed: 3 }));
    clock += 30_000;
    await act(async () => {
      await hook.result.current.sendCode();
    });
    await waitFor(() => expect(hook.result.current).toMatchObject({ status: 'unverified', needsNewCode: false, attemptsUsed: 0 }));
    await act(async () => {
      await hook.result.current.verifyCode('424242');
    });
    await waitFor(() => expect(hook.result.current.status).toBe('verified'));
    h.dispose();
  });

  it('keeps the list in step with the server after a check', async () => {
    const { h, hook } = await sent();
    const list = renderHook(() => usePhoneNumbers(), { wrapper: h.wrapper });
    await act(async () => {
      await hook.result.current.verifyCode('424242');
    });
    // TanStack Query notifies observers on a timer, hence waitFor.
    await waitFor(() => expect(list.result.current.phoneNumbers[0]!.verification?.status).toBe('verified'));
    expect(h.backend.snapshot().phoneNumbers[0]!.verification?.status).toBe('verified');
    h.dispose();
  });
});
