/** useSetPrimaryPhoneNumber: one request, the cached account changes at once, exact rollback, re-read after a lost answer. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useAccountSecurity, useSetPrimaryPhoneNumber } from '../../src/hooks/index.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const seed = {
  phoneNumbers: [
    { id: 'idn_a', phoneNumber: '+12015550101', verified: true, primary: true },
    { id: 'idn_b', phoneNumber: '+12015550102', verified: true },
  ],
};

async function loaded(h: ReturnType<typeof createHarness>) {
  const view = renderHook(() => ({ account: useAccountSecurity(), primary: useSetPrimaryPhoneNumber() }), { wrapper: h.wrapper });
  await waitFor(() => expect(view.result.current.account.account?.primaryPhoneNumberId).toBe('idn_a'));
  h.takeRequests();
  return view;
}

describe('useSetPrimaryPhoneNumber', () => {
  it('changes the cached primary at once and keeps the answer, for exactly one request', async () => {
    const h = createHarness(server, seed);
    const view = await loaded(h);
    // The answer is held until the optimistic state has been seen (returning nothing hands on to the backend).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(http.post(`${h.backend.frontendApiUrl}/v1/me`, async () => void (await held)));
    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = view.result.current.primary.setPrimary('idn_b');
    });
    await waitFor(() => expect(view.result.current.account.account?.primaryPhoneNumberId).toBe('idn_b'));
    expect(view.result.current.primary.pendingId).toBe('idn_b');
    release();
    await act(() => done);
    expect(view.result.current.account.account?.primaryPhoneNumberId).toBe('idn_b');
    await waitFor(() => expect(view.result.current.primary.pendingId).toBeNull());
    expect(h.takeRequests()).toEqual(['PATCH /v1/me']);
    h.dispose();
  });

  it('a refusal puts the account back exactly, and nothing is read again', async () => {
    const h = createHarness(server, seed);
    const view = await loaded(h);
    const before = view.result.current.account.account;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.post(`${h.backend.frontendApiUrl}/v1/me`, async () => {
        await held;
        return HttpResponse.json({ errors: [{ code: 'form_param_value_invalid', message: 'no', long_message: 'no', meta: {} }] }, { status: 422 });
      }),
    );
    let error: unknown;
    act(() => {
      void view.result.current.primary.setPrimary('idn_b').catch((e: unknown) => (error = e));
    });
    await waitFor(() => expect(view.result.current.account.account?.primaryPhoneNumberId).toBe('idn_b'));
    release();
    await waitFor(() => expect(error).toMatchObject({ code: 'form_param_value_invalid' }));
    await waitFor(() => expect(view.result.current.account.account).toEqual(before));
    expect(h.takeRequests()).toEqual(['PATCH /v1/me']);
    h.dispose();
  });

  it('after a lost answer it reads the account again, so the cache says what the server did', async () => {
    const h = createHarness(server, seed);
    const view = await loaded(h);
    // The server makes the change, but the answer never arrives.
    server.use(
      http.post(`${h.backend.frontendApiUrl}/v1/me`, async () => {
        await h.backend.adapter.setPrimaryPhoneNumber('idn_b');
        return HttpResponse.error();
      }),
    );
    await act(() => view.result.current.primary.setPrimary('idn_b').catch(() => undefined));
    await waitFor(() => expect(view.result.current.account.account?.primaryPhoneNumberId).toBe('idn_b'));
    expect(h.takeRequests().filter((r) => r === 'GET /v1/me').length).toBeGreaterThanOrEqual(1);
    h.dispose();
  });
});
