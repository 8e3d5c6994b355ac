/** Optimistic updates, rollback, reverification, events, double submission and where backup codes live. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import {
  useBackupCodes,
  useMakeDefaultSecondFactor,
  usePhoneNumbers,
  useRemovePhoneNumber,
  useReserveForSecondFactor,
  type ReverificationRequest,
} from '../../src/hooks/index.ts';
import { sortPhoneNumbers } from '../../src/model/sort.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const twoStep = [
  { id: 'idn_a', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true },
  { id: 'idn_b', phoneNumber: '+12015550102', verified: true, reservedForSecondFactor: true },
  { id: 'idn_c', phoneNumber: '+12015550103', verified: true },
];

async function loaded(h: ReturnType<typeof createHarness>, hooks: () => unknown) {
  const view = renderHook(() => ({ list: usePhoneNumbers(), more: hooks() }), { wrapper: h.wrapper });
  await waitFor(() => expect(view.result.current.list.isLoading).toBe(false));
  h.takeRequests();
  return view;
}

describe('optimistic updates', () => {
  it('the list changes at once and rolls back exactly when the network fails', async () => {
    const h = createHarness(server, { phoneNumbers: twoStep });
    const view = await loaded(h, () => useMakeDefaultSecondFactor());
    const before = view.result.current.list.phoneNumbers;
    server.use(http.post(`${h.backend.frontendApiUrl}/v1/me/phone_numbers/:id`, async () => {
      await delay(50);
      return HttpResponse.error();
    }));
    const makeDefault = (view.result.current.more as ReturnType<typeof useMakeDefaultSecondFactor>).makeDefault;
    let settled: Promise<unknown> = Promise.resolve();
    act(() => {
      settled = makeDefault('idn_b').catch((error: unknown) => error);
    });
    await waitFor(() => expect(view.result.current.list.phoneNumbers[0]!.id).toBe('idn_b'));
    const error = await act(() => settled);
    expect(error).toMatchObject({ code: 'network_error' });
    await waitFor(() => expect(view.result.current.list.phoneNumbers).toEqual(before));
    expect(view.result.current.list.phoneNumbers).toEqual(sortPhoneNumbers(h.backendNumbers()));
    expect((view.result.current.more as ReturnType<typeof useMakeDefaultSecondFactor>).error?.code).toBe('network_error');
    h.dispose();
  });

  it('a refused removal puts the number back where it was', async () => {
    const h = createHarness(server, { phoneNumbers: twoStep });
    const view = await loaded(h, () => useRemovePhoneNumber());
    const before = view.result.current.list.phoneNumbers;
    server.use(
      http.post(`${h.backend.frontendApiUrl}/v1/me/phone_numbers/:id`, () =>
        HttpResponse.json({ errors: [{ code: 'internal_clerk_error', message: 'Oops', long_message: 'Something went wrong' }] }, { status: 500 }),
      ),
    );
    const remove = (view.result.current.more as ReturnType<typeof useRemovePhoneNumber>).removePhoneNumber;
    const error = await act(() => remove('idn_b').catch((e: unknown) => e));
    expect(error).toMatchObject({ code: 'internal_clerk_error', status: 500 });
    await waitFor(() => expect(view.result.current.list.phoneNumbers).toEqual(before));
    h.dispose();
  });

  it('releasing the default reads back which number inherited it', async () => {
    const h = createHarness(server, { phoneNumbers: twoStep });
    const view = await loaded(h, () => useReserveForSecondFactor());
    const setReserved = (view.result.current.more as ReturnType<typeof useReserveForSecondFactor>).setReserved;
    await act(() => setReserved({ phoneNumberId: 'idn_a', reserved: false }));
    await waitFor(() => expect(h.requests).toHaveLength(2));
    expect(h.takeRequests()).toEqual(['PATCH /v1/me/phone_numbers/idn_a', 'GET /v1/me/phone_numbers']);
    await waitFor(() => expect(view.result.current.list.phoneNumbers).toEqual(sortPhoneNumbers(h.backendNumbers())));
    expect(view.result.current.list.phoneNumbers[0]).toMatchObject({ id: 'idn_b', defaultSecondFactor: true });
    h.dispose();
  });

  it('a second submission while one is in flight sends no second request', async () => {
    const h = createHarness(server, { phoneNumbers: twoStep, latencyMs: 30 });
    const view = await loaded(h, () => useMakeDefaultSecondFactor());
    const makeDefault = (view.result.current.more as ReturnType<typeof useMakeDefaultSecondFactor>).makeDefault;
    await act(async () => {
      const first = makeDefault('idn_b');
      const second = makeDefault('idn_b');
      expect(second).toBe(first);
      await Promise.all([first, second]);
    });
    expect(h.takeRequests()).toEqual(['PATCH /v1/me/phone_numbers/idn_b']);
    h.dispose();
  });
});

describe('reverification', () => {
  it('asks the host, then retries once it says so', async () => {
    const requests: ReverificationRequest[] = [];
    const late: { backend?: ReturnType<typeof createHarness>['backend'] } = {};
    const h = createHarness(
      server,
      { phoneNumbers: twoStep, requireReverification: true },
      {
        onNeedsReverification: (request) => {
          requests.push(request);
          late.backend!.reverify();
          request.retry();
        },
      },
    );
    late.backend = h.backend;
    const view = await loaded(h, () => useReserveForSecondFactor());
    const setReserved = (view.result.current.more as ReturnType<typeof useReserveForSecondFactor>).setReserved;
    const phone = await act(() => setReserved({ phoneNumberId: 'idn_c', reserved: true }));
    expect(phone.reservedForSecondFactor).toBe(true);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ operation: 'reserveForSecondFactor', error: { code: 'session_reverification_required', status: 403 } });
    expect(h.takeRequests()).toEqual(['PATCH /v1/me/phone_numbers/idn_c', 'PATCH /v1/me/phone_numbers/idn_c']);
    expect(view.result.current.list.phoneNumbers).toEqual(sortPhoneNumbers(h.backendNumbers()));
    h.dispose();
  });

  it('cancelling rolls back and fails with reverification_cancelled', async () => {
    const onError = vi.fn();
    const h = createHarness(
      server,
      { phoneNumbers: twoStep, requireReverification: true },
      { onNeedsReverification: (request) => request.cancel(), onError },
    );
    const view = await loaded(h, () => useReserveForSecondFactor());
    const before = view.result.current.list.phoneNumbers;
    const setReserved = (view.result.current.more as ReturnType<typeof useReserveForSecondFactor>).setReserved;
    const error = await act(() => setReserved({ phoneNumberId: 'idn_c', reserved: true }).catch((e: unknown) => e));
    expect(error).toMatchObject({ code: 'reverification_cancelled' });
    await waitFor(() => expect(view.result.current.list.phoneNumbers).toEqual(before));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({ operation: 'reserveForSecondFactor', error: { code: 'reverification_cancelled' } });
    h.dispose();
  });

  it('without a handler, the server error surfaces', async () => {
    const h = createHarness(server, { phoneNumbers: twoStep, requireReverification: true });
    const view = await loaded(h, () => useRemovePhoneNumber());
    const remove = (view.result.current.more as ReturnType<typeof useRemovePhoneNumber>).removePhoneNumber;
    const error = await act(() => remove('idn_c').catch((e: unknown) => e));
    expect(error).toMatchObject({ code: 'session_reverification_required', status: 403 });
    h.dispose();
  });
});

describe('events', () => {
  it('reports each success once, without codes', async () => {
    const onSuccess = vi.fn();
    const h = createHarness(server, { phoneNumbers: twoStep }, { onSuccess });
    const view = await loaded(h, () => useMakeDefaultSecondFactor());
    await act(() => (view.result.current.more as ReturnType<typeof useMakeDefaultSecondFactor>).makeDefault('idn_b'));
    expect(onSuccess.mock.calls.map((call) => call[0])).toEqual([
      { operation: 'listPhoneNumbers' },
      { operation: 'makeDefaultSecondFactor', phoneNumberId: 'idn_b' },
    ]);
    h.dispose();
  });
});

describe('backup codes', () => {
  it('are held in memory only and gone from every cache once the last consumer unmounts', async () => {
    const h = createHarness(server, { phoneNumbers: [{ id: 'idn_c', phoneNumber: '+12015550103', verified: true }] });
    const view = renderHook(() => ({ list: usePhoneNumbers(), reserve: useReserveForSecondFactor(), codes: useBackupCodes() }), {
      wrapper: h.wrapper,
    });
    await waitFor(() => expect(view.result.current.list.isLoading).toBe(false));
    await act(() => view.result.current.reserve.setReserved({ phoneNumberId: 'idn_c', reserved: true }));
    const codes = view.result.current.codes.codes!;
    expect(codes).toEqual(h.backend.snapshot().backupCodes?.codes);

    const cached = () =>
      JSON.stringify([
        h.queryClient.getQueryCache().getAll().map((q) => q.state),
        h.queryClient.getMutationCache().getAll().map((m) => m.state),
      ]);
    for (const code of codes) expect(cached()).not.toContain(code);

    await act(() => view.result.current.codes.generate());
    const regenerated = view.result.current.codes.codes!;
    for (const code of regenerated) expect(cached()).not.toContain(code);

    view.unmount();
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    const after = renderHook(() => useBackupCodes(), { wrapper: h.wrapper });
    expect(after.result.current.codes).toBeNull();
    h.dispose();
  });
});
