/**
 * The authenticator-app hooks: enrollment costs exactly two requests (create, verify) and writes the account from
 * the answer; the secret lives in the hook only (never in the query or mutation cache) and goes on cancel and
 * unmount; backup codes go to the backup-codes store; removal is optimistic with exact rollback; reverification
 * and events go through runOperation.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useAccountSecurity, useBackupCodes, usePhoneNumbers, type ReverificationRequest } from '../../src/hooks/index.ts';
import { useDisableAuthenticatorApp } from '../../src/hooks/useDisableAuthenticatorApp.ts';
import { useEnrollAuthenticatorApp } from '../../src/hooks/useEnrollAuthenticatorApp.ts';
import type { MemoryBackendOptions } from '../../src/testing/index.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function mounted(options: MemoryBackendOptions = {}, provider: Parameters<typeof createHarness>[2] = {}) {
  const h = createHarness(server, options, provider);
  const view = renderHook(
    () => ({ account: useAccountSecurity(), list: usePhoneNumbers(), codes: useBackupCodes(), enroll: useEnrollAuthenticatorApp(), disable: useDisableAuthenticatorApp() }),
    { wrapper: h.wrapper },
  );
  await waitFor(() => expect(view.result.current.account.account).not.toBeNull());
  await waitFor(() => expect(view.result.current.list.isLoaded).toBe(true));
  h.takeRequests();
  return { h, view };
}

/** Everything the host's QueryClient holds (queries and mutations), as text: a persisted cache would hold this. */
function cacheText(h: ReturnType<typeof createHarness>): string {
  const queries = h.queryClient.getQueryCache().getAll().map((q) => q.state);
  const mutations = h.queryClient.getMutationCache().getAll().map((m) => m.state);
  return JSON.stringify({ queries, mutations });
}

