/**
 * The two-step card in Chromium, from the keyboard only, over HTTP (msw service worker, the real Frontend API
 * adapter): with two-step off, set up the authenticator app with the code the backend computes from the secret,
 * save the backup codes shown once (this turned two-step on), see sign-in ask for the app first, then remove the app
 * after a confirmation that says two-step turns off entirely. Exactly the requests the API needs; axe at each step.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render, screen, waitFor, within } from '@testing-library/react';
import { workerForThisFile } from '../support/mswWorker.ts';
import { QueryClient } from '@tanstack/react-query';
import { createClerkFrontendApiAdapter } from '../../src/adapters/clerk-frontend-api/createClerkFrontendApiAdapter.ts';
import { PhoneNumberKitProvider } from '../../src/hooks/PhoneNumberKitProvider.tsx';
import { createMemoryBackend } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';
import { TwoStepVerificationSection } from '../../src/two-step.ts';
import { assertNoAxeViolations } from '../../.storybook/axe.ts';
import { sentence } from '../../stories/support/sentence.ts';

const worker = workerForThisFile();

/** Presses Tab until `target` has focus. */
async function tabTo(target: HTMLElement, limit = 40) {
  for (let i = 0; i < limit && document.activeElement !== target; i++) await userEvent.tab();
  expect(target).toHaveFocus();
}

describe('TwoStepVerificationSection by keyboard', () => {
  it('enroll → backup codes → the app first → remove, with axe at each step', { timeout: 60_000 }, async () => {
    const backend = createMemoryBackend({
      phoneNumbers: [{ id: 'idn_home', phoneNumber: '+12015550100', verified: true }],
    });
    worker.use(...createMemoryBackendHandlers(backend));
    const requests: string[] = [];
    worker.events.removeAllListeners();
    worker.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.origin === backend.frontendApiUrl) requests.push(`${url.searchParams.get('_method') ?? request.method} ${url.pathname}`);
    });
    const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: backend.frontendApiUrl, sessionId: backend.sessionId });
    const view = render(
      <PhoneNumberKitProvider adapter={adapter} queryClient={new QueryClient()}>
        <main>
          <TwoStepVerificationSection applicationName="Acme" />
        </main>
      </PhoneNumberKitProvider>,
    );
    const take = () => requests.splice(0).sort();

    await screen.findByText(sentence('Two-step verification is off.'), {}, { timeout: 10_000 });
    expect(take()).toEqual(['GET /v1/me', 'GET /v1/me/phone_numbers']);
    await assertNoAxeViolations(view.container);

    // Set up: the step opens with its heading focused; the code field is reached by Tab.
    await tabTo(screen.getByRole('button', { name: 'Set up authenticator app' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Set up your authenticator app' })).toHaveFocus());
    const field = await screen.findByLabelText('Code from your app', {}, { timeout: 10_000 });
    expect(screen.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible();
    await assertNoAxeViolations(view.container);
    await tabTo(field);
    await userEvent.keyboard(backend.authenticatorCode()!);

    // Backup codes, once (this turned two-step on); sign-in now asks for the app first.
    const saved = await screen.findByRole('checkbox', { name: 'I have saved these codes' }, { timeout: 10_000 });
    expect(take()).toEqual(['POST /v1/me/totp', 'POST /v1/me/totp/attempt_verification']);
    expect(within(screen.getByRole('list', { name: 'Backup codes' })).getAllByRole('listitem')).toHaveLength(backend.snapshot().backupCodes!.codes.length);
    await screen.findByText(sentence('When you sign in, we ask for a code from your authenticator app first.'));
    expect(screen.queryByText(/we text a code/)).toBeNull();
    await assertNoAxeViolations(view.container);
    await tabTo(saved);
    await userEvent.keyboard(' ');
    await tabTo(screen.getByRole('button', { name: 'Done' }));
    await userEvent.keyboard('{Enter}');
    const remove = await screen.findByRole('button', { name: 'Remove authenticator app' });
    expect(screen.queryByRole('list', { name: 'Backup codes' })).toBeNull();

    // Remove: the confirmation says two-step verification turns off entirely.
    await tabTo(remove);
    await userEvent.keyboard('{Enter}');
    const confirm = await screen.findByRole('region', { name: 'Remove authenticator app?' });
    await waitFor(() => expect(within(confirm).getByRole('heading', { name: 'Remove authenticator app?' })).toHaveFocus());
    expect(within(confirm).getByText(/^Two-step verification will turn off/)).toBeVisible();
    await assertNoAxeViolations(view.container);
    await tabTo(within(confirm).getByRole('button', { name: 'Remove authenticator app' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.snapshot().authenticatorApp).toBeNull());
    await screen.findByText(sentence('Two-step verification is off.'));
    await waitFor(() => expect(screen.getByText(sentence('Authenticator app is off.'))).toHaveFocus());
    expect(take()).toEqual(['DELETE /v1/me/totp']);
    await assertNoAxeViolations(view.container);
  });
});
