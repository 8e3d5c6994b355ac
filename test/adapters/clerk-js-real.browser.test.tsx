/**
 * The clerk-js adapter against the REAL clerk-js (`@clerk/clerk-js`, its no-remotely-hosted-code build), in
 * Chromium: a `Clerk` instance whose Frontend API is the reference backend (served by the msw service worker at
 * the host its publishable key names) loads signed in, and the whole account-settings page runs through
 * `createClerkJsAdapter(clerk.user)`, driven as a user would with real input events. Every request clerk-js makes
 * must be one the backend serves, and `clerk.user` must mirror the backend after `user.reload()`.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { QueryClient } from '@tanstack/react-query';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { Clerk } from '@clerk/clerk-js/no-rhc';
import { createClerkJsAdapter } from '../../src/clerk-js.ts';
import { PhoneNumberKitProvider } from '../../src/hooks/index.ts';
import { PhoneNumbersSection, SmsTwoFactorSection } from '../../src/components/index.ts';
import { createMemoryBackend } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';
import { assertNoAxeViolations } from '../../.storybook/axe.ts';

const OLD = '+12015550100';
const NEW = '+12015550123';
const backend = createMemoryBackend({ code: '424242', phoneNumbers: [{ id: 'idn_old', phoneNumber: OLD, verified: true }] });

/** Requests clerk-js made that no backend handler answered: each one is a gap in the reference backend. */
const unserved: string[] = [];
const worker = setupWorker(
  ...createMemoryBackendHandlers(backend),
  http.all(`${backend.frontendApiUrl}/*`, ({ request }) => {
    unserved.push(`${request.method} ${request.url}`);
    return HttpResponse.json({ errors: [{ code: 'resource_not_found', message: 'not served' }] }, { status: 404 });
  }),
);

/** A development instance's publishable key: `pk_test_` + base64 of `<Frontend API host>$`. */
const publishableKey = `pk_test_${btoa(`${new URL(backend.frontendApiUrl).host}$`)}`;

/** The only console output clerk-js is allowed: its notice that a development key is in use. */
const DEV_KEYS_NOTICE = /Clerk has been loaded with development keys/;
const errors: unknown[][] = [];
const warnings: unknown[][] = [];
const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(String(event.error ?? event.message));
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!DEV_KEYS_NOTICE.test(String(args[0]))) warnings.push(args);
  });
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  await clerk.load();
}, 120_000);

afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  worker.stop();
  vi.restoreAllMocks();
});

// One instance for the file, as in an app: clerk-js's resources reach their instance through a shared global.
const clerk = new Clerk(publishableKey);

/** The backend's number with this E.164 value. */
const phone = (e164: string) => backend.snapshot().phoneNumbers.find((p) => p.phoneNumber === e164);

it('runs the account-settings page on a real Clerk instance: add, verify, two-step on, backup codes, default, remove', async () => {
  expect(clerk.isSignedIn).toBe(true);
  const user = clerk.user!;
  expect(user.phoneNumbers.map((p) => p.phoneNumber)).toEqual([OLD]);

  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const { container } = render(
    <PhoneNumberKitProvider adapter={createClerkJsAdapter(user)} queryClient={queryClient}>
      <main>
        <h1>Account settings</h1>
        <PhoneNumbersSection defaultCountry="US" />
        <SmsTwoFactorSection defaultCountry="US" applicationName="Acme" accountIdentifier="ada@example.com" />
      </main>
    </PhoneNumberKitProvider>,
  );
  await screen.findByText('+1 201 555 0100');
  await screen.findByRole('button', { name: 'Enable SMS verification' });
  await assertNoAxeViolations(container);

  // Add a number and enter the code the backend sent.
  await userEvent.click(screen.getByRole('button', { name: 'Add phone number' }));
  await userEvent.type(await screen.findByLabelText('Phone number'), '2015550123{Enter}');
  const codeInput = await screen.findByLabelText('Verification code');
  await expect.poll(() => backend.outbox.lastCodeFor(NEW), { timeout: 30_000 }).toBe('424242');
  await userEvent.type(codeInput, backend.outbox.lastCodeFor(NEW)!);
  await expect.poll(() => phone(NEW)?.verification?.status, { timeout: 30_000 }).toBe('verified');
  await screen.findByText('+1 201 555 0123');
  await expect.poll(() => screen.queryByLabelText('Verification code'), { timeout: 30_000 }).toBeNull();

  // Turn two-step verification on with the old number, and see the backup codes the backend issued.
  await userEvent.click(screen.getByRole('button', { name: 'Enable SMS verification' }));
  const choices = await screen.findByRole('group', { name: 'Choose a phone number' });
  await userEvent.click(within(choices).getByRole('radio', { name: '+1 201 555 0100' }));
  await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { name: 'Save your backup codes' });
  const codes = backend.snapshot().backupCodes?.codes ?? [];
  expect(codes).toHaveLength(10);
  const shown = screen.getByRole('list', { name: 'Backup codes' });
  for (const code of codes) expect(shown).toHaveTextContent(code);
  await assertNoAxeViolations(container);
  await userEvent.click(screen.getByRole('checkbox', { name: 'I have saved these codes' }));
  await userEvent.click(screen.getByRole('button', { name: 'Done' }));
  await screen.findByRole('button', { name: 'Disable SMS verification' });
  expect(phone(OLD)).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true });

  // Use the new number for two-step verification too, and make it the default.
  await userEvent.click(screen.getByRole('switch', { name: 'Use +1 201 555 0123 for sign-in codes' }));
  await expect.poll(() => phone(NEW)?.reservedForSecondFactor, { timeout: 30_000 }).toBe(true);
  await userEvent.click(await screen.findByRole('button', { name: 'Make default +1 201 555 0123' }));
  await expect.poll(() => phone(NEW)?.defaultSecondFactor, { timeout: 30_000 }).toBe(true);
  // The badge moved to the new number's row: the old one now offers "Make default".
  await screen.findByRole('button', { name: 'Make default +1 201 555 0100' });
  expect(phone(OLD)?.defaultSecondFactor).toBe(false);

  // Remove the old number, confirming its two-step warning.
  await userEvent.click(screen.getByRole('button', { name: 'Actions for +1 201 555 0100' }));
  await userEvent.click(await screen.findByRole('menuitem', { name: 'Remove' }));
  await screen.findByText(/This number is used for two-step verification/);
  await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
  await expect.poll(() => phone(OLD), { timeout: 30_000 }).toBeUndefined();
  await expect.poll(() => screen.queryByText('+1 201 555 0100'), { timeout: 30_000 }).toBeNull();
  await expect.poll(() => container.querySelector('[aria-busy="true"]'), { timeout: 30_000 }).toBeNull();
  await assertNoAxeViolations(container);

  // clerk-js's own view, refreshed from the backend, agrees with the backend.
  await user.reload();
  expect(user.phoneNumbers.map((p) => [p.id, p.phoneNumber, p.verification.status, p.reservedForSecondFactor, p.defaultSecondFactor])).toEqual(
    backend.snapshot().phoneNumbers.map((p) => [p.id, p.phoneNumber, p.verification?.status, p.reservedForSecondFactor, p.defaultSecondFactor]),
  );
  expect(user).toMatchObject({ twoFactorEnabled: true, backupCodeEnabled: true });
  expect(clerk.isSignedIn).toBe(true);

  expectCleanConsole();
}, 240_000);

