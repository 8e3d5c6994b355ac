/**
 * Every SMS takes one path, so a host counting events sees one `prepareVerification` per SMS: the add flow's first
 * code as well as every resend, and a failed first send reports its error once while the number is still added.
 */
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useAddPhoneNumber, usePhoneNumbers, usePhoneNumberVerification } from '../../src/hooks/index.ts';
import type { PhoneNumberOperation } from '../../src/hooks/index.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The host's callbacks, and the operations they heard of in order (`ok:` for a success, `error:` for a failure). */
function countingHost() {
  const heard: string[] = [];
  const onSuccess = vi.fn((event: { operation: PhoneNumberOperation }) => void heard.push(`ok:${event.operation}`));
  const onError = vi.fn((event: { operation: PhoneNumberOperation; error: { code: string } }) =>
    void heard.push(`error:${event.operation}:${event.error.code}`),
  );
  return { heard, callbacks: { onSuccess, onError } };
}

it('the first code of an added number and a resend each fire one prepareVerification event, one per SMS', async () => {
  let clock = 1_000_000;
  const now = () => clock;
  const host = countingHost();
  const h = createHarness(server, { now }, { now, ...host.callbacks });
  const view = renderHook(() => ({ list: usePhoneNumbers(), add: useAddPhoneNumber() }), { wrapper: h.wrapper });
  await waitFor(() => expect(view.result.current.list.isLoading).toBe(false));

  let id = '';
  await act(async () => {
    id = (await view.result.current.add.addPhoneNumber('+12015550123')).id;
  });
  expect(h.backend.outbox).toHaveLength(1);
  // The add operation ends with its first SMS, so that send's event comes first.
  expect(host.heard).toEqual(['ok:listPhoneNumbers', 'ok:prepareVerification', 'ok:createPhoneNumber']);
  expect(host.callbacks.onSuccess).toHaveBeenCalledWith({ operation: 'prepareVerification', phoneNumberId: id });

  const step = renderHook(() => usePhoneNumberVerification(id), { wrapper: h.wrapper });
  clock += 30_000;
  await act(async () => {
    await step.result.current.sendCode();
  });
  expect(h.backend.outbox).toHaveLength(2);
  expect(host.heard.filter((event) => event === 'ok:prepareVerification')).toHaveLength(2);
  expect(host.callbacks.onError).not.toHaveBeenCalled();
  h.dispose();
});

it('a failed first send reports one error, and the number is still added and listed', async () => {
  const host = countingHost();
  const h = createHarness(server, {}, host.callbacks);
  server.use(
    http.post('*/v1/me/phone_numbers/:id/prepare_verification', () =>
      HttpResponse.json({ errors: [{ code: 'too_many_requests', message: 'Too many requests' }] }, { status: 429, headers: { 'Retry-After': '40' } }),
    ),
  );
  const view = renderHook(() => ({ list: usePhoneNumbers(), add: useAddPhoneNumber() }), { wrapper: h.wrapper });
  await waitFor(() => expect(view.result.current.list.isLoading).toBe(false));

  const added = await act(() => view.result.current.add.addPhoneNumber('+12015550123'));
  expect(added.verification).toBeNull();
  expect(h.backend.outbox).toHaveLength(0);
  expect(host.heard).toEqual(['ok:listPhoneNumbers', 'error:prepareVerification:too_many_requests', 'ok:createPhoneNumber']);
  await waitFor(() => expect(view.result.current.list.phoneNumbers.map((p) => p.id)).toEqual([added.id]));
  const step = renderHook(() => usePhoneNumberVerification(added.id), { wrapper: h.wrapper });
  expect(step.result.current).toMatchObject({ sendError: { code: 'too_many_requests' }, secondsUntilResend: 40 });
  h.dispose();
});
