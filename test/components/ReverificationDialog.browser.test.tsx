/**
 * The built-in step-up dialog in Chromium, from the keyboard, over HTTP: the memory backend requires
 * reverification, the user removes a number, one dialog appears (two sections are mounted), an empty password is
 * caught without a call, a wrong one keeps what was typed, the right one goes through, and the refused write runs
 * again exactly once (the request count says so, with Enter pressed twice). Esc cancels and sends nothing more,
 * also pressed the moment the dialog shows and sent by a script rather than the keyboard. axe checks the open dialog.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { workerForThisFile } from '../support/mswWorker.ts';
import { QueryClient } from '@tanstack/react-query';
import { createClerkFrontendApiAdapter } from '../../src/adapters/clerk-frontend-api/createClerkFrontendApiAdapter.ts';
import { PhoneNumbersSection } from '../../src/components/PhoneNumbersSection/PhoneNumbersSection.tsx';
import { SmsTwoFactorSection } from '../../src/components/SmsTwoFactorSection/SmsTwoFactorSection.tsx';
import { ReverificationOutlet } from '../../src/components/ReverificationDialog/ReverificationOutlet.tsx';
import { PhoneNumberKitProvider } from '../../src/hooks/PhoneNumberKitProvider.tsx';
import { createMemoryBackend, type MemoryBackend } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';
import { assertNoAxeViolations } from '../../.storybook/axe.ts';

const worker = workerForThisFile();

const NUMBER = '+1 201 555 0101';

function start(): { backend: MemoryBackend; requests: string[] } {
  const backend = createMemoryBackend({
    code: '424242',
    requireReverification: true,
    phoneNumbers: [
      { id: 'idn_a', phoneNumber: '+12015550100', verified: true, createdAt: 1 },
      { id: 'idn_b', phoneNumber: '+12015550101', verified: true, createdAt: 2 },
    ],
  });
  worker.use(...createMemoryBackendHandlers(backend));
  const requests: string[] = [];
  worker.events.removeAllListeners();
  worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.origin !== backend.frontendApiUrl) return;
    requests.push(`${url.searchParams.get('_method') ?? request.method} ${url.pathname.replace(backend.sessionId, '{id}')}`);
  });
  const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: backend.frontendApiUrl, sessionId: backend.sessionId });
  render(
    <PhoneNumberKitProvider adapter={adapter} queryClient={new QueryClient()}>
      <PhoneNumbersSection />
      <SmsTwoFactorSection />
      {/* The page's one outlet (phone-number-kit/two-step): the main entry's sections bring none. */}
      <ReverificationOutlet />
    </PhoneNumberKitProvider>,
  );
  return { backend, requests };
}

/** Opens the row menu of `number` from the keyboard, picks Remove, and confirms with the keyboard. */
async function removeFromKeyboard(number: string) {
  const trigger = await screen.findByRole('button', { name: `Actions for ${number}` }, { timeout: 10_000 });
  trigger.focus();
  await userEvent.keyboard('{ArrowDown}');
  const menu = await screen.findByRole('menu', { name: `Actions for ${number}` });
  await userEvent.keyboard('{End}');
  await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'Remove' })).toHaveFocus());
  await userEvent.keyboard('{Enter}');
  const confirm = await screen.findByRole('region', { name: 'Remove phone number' });
  within(confirm).getByRole('button', { name: 'Remove' }).focus();
  await userEvent.keyboard('{Enter}');
}

const writes = (requests: string[]) => requests.filter((line) => line.startsWith('DELETE /v1/me/phone_numbers/'));
const verifySteps = (requests: string[]) => requests.filter((line) => line.includes('/verify'));

