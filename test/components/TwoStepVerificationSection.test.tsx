/**
 * TwoStepVerificationSection says truthfully what sign-in asks for first (the model's signInSecondFactorOrder):
 * the authenticator app when it is on, with the SMS default only as the fallback; else the default number; nothing
 * when off. `factors` hides factors. Alone on a page, it shows the kit's step-up dialog itself.
 */
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TwoStepVerificationSection, type TwoStepVerificationSectionProps } from '../../src/two-step.ts';
import type { MemoryBackendOptions } from '../../src/testing/index.ts';
import { createHarness } from '../support/hookHarness.tsx';
import { serveForThisFile } from '../support/mswServer.ts';
import { sentence } from '../../stories/support/sentence.ts';

const server = serveForThisFile();

const HOME = { id: 'idn_home', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true, createdAt: 2 };
const WORK = { id: 'idn_work', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, createdAt: 1 };

function renderSection(options: MemoryBackendOptions, props: TwoStepVerificationSectionProps = {}) {
  const h = createHarness(server, options);
  const view = render(<TwoStepVerificationSection {...props} />, { wrapper: h.wrapper });
  const root = () => view.container.querySelector<HTMLElement>('.pnk-two-step-verification-section')!;
  return { h, view, root };
}

const factorHeadings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('TwoStepVerificationSection', () => {
  it('with the app and SMS on: the app first, the default number as the fallback (not the older one), backup codes last', async () => {
    const { root } = renderSection({ totpEnabled: true, phoneNumbers: [WORK, HOME] });
    await screen.findByText(sentence('When you sign in, we ask for a code from your authenticator app first.'));
    expect(screen.getByText(sentence('If you can’t use your authenticator app, we text a code to +1 201 555 0100.'))).toBeInTheDocument();
    expect(screen.getByText(sentence('If you lose access to these, you can sign in with a backup code.'))).toBeInTheDocument();
    expect(screen.queryByText(/we text a code to .* first/)).toBeNull();
    expect(factorHeadings()).toEqual(['Authenticator app Used first', 'Text message (SMS)', 'Backup codes']);
    expect(root()).toHaveAttribute('data-first', 'totp');
  });

  it('with SMS only: the default number first', async () => {
    const { root } = renderSection({ phoneNumbers: [WORK, HOME] });
    await screen.findByText(sentence('When you sign in, we text a code to +1 201 555 0100 first.'));
    expect(screen.queryByText(/authenticator app first/)).toBeNull();
    expect(factorHeadings()).toEqual(['Authenticator app', 'Text message (SMS) Used first', 'Backup codes']);
    expect(root()).toHaveAttribute('data-first', 'phone_code');
  });

  it('off: says so, and offers both ways in', async () => {
    const { root } = renderSection({ phoneNumbers: [{ id: 'idn_home', phoneNumber: '+12015550100', verified: true }] });
    await screen.findByText(sentence('Two-step verification is off.'));
    expect(root()).toHaveAttribute('data-state', 'off');
    expect(screen.getByRole('button', { name: 'Set up authenticator app' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Use +1 201 555 0100 for sign-in codes' })).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByText('No phone number receives sign-in codes.')).toBeInTheDocument();
  });

  it('factors hides what the host does not offer, and keeps the honest order sentence', async () => {
    renderSection({ totpEnabled: true, phoneNumbers: [HOME] }, { factors: ['sms'] });
    await screen.findByText(sentence('When you sign in, we ask for a code from your authenticator app first.'));
    const list = screen.getByRole('list', { name: 'Your ways to verify' });
    expect(within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Text message (SMS)']);
    expect(screen.queryByRole('button', { name: 'Remove authenticator app' })).toBeNull();
  });
});

describe('TwoStepVerificationSection alone on the page', () => {
  it('asks for the step-up the server demands with the kit’s dialog, then removes the app', { timeout: 30_000 }, async () => {
    const { h } = renderSection({ totpEnabled: true, requireReverification: true });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Remove authenticator app' }));
    const confirm = await screen.findByRole('region', { name: 'Remove authenticator app?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove authenticator app' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' }, { timeout: 10_000 });
    // With the app on, the backend asks for it: the code it shows now completes the step-up.
    await user.type(await within(dialog).findByLabelText('Verification code', {}, { timeout: 10_000 }), h.backend.authenticatorCode()!);
    await waitFor(() => expect(h.backend.snapshot().authenticatorApp).toBeNull(), { timeout: 10_000 });
    expect(h.takeRequests().filter((request) => request.startsWith('DELETE '))).toEqual(['DELETE /v1/me/totp', 'DELETE /v1/me/totp']);
  });
});