/** Every request was served, and nothing was logged or thrown but clerk-js's development-key notice. */
function expectCleanConsole() {
  expect(unserved).toEqual([]);
  expect(errors).toEqual([]);
  expect(warnings).toEqual([]);
  expect(pageErrors).toEqual([]);
}

it('clerk-js keeps its objects the way the adapter assumes', async () => {
  const user = clerk.user!;
  const before = clerk.user;
  const created = await user.createPhoneNumber({ phoneNumber: '+12015550124' });
  // The user handed to the adapter does not gain the new number; clerk-js rebuilds a new user from the answer's client.
  expect(user.phoneNumbers.some((p) => p.id === created.id)).toBe(false);
  expect(clerk.user).not.toBe(before);
  expect(clerk.user!.phoneNumbers.some((p) => p.id === created.id)).toBe(true);
  // Resource methods update the resource in place and resolve with it.
  expect(await created.prepareVerification()).toBe(created);
  expect(created.verification.status).toBe('unverified');
  expect(await created.attemptVerification({ code: backend.outbox.lastCodeFor(created.id)! })).toBe(created);
  expect(created.verification.status).toBe('verified');
  // reload() refreshes the very same user object (GET /v1/me) and resolves with it.
  expect(await user.reload()).toBe(user);
  expect(user.phoneNumbers.find((p) => p.id === created.id)?.verification.status).toBe('verified');
  await created.destroy();
  expect(phone('+12015550124')).toBeUndefined();
  expectCleanConsole();
});

it('maps what the real SDK throws: field errors, 429 with Retry-After, reverification, unknown ids', async () => {
  const adapter = createClerkJsAdapter(clerk.user!);
  const added = await adapter.createPhoneNumber('+12015550125');
  await adapter.prepareVerification(added.id);
  await expect(adapter.attemptVerification(added.id, '000000')).rejects.toMatchObject({ code: 'form_code_incorrect', status: 422, field: 'code' });
  await expect(adapter.prepareVerification(added.id)).rejects.toMatchObject({ code: 'too_many_requests', status: 429, retryAfter: 30 });
  await expect(adapter.createPhoneNumber('+1')).rejects.toMatchObject({ code: 'form_param_format_invalid', status: 422, field: 'phone_number' });
  await expect(adapter.prepareVerification('idn_missing')).rejects.toMatchObject({ code: 'resource_not_found', status: 404 });
  backend.requireReverification(true);
  const refused = await adapter.deletePhoneNumber(added.id).catch((error: unknown) => error);
  expect(refused).toMatchObject({ code: 'session_reverification_required', status: 403 });
  // clerk-js 6.40 does not copy the body's clerk_trace_id onto its ClerkAPIResponseError, so there is none to keep.
  expect(refused).toMatchObject({ traceId: null });
  expect(clerk.isSignedIn).toBe(true);
  backend.reverify();
  await adapter.deletePhoneNumber(added.id);
  expect(phone('+12015550125')).toBeUndefined();
  expectCleanConsole();
});
