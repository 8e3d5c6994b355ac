/**
 * A lost answer may hide a change the server made: after one (network error, timeout, unreadable body) or a refusal
 * that shows the cache is out of date, the list is read again, so the page converges on the server's state instead
 * of keeping a rolled-back guess. Refusals the server answered plainly (a 500 with its error body) roll back only.
 * Found by the fault-injection journeys (test/budgets/faultJourneys.test.tsx).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useAddPhoneNumber, usePhoneNumbers, usePhoneNumberVerification, useRemovePhoneNumber, useReserveForSecondFactor } from '../../src/hooks/index.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const phoneNumbers = [
  { id: 'idn_a', phoneNumber: '+12015550101', verified: true, createdAt: 1 },
  { id: 'idn_b', phoneNumber: '+12015550102', createdAt: 2 },
];

async function loaded<T>(h: ReturnType<typeof createHarness>, hooks: () => T) {
  const view = renderHook(() => ({ list: usePhoneNumbers(), hooks: hooks() }), { wrapper: h.wrapper });
  await waitFor(() => expect(view.result.current.list.isLoading).toBe(false));
  h.takeRequests();
  return view;
}

const failed = (run: () => Promise<unknown>) => act(() => run().then(() => null, (error: { code: string }) => error.code));
const listed = (view: { result: { current: { list: ReturnType<typeof usePhoneNumbers> } } }, id: string) =>
  view.result.current.list.phoneNumbers.find((p) => p.id === id);

describe('after a lost answer the list is read again', () => {
  it('a reservation the server made shows as made', async () => {
    const h = createHarness(server, { phoneNumbers });
    const view = await loaded(h, () => useReserveForSecondFactor());
    // The change is made, then the connection drops before the answer arrives.
    server.use(
      http.post(`${h.backend.frontendApiUrl}/v1/me/phone_numbers/:id`, async ({ params }) => {
        await h.backend.adapter.updatePhoneNumber(String(params['id']), { reservedForSecondFactor: true });
        return HttpResponse.error();
      }),
    );
    expect(await failed(() => view.result.current.hooks.setReserved({ phoneNumberId: 'idn_a', reserved: true }))).toBe('network_error');
    await waitFor(() => expect(listed(view, 'idn_a')).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true }));
    expect(h.takeRequests()).toEqual(['PATCH /v1/me/phone_numbers/idn_a', 'GET /v1/me/phone_numbers']);
    h.dispose();
  });

  it('a number created behind an unreadable answer appears in the list', async () => {
    const h = createHarness(server, { phoneNumbers });
    const view = await loaded(h, () => useAddPhoneNumber());
    server.use(
      http.post(`${h.backend.frontendApiUrl}/v1/me/phone_numbers`, async () => {
        await h.backend.adapter.createPhoneNumber('+12015550103');
        return new HttpResponse('<html>Bad gateway</html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
      }),
    );
    expect(await failed(() => view.result.current.hooks.addPhoneNumber('+12015550103'))).toBe('response_unparseable');
    await waitFor(() => expect(view.result.current.list.phoneNumbers.map((p) => p.phoneNumber)).toContain('+12015550103'));
    h.dispose();
  });

  it('a code the server accepted shows the number verified', async () => {
    const h = createHarness(server, { phoneNumbers, code: '424242' });
    const view = await loaded(h, () => usePhoneNumberVerification('idn_b'));
    await act(() => view.result.current.hooks.sendCode());
    server.use(
      http.post(`${h.backend.frontendApiUrl}/v1/me/phone_numbers/:id/attempt_verification`, async ({ params }) => {
        await h.backend.adapter.attemptVerification(String(params['id']), '424242');
        return HttpResponse.error();
      }),
    );
    expect(await failed(() => view.result.current.hooks.verifyCode('424242'))).toBe('network_error');
    await waitFor(() => expect(view.result.current.hooks.status).toBe('verified'));
    h.dispose();
  });

  it('a number already gone is dropped from the list', async () => {
    const h = createHarness(server, { phoneNumbers });
    const view = await loaded(h, () => useRemovePhoneNumber());
    await h.backend.adapter.deletePhoneNumber('idn_b');
    expect(await failed(() => view.result.current.hooks.removePhoneNumber('idn_b'))).toBe('resource_not_found');
    await waitFor(() => expect(listed(view, 'idn_b')).toBeUndefined());
    h.dispose();
  });
});

describe('a refusal the server answered', () => {
  it('only rolls back: no second request', async () => {
    const h = createHarness(server, { phoneNumbers });
    const view = await loaded(h, () => useRemovePhoneNumber());
    server.use(
      http.post(`${h.backend.frontendApiUrl}/v1/me/phone_numbers/:id`, () =>
        HttpResponse.json({ errors: [{ code: 'internal_clerk_error', message: 'Oops', long_message: 'Internal error' }] }, { status: 500 }),
      ),
    );
    expect(await failed(() => view.result.current.hooks.removePhoneNumber('idn_b'))).toBe('internal_clerk_error');
    await waitFor(() => expect(listed(view, 'idn_b')).toBeDefined());
    expect(h.takeRequests()).toEqual(['DELETE /v1/me/phone_numbers/idn_b']);
    h.dispose();
  });
});
