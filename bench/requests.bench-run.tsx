/**
 * `npm run bench:requests`: runs the main flows through the hooks against the reference backend (over HTTP, with
 * the real Frontend API adapter) and prints the requests each flow made beside the fewest the API allows.
 * A report, not a pass/fail test: the exact budgets are asserted in test/budgets/requests.test.tsx,
 * test/hooks/flow.test.tsx and (the authenticator app) test/hooks/authenticatorApp.test.tsx. Development React, as in the tests: the StrictMode row needs its double mount, and
 * testing-library's act() does not exist in production React (see the bench projects in vite.config.ts).
 */
import { StrictMode } from 'react';
import { afterAll, beforeAll, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import {
  useAddPhoneNumber,
  useBackupCodes,
  useMakeDefaultSecondFactor,
  usePhoneNumbers,
  usePhoneNumberVerification,
  useRemovePhoneNumber,
  useReserveForSecondFactor,
  useSetPrimaryPhoneNumber,
} from '../src/hooks/index.ts';
import { useDisableAuthenticatorApp } from '../src/hooks/useDisableAuthenticatorApp.ts';
import { useEnrollAuthenticatorApp } from '../src/hooks/useEnrollAuthenticatorApp.ts';
import { createHarness } from '../test/support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

interface Row {
  flow: string;
  minimum: number;
  requests: string[];
}

it('prints requests per flow', async () => {
  const rows: Row[] = [];
  const h = createHarness(server, { phoneNumbers: [{ id: 'idn_old', phoneNumber: '+12015550101', verified: true }] });
  const page = renderHook(
    () => ({
      lists: [usePhoneNumbers(), usePhoneNumbers(), usePhoneNumbers(), usePhoneNumbers(), usePhoneNumbers()],
      add: useAddPhoneNumber(),
      reserve: useReserveForSecondFactor(),
      makeDefault: useMakeDefaultSecondFactor(),
      remove: useRemovePhoneNumber(),
      codes: useBackupCodes(),
      setPrimary: useSetPrimaryPhoneNumber(),
      enrollApp: useEnrollAuthenticatorApp(),
      removeApp: useDisableAuthenticatorApp(),
    }),
    { wrapper: h.wrapper },
  );
  await waitFor(() => {
    if (page.result.current.lists[0]!.isLoading) throw new Error('loading');
  });
  rows.push({ flow: 'load the page (5 list consumers)', minimum: 1, requests: h.takeRequests() });

  let id = '';
  await act(async () => {
    id = (await page.result.current.add.addPhoneNumber('+12015550123')).id;
  });
  rows.push({ flow: 'add a number (create + send code)', minimum: 2, requests: h.takeRequests() });

  const steps = renderHook(
    () => [usePhoneNumberVerification(id, { sendOnMount: true }), usePhoneNumberVerification(id, { sendOnMount: true })],
    { wrapper: ({ children }) => <StrictMode>{h.wrapper({ children })}</StrictMode> },
  );
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  rows.push({ flow: 'mount the code step twice, StrictMode (code already sent)', minimum: 0, requests: h.takeRequests() });

  await act(async () => {
    await steps.result.current[0]!.sendCode().catch(() => undefined);
  });
  rows.push({ flow: 'press resend during the cooldown', minimum: 0, requests: h.takeRequests() });

  await act(async () => {
    await steps.result.current[0]!.verifyCode('424242');
  });
  rows.push({ flow: 'verify the code', minimum: 1, requests: h.takeRequests() });

  await act(async () => {
    await page.result.current.setPrimary.setPrimary('idn_old');
  });
  rows.push({ flow: 'set as primary', minimum: 1, requests: h.takeRequests() });

  await act(async () => {
    await page.result.current.reserve.setReserved({ phoneNumberId: id, reserved: true });
  });
  rows.push({ flow: 'enable two-step (backup codes come along)', minimum: 1, requests: h.takeRequests() });

  await act(async () => {
    await page.result.current.reserve.setReserved({ phoneNumberId: 'idn_old', reserved: true });
  });
  h.takeRequests();
  await act(async () => {
    await page.result.current.makeDefault.makeDefault('idn_old');
  });
  rows.push({ flow: 'set the default second factor', minimum: 1, requests: h.takeRequests() });

  await act(async () => {
    await page.result.current.codes.generate();
  });
  rows.push({ flow: 'regenerate backup codes', minimum: 1, requests: h.takeRequests() });

  await act(async () => {
    await page.result.current.enrollApp.start();
  });
  await act(async () => {
    await page.result.current.enrollApp.verify(h.backend.authenticatorCode()!);
  });
  rows.push({ flow: 'set up the authenticator app (create + verify)', minimum: 2, requests: h.takeRequests() });

  await act(async () => {
    await page.result.current.removeApp.disable();
  });
  rows.push({ flow: 'remove the authenticator app', minimum: 1, requests: h.takeRequests() });

  await act(async () => {
    await page.result.current.remove.removePhoneNumber(id);
  });
  rows.push({ flow: 'remove a number (not the default)', minimum: 1, requests: h.takeRequests() });

  const width = Math.max(...rows.map((r) => r.flow.length));
  const lines = [
    `${'flow'.padEnd(width)}  requests  API minimum`,
    ...rows.map((r) => `${r.flow.padEnd(width)}  ${String(r.requests.length).padStart(8)}  ${String(r.minimum).padStart(11)}`),
    '',
    ...rows.flatMap((r) => (r.requests.length ? [`${r.flow}:`, ...r.requests.map((q) => `  ${q}`)] : [])),
  ];
  console.log(`\n${lines.join('\n')}\n`);
  const over = rows.filter((r) => r.requests.length > r.minimum);
  if (over.length) console.log(`Over the minimum: ${over.map((r) => r.flow).join('; ')}`);
  h.dispose();
});