describe('ReverificationDialog', () => {
  it('password step-up from the keyboard: one dialog, typed text kept on error, exactly one retry', async () => {
    const { backend, requests } = start();
    await removeFromKeyboard(NUMBER);

    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' }, { timeout: 10_000 });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(dialog).toHaveAccessibleDescription('For your security, confirm it’s you to remove a phone number.');
    const password = await within(dialog).findByLabelText('Password', { selector: 'input[type="password"]' }, { timeout: 10_000 });
    await waitFor(() => expect(password).toHaveFocus());
    await assertNoAxeViolations(dialog);

    // Nothing typed: said at once, with nothing sent.
    await userEvent.keyboard('{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Enter your password.');
    expect(password).toHaveFocus();

    await userEvent.keyboard('not-it{Enter}');
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent('That password is incorrect. Try again.'));
    expect(password).toHaveValue('not-it');
    expect(password).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(password);
    await userEvent.type(password, 'demo-password');
    // A double submit must not send a second check or a second retry.
    await userEvent.keyboard('{Enter}{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });
    await waitFor(() => expect(backend.snapshot().phoneNumbers.map((phone) => phone.id)).toEqual(['idn_a']));
    expect(writes(requests)).toEqual(['DELETE /v1/me/phone_numbers/idn_b', 'DELETE /v1/me/phone_numbers/idn_b']);
    expect(verifySteps(requests)).toEqual([
      'POST /v1/client/sessions/{id}/verify',
      'POST /v1/client/sessions/{id}/verify/attempt_first_factor',
      'POST /v1/client/sessions/{id}/verify/attempt_first_factor',
    ]);
  });

  it('an email code from the outbox works too, typed into the same code field as the SMS step', async () => {
    const { backend, requests } = start();
    await removeFromKeyboard(NUMBER);
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' }, { timeout: 10_000 });
    const password = await within(dialog).findByLabelText('Password', { selector: 'input[type="password"]' }, { timeout: 10_000 });
    await waitFor(() => expect(password).toHaveFocus());
    // Back to the ways to confirm, then the next one with an arrow key: the email code is sent.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(within(dialog).getByRole('radio', { name: 'Password' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(within(dialog).getByRole('radio', { name: /Code by email to a\*\*@example\.com/ })).toBeChecked();
    await waitFor(() => expect(backend.snapshot().emails).toHaveLength(1), { timeout: 10_000 });
    const code = await within(dialog).findByLabelText('Verification code');
    expect(code).toHaveClass('pnk-verify-phone-number__input');
    await assertNoAxeViolations(dialog);

    code.focus();
    // The last digit submits, as on the SMS step.
    await userEvent.keyboard(backend.snapshot().emails[0]!.code);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });
    await waitFor(() => expect(backend.snapshot().phoneNumbers).toHaveLength(1));
    expect(writes(requests)).toHaveLength(2);
    expect(verifySteps(requests)).toEqual([
      'POST /v1/client/sessions/{id}/verify',
      'POST /v1/client/sessions/{id}/verify/prepare_first_factor',
      'POST /v1/client/sessions/{id}/verify/attempt_first_factor',
    ]);
  });

  it('Esc cancels: the dialog closes, the change is not made, nothing more is sent', async () => {
    const { backend, requests } = start();
    await removeFromKeyboard(NUMBER);
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' }, { timeout: 10_000 });
    await within(dialog).findByLabelText('Password', { selector: 'input[type="password"]' }, { timeout: 10_000 });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('alert')).toHaveTextContent('The change was not made because verification was cancelled.');
    expect(writes(requests)).toHaveLength(1);
    expect(backend.snapshot().phoneNumbers).toHaveLength(2);
    expect(backend.snapshot().reverificationRequired).toBe(true);
  });

  // A key the browser trusts (the user's) and one sent by a script (assistive tools, test drivers such as the
  // stories' play functions): the browser runs its own Esc → `cancel` only for the first.
  it.each([
    ['a key press', () => userEvent.keyboard('{Escape}')],
    ['a scripted key', () => fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' })],
  ])('Esc (%s) the moment the dialog shows cancels', async (_, pressEscape) => {
    const { backend, requests } = start();
    await removeFromKeyboard(NUMBER);
    await screen.findByRole('dialog', { name: 'Confirm it’s you' }, { timeout: 10_000 });
    await pressEscape();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('alert')).toHaveTextContent('The change was not made because verification was cancelled.');
    // The row left the list when the removal was confirmed, so focus was on the heading, and goes back there.
    expect(screen.getByRole('heading', { name: 'Phone numbers' })).toHaveFocus();
    expect(writes(requests)).toHaveLength(1);
    expect(backend.snapshot().phoneNumbers).toHaveLength(2);
    expect(backend.snapshot().reverificationRequired).toBe(true);
  });
});
