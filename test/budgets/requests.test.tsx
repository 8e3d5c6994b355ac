/**
 * Request budgets, exact: the whole account-settings page (both sections) makes no more requests than the API
 * requires for each flow, fetches the list once however many components mount, and never sends a duplicate SMS.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { BackupCodes, PhoneNumbersSection, SmsTwoFactorSection } from '../../src/components/index.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it('each flow costs what the API requires, and no more', { timeout: 60_000 }, async () => {
  const h = createHarness(server, {
    phoneNumbers: [{ id: 'idn_home', phoneNumber: '+12015550100', verified: true, primary: true }],
  });
  const user = userEvent.setup();
  render(
    <>
      {/* A Clerk host has user.primaryPhoneNumberId at hand; without it the section reads the account (test below). */}
      <PhoneNumbersSection defaultCountry="US" primaryPhoneNumberId="idn_home" />
      <SmsTwoFactorSection defaultCountry="US" />
      <BackupCodes allowGenerate={false} />
    </>,
    { wrapper: h.wrapper },
  );

  // One list request for the whole page.
  await screen.findAllByText('+1 201 555 0100');
  await waitFor(() => expect(screen.getByRole('button', { name: 'Enable SMS verification' })).toBeInTheDocument());
  expect(h.takeRequests()).toEqual(['GET /v1/me/phone_numbers']);

  // Add + verify = 3 (create, send the code, check it) and exactly one SMS.
  await user.click(screen.getByRole('button', { name: 'Add phone number' }));
  await user.type(await screen.findByRole('textbox', { name: 'Phone number' }), '2015550123{Enter}');
  const code = await screen.findByLabelText('Verification code');
  await waitFor(() => expect(h.backend.outbox).toHaveLength(1));
  await user.type(code, '424242');
  await waitFor(() => expect(h.backend.snapshot().phoneNumbers.find((p) => p.phoneNumber === '+12015550123')?.verification?.status).toBe('verified'));
  await waitFor(() => expect(screen.queryByLabelText('Verification code')).toBeNull());
  const added = h.backend.snapshot().phoneNumbers.find((p) => p.phoneNumber === '+12015550123')!;
  expect(h.takeRequests()).toEqual([
    'POST /v1/me/phone_numbers',
    `POST /v1/me/phone_numbers/${added.id}/prepare_verification`,
    `POST /v1/me/phone_numbers/${added.id}/attempt_verification`,
  ]);
  expect(h.backend.outbox).toHaveLength(1);

  // Set the new number as primary = 1 (PATCH /v1/me; the answer is the account, nothing is read again).
  await user.click(screen.getByRole('button', { name: 'Actions for +1 201 555 0123' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Set as primary' }));
  await waitFor(() => expect(h.backend.snapshot().primaryPhoneNumberId).toBe(added.id));
  await screen.findByText('+1 201 555 0123 is now your primary phone number');
  expect(h.takeRequests()).toEqual(['PATCH /v1/me']);

  // Enable two-step on an existing verified number = 1.
  await user.click(screen.getByRole('button', { name: 'Enable SMS verification' }));
  const choices = await screen.findByRole('group', { name: 'Choose a phone number' });
  await user.click(within(choices).getByRole('radio', { name: '+1 201 555 0100' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { name: 'Save your backup codes' });
  expect(h.takeRequests()).toEqual(['PATCH /v1/me/phone_numbers/idn_home']);

  await user.click(screen.getAllByRole('checkbox', { name: 'I have saved these codes' })[0]!);
  await user.click(screen.getAllByRole('button', { name: 'Done' })[0]!);
  await screen.findByRole('button', { name: 'Disable SMS verification' });

  // Use the new number too (1), then make it the default (1).
  await user.click(screen.getByRole('switch', { name: 'Use +1 201 555 0123 for sign-in codes' }));
  await waitFor(() => expect(h.backend.snapshot().phoneNumbers.find((p) => p.id === added.id)?.reservedForSecondFactor).toBe(true));
  expect(h.takeRequests()).toEqual([`PATCH /v1/me/phone_numbers/${added.id}`]);
  const makeDefault = await screen.findByRole('button', { name: 'Make default +1 201 555 0123' });
  await waitFor(() => expect(makeDefault).not.toHaveAttribute('aria-disabled'));
  await user.click(makeDefault);
  await waitFor(() => expect(h.backend.snapshot().phoneNumbers.find((p) => p.id === added.id)?.defaultSecondFactor).toBe(true));
  expect(h.takeRequests()).toEqual([`PATCH /v1/me/phone_numbers/${added.id}`]);

  // Remove a number that is not the default = 1.
  await user.click(screen.getByRole('button', { name: 'Actions for +1 201 555 0100' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Remove' }));
  const confirm = await screen.findByRole('region', { name: 'Remove phone number' });
  await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
  await waitFor(() => expect(h.backend.snapshot().phoneNumbers.some((p) => p.id === 'idn_home')).toBe(false));
  await waitFor(() => expect(h.requests.length).toBeGreaterThan(0));
  expect(h.takeRequests()).toEqual(['DELETE /v1/me/phone_numbers/idn_home']);

  // Still one SMS in all, and no list refetch anywhere.
  expect(h.backend.outbox).toHaveLength(1);
  h.dispose();
});

it('without primaryPhoneNumberId the list view costs 2 requests: the list and the account (which says the primary)', async () => {
  const h = createHarness(server, {
    phoneNumbers: [{ id: 'idn_home', phoneNumber: '+12015550100', verified: true, primary: true }],
  });
  render(
    <>
      <PhoneNumbersSection defaultCountry="US" />
      <PhoneNumbersSection defaultCountry="US" />
      <SmsTwoFactorSection defaultCountry="US" />
    </>,
    { wrapper: h.wrapper },
  );
  await waitFor(() => expect(screen.getAllByText('Primary')).toHaveLength(2));
  expect(h.takeRequests().sort()).toEqual(['GET /v1/me', 'GET /v1/me/phone_numbers']);
  h.dispose();
});