describe('useEnrollAuthenticatorApp', () => {
  it('enrolls in exactly two requests, writes the account from the answer, and keeps the secret out of every cache', async () => {
    const { h, view } = await mounted();
    await act(() => view.result.current.enroll.start());
    const enrollment = view.result.current.enroll.enrollment!;
    expect(enrollment.secret).toMatch(/^[A-Z2-7]+=*$/);
    expect(enrollment.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(view.result.current.enroll.status).toBe('ready');

    let answer: { backupCodes: boolean } | undefined;
    await act(async () => {
      answer = await view.result.current.enroll.verify(h.backend.authenticatorCode()!);
    });
    expect(answer).toEqual({ backupCodes: true });
    expect(h.takeRequests()).toEqual(['POST /v1/me/totp', 'POST /v1/me/totp/attempt_verification']);
    expect(view.result.current.enroll.status).toBe('verified');
    expect(view.result.current.enroll.enrollment).toBeNull();
    expect(view.result.current.account.account).toMatchObject({ totpEnabled: true, twoFactorEnabled: true, backupCodeEnabled: true });
    // The backup codes are in the store, shown once by BackupCodes, and nowhere in the cache.
    const codes = view.result.current.codes.codes!;
    expect(codes.length).toBeGreaterThan(0);
    expect(h.backend.snapshot().backupCodes?.codes).toEqual(codes);
    const cached = cacheText(h);
    expect(cached).not.toContain(enrollment.secret);
    expect(cached).not.toContain('otpauth');
    for (const code of codes) expect(cached).not.toContain(code);
    // Nothing read again afterwards.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.takeRequests()).toEqual([]);
    h.dispose();
  });

  it('a wrong code rejects with the server error, keeps the secret for the next try, and changes nothing', async () => {
    const { h, view } = await mounted();
    await act(() => view.result.current.enroll.start());
    const right = h.backend.authenticatorCode()!;
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
    let error: unknown;
    await act(async () => {
      error = await view.result.current.enroll.verify(wrong).catch((caught: unknown) => caught);
    });
    expect(error).toMatchObject({ code: 'form_code_incorrect' });
    expect(view.result.current.enroll.error?.code).toBe('form_code_incorrect');
    expect(view.result.current.enroll.status).toBe('ready');
    expect(view.result.current.enroll.enrollment).not.toBeNull();
    expect(view.result.current.account.account?.totpEnabled).toBe(false);
    h.dispose();
  });

  it('drops the secret on cancel, and on unmount', async () => {
    const { h, view } = await mounted();
    await act(() => view.result.current.enroll.start());
    expect(view.result.current.enroll.enrollment).not.toBeNull();
    act(() => view.result.current.enroll.cancel());
    expect(view.result.current.enroll.enrollment).toBeNull();
    expect(view.result.current.enroll.status).toBe('idle');

    // A start whose answer arrives after unmount brings nothing back (the request is aborted).
    server.use(http.post(`${h.backend.frontendApiUrl}/v1/me/totp`, async () => {
      await delay(100);
      return undefined;
    }));
    let started!: Promise<void>;
    act(() => {
      started = view.result.current.enroll.start().catch(() => undefined);
    });
    view.unmount();
    await started;
    expect(cacheText(h)).not.toContain('otpauth');
    h.dispose();
  });

  it('goes through reverification and events: a refused create is retried once after the step-up', async () => {
    const onSuccess = vi.fn();
    let request: ReverificationRequest | null = null;
    const { h, view } = await mounted({}, { onSuccess, onNeedsReverification: (r) => { request = r; } });
    h.backend.requireReverification(true);
    let started!: Promise<void>;
    act(() => {
      started = view.result.current.enroll.start();
    });
    await waitFor(() => expect(request).not.toBeNull());
    expect(request!.operation).toBe('createTotp');
    h.backend.reverify();
    request!.retry();
    await act(() => started);
    expect(view.result.current.enroll.enrollment).not.toBeNull();
    expect(h.takeRequests()).toEqual(['POST /v1/me/totp', 'POST /v1/me/totp']);
    expect(onSuccess).toHaveBeenCalledWith({ operation: 'createTotp' });
    // Events never carry the secret.
    expect(JSON.stringify(onSuccess.mock.calls)).not.toContain(view.result.current.enroll.enrollment!.secret);
    h.dispose();
  });
});

describe('useDisableAuthenticatorApp', () => {
  const sms = [{ id: 'idn_home', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true }];

  it('shows the app off at once, in one request; two-step stays on while a number receives codes', async () => {
    const { h, view } = await mounted({ totpEnabled: true, phoneNumbers: sms });
    let settled!: Promise<void>;
    act(() => {
      settled = view.result.current.disable.disable();
    });
    await waitFor(() => expect(view.result.current.account.account?.totpEnabled).toBe(false));
    expect(view.result.current.account.account?.twoFactorEnabled).toBe(true);
    await act(() => settled);
    expect(h.takeRequests()).toEqual(['DELETE /v1/me/totp']);
    expect(h.backend.snapshot().authenticatorApp).toBeNull();
    h.dispose();
  });

  it('a removal whose answer was lost reads the account once: gone means done, still there means it failed', async () => {
    const { h, view } = await mounted({ totpEnabled: true });
    const url = `${h.backend.frontendApiUrl}/v1/me/totp`;
    // The server removes the app, then the answer is lost on its way back.
    const lostAfterRemoval = async () => {
      await h.backend.adapter.deleteTotp();
      return HttpResponse.error();
    };
    server.use(http.delete(url, lostAfterRemoval), http.post(url, lostAfterRemoval));
    await act(() => view.result.current.disable.disable());
    expect(h.takeRequests()).toEqual(['DELETE /v1/me/totp', 'GET /v1/me']);
    expect(view.result.current.account.account?.totpEnabled).toBe(false);
    h.dispose();

    const again = await mounted({ totpEnabled: true });
    const lostBeforeRemoval = () => HttpResponse.error();
    const againUrl = `${again.h.backend.frontendApiUrl}/v1/me/totp`;
    server.use(http.delete(againUrl, lostBeforeRemoval), http.post(againUrl, lostBeforeRemoval));
    let error: unknown;
    await act(async () => {
      error = await again.view.result.current.disable.disable().catch((caught: unknown) => caught);
    });
    expect(error).toMatchObject({ code: 'network_error' });
    await waitFor(() => expect(again.view.result.current.account.account?.totpEnabled).toBe(true));
    expect(again.h.backend.snapshot().authenticatorApp).toEqual({ verified: true });
    again.h.dispose();
  });

  it('rolls back exactly when the server refuses', async () => {
    const { h, view } = await mounted({ totpEnabled: true, backupCodes: ['aaaa1111', 'bbbb2222'] });
    const before = view.result.current.account.account;
    expect(before).toMatchObject({ totpEnabled: true, twoFactorEnabled: true, backupCodeEnabled: true });
    // DELETE may be tunnelled as POST with `_method=DELETE`, as Clerk's browser SDK does.
    const refuse = async () => {
      await delay(50);
      return HttpResponse.json({ errors: [{ code: 'internal_clerk_error', message: 'boom' }] }, { status: 500 });
    };
    server.use(http.delete(`${h.backend.frontendApiUrl}/v1/me/totp`, refuse), http.post(`${h.backend.frontendApiUrl}/v1/me/totp`, refuse));
    let settled!: Promise<unknown>;
    act(() => {
      settled = view.result.current.disable.disable().catch((error: unknown) => error);
    });
    // The last factor goes: two-step and the backup codes show off at once.
    await waitFor(() => expect(view.result.current.account.account).toMatchObject({ totpEnabled: false, twoFactorEnabled: false, backupCodeEnabled: false }));
    expect(await act(() => settled)).toMatchObject({ status: 500 });
    await waitFor(() => expect(view.result.current.account.account).toEqual(before));
    expect(view.result.current.disable.error?.status).toBe(500);
    h.dispose();
  });
});
