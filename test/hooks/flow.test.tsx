/**
 * The main journey through the hooks, against the reference backend over HTTP with the real Frontend API adapter:
 * after each step the list equals the backend's state, and each step costs exactly one request (two for "add",
 * which sends the code too) with no refetch of the list.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { sortPhoneNumbers } from '../../src/model/sort.ts';
import {
  useAddPhoneNumber,
  useBackupCodes,
  useMakeDefaultSecondFactor,
  usePhoneNumbers,
  usePhoneNumberVerification,
  useRemovePhoneNumber,
  useReserveForSecondFactor,
} from '../../src/hooks/index.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it('add → code → verify → reserve → default → backup codes → remove, one request per step', async () => {
  const h = createHarness(server);
  const all = renderHook(
    () => ({
      list: usePhoneNumbers(),
      add: useAddPhoneNumber(),
      reserve: useReserveForSecondFactor(),
      makeDefault: useMakeDefaultSecondFactor(),
      remove: useRemovePhoneNumber(),
      backupCodes: useBackupCodes(),
    }),
    { wrapper: h.wrapper },
  );
  // TanStack Query notifies observers on a timer, so each check waits for the render that follows the answer.
  const expectListMatchesBackend = () =>
    waitFor(() => expect(all.result.current.list.phoneNumbers).toEqual(sortPhoneNumbers(h.backendNumbers())));

  await waitFor(() => expect(all.result.current.list.isLoading).toBe(false));
  expect(h.takeRequests()).toEqual(['GET /v1/me/phone_numbers']);
  expect(all.result.current.list.phoneNumbers).toEqual([]);

  // Add: create + send code.
  let id = '';
  await act(async () => {
    id = (await all.result.current.add.addPhoneNumber('+12015550123')).id;
  });
  expect(h.takeRequests()).toEqual(['POST /v1/me/phone_numbers', `POST /v1/me/phone_numbers/${id}/prepare_verification`]);
  expect(h.backend.outbox.lastCodeFor('+12015550123')).toBe('424242');
  await expectListMatchesBackend();
  expect(all.result.current.list.phoneNumbers[0]!.verification?.status).toBe('unverified');

  // Verify.
  const verification = renderHook(() => usePhoneNumberVerification(id), { wrapper: h.wrapper });
  expect(verification.result.current.secondsUntilResend).toBeGreaterThan(0);
  await act(async () => {
    await verification.result.current.verifyCode('424242');
  });
  expect(h.takeRequests()).toEqual([`POST /v1/me/phone_numbers/${id}/attempt_verification`]);
  await waitFor(() => expect(verification.result.current.status).toBe('verified'));
  await expectListMatchesBackend();

  // Reserve for two-step: the first reserved number becomes the default and brings backup codes.
  await act(async () => {
    await all.result.current.reserve.setReserved({ phoneNumberId: id, reserved: true });
  });
  expect(h.takeRequests()).toEqual([`PATCH /v1/me/phone_numbers/${id}`]);
  await expectListMatchesBackend();
  expect(all.result.current.list.phoneNumbers[0]).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true, backupCodes: null });
  const serverCodes = h.backend.snapshot().backupCodes?.codes;
  expect(serverCodes?.length).toBeGreaterThan(0);
  await waitFor(() => expect(all.result.current.backupCodes.codes).toEqual(serverCodes));
  expect(all.result.current.backupCodes.source).toBe('reservation');

  // Make default (already the default: the server confirms, the list is unchanged).
  await act(async () => {
    await all.result.current.makeDefault.makeDefault(id);
  });
  expect(h.takeRequests()).toEqual([`PATCH /v1/me/phone_numbers/${id}`]);
  await expectListMatchesBackend();

  // Regenerate backup codes: the old set stops working.
  await act(async () => {
    await all.result.current.backupCodes.generate();
  });
  expect(h.takeRequests()).toEqual(['POST /v1/me/backup_codes']);
  await waitFor(() => expect(all.result.current.backupCodes.codes).toEqual(h.backend.snapshot().backupCodes?.codes));
  expect(all.result.current.backupCodes.codes).not.toEqual(serverCodes);

  // Remove.
  await act(async () => {
    await all.result.current.remove.removePhoneNumber(id);
  });
  expect(h.takeRequests()).toEqual([`DELETE /v1/me/phone_numbers/${id}`]);
  await expectListMatchesBackend();
  expect(all.result.current.list.phoneNumbers).toEqual([]);
  h.dispose();
});

it('makes another number the default and clears the flag on the old one in the cache', async () => {
  const h = createHarness(server, {
    phoneNumbers: [
      { id: 'idn_a', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true },
      { id: 'idn_b', phoneNumber: '+12015550102', verified: true, reservedForSecondFactor: true },
    ],
  });
  const all = renderHook(() => ({ list: usePhoneNumbers(), makeDefault: useMakeDefaultSecondFactor() }), { wrapper: h.wrapper });
  await waitFor(() => expect(all.result.current.list.phoneNumbers).toHaveLength(2));
  h.takeRequests();
  await act(async () => {
    await all.result.current.makeDefault.makeDefault('idn_b');
  });
  expect(h.takeRequests()).toEqual(['PATCH /v1/me/phone_numbers/idn_b']);
  expect(all.result.current.list.phoneNumbers.map((p) => [p.id, p.defaultSecondFactor])).toEqual([
    ['idn_b', true],
    ['idn_a', false],
  ]);
  // The old default's `updatedAt` moved on the server too; only a refetch could tell, and no refetch is wanted.
  const ignoringUpdatedAt = (list: readonly { updatedAt: number }[]) => list.map((p) => ({ ...p, updatedAt: 0 }));
  expect(ignoringUpdatedAt(all.result.current.list.phoneNumbers)).toEqual(ignoringUpdatedAt(sortPhoneNumbers(h.backendNumbers())));
  h.dispose();
});

it('fetches the list once however many hooks mount', async () => {
  const h = createHarness(server, { phoneNumbers: [{ phoneNumber: '+12015550101', verified: true }] });
  const many = renderHook(
    () => ({ first: usePhoneNumbers(), others: [usePhoneNumbers(), usePhoneNumbers(), useAddPhoneNumber(), usePhoneNumberVerification('x')] }),
    { wrapper: h.wrapper },
  );
  await waitFor(() => expect(many.result.current.first.phoneNumbers).toHaveLength(1));
  const later = renderHook(() => usePhoneNumbers(), { wrapper: h.wrapper });
  expect(later.result.current.phoneNumbers).toHaveLength(1);
  expect(h.takeRequests()).toEqual(['GET /v1/me/phone_numbers']);
  h.dispose();
});
