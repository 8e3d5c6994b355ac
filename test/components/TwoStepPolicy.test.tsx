/**
 * Host policy in the two-step cards (AuthenticatorAppSection, TwoStepVerificationSection), on the reference
 * backend: read-only (the section's or the provider's) leaves every state readable and no control that changes
 * one; the section's own onBeforeAction is asked before setting up, removing and changing the default, its reason
 * is shown, and no request is sent; `factors` hides factors.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuthenticatorAppSection, TwoStepVerificationSection } from '../../src/two-step.ts';
import type { MemoryBackendOptions } from '../../src/testing/index.ts';
import { createHarness } from '../support/hookHarness.tsx';
import { serveForThisFile } from '../support/mswServer.ts';
import { sentence } from '../../stories/support/sentence.ts';

const server = serveForThisFile();

const HOME = { id: 'idn_home', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true, createdAt: 1 };
const WORK = { id: 'idn_work', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, createdAt: 2 };
/** Every factor on: the app, two numbers (HOME the default) and backup codes. */
const allOn: MemoryBackendOptions = { totpEnabled: true, phoneNumbers: [HOME, WORK] };

const REASON = 'Your administrator manages two-step verification.';

/**
 * Removes the app as a user would (Remove, then Remove in the confirmation) with a veto in place: the reason shows in
 * the confirmation. Requests made before the confirming click are dropped, so the caller sees only what it sent.
 */
async function removeAppRefused(user: ReturnType<typeof userEvent.setup>, h: ReturnType<typeof createHarness>) {
  await user.click(await screen.findByRole('button', { name: 'Remove authenticator app' }));
  const confirm = await screen.findByRole('region', { name: 'Remove authenticator app?' });
  h.takeRequests();
  await user.click(within(confirm).getByRole('button', { name: 'Remove authenticator app' }));
  expect(await within(confirm).findByRole('alert')).toHaveTextContent(REASON);
}

describe('AuthenticatorAppSection', () => {
  it('readOnly: the status shows, with no "Set up"; with the app on, no "Remove"', async () => {
    const off = createHarness(server, {});
    const view = render(<AuthenticatorAppSection readOnly />, { wrapper: off.wrapper });
    await screen.findByText(sentence('Authenticator app is off.'));
    expect(screen.queryAllByRole('button')).toEqual([]);
    view.unmount();
    off.dispose();

    const on = createHarness(server, { totpEnabled: true });
    render(<AuthenticatorAppSection readOnly />, { wrapper: on.wrapper });
    await screen.findByText(sentence('Authenticator app is on. When you sign in, we ask for a code from your app.'));
    expect(screen.queryAllByRole('button')).toEqual([]);
    on.dispose();
  });

  it("the provider's readOnly applies; the section's readOnly={false} wins over it", async () => {
    const h = createHarness(server, {}, { readOnly: true });
    const view = render(<AuthenticatorAppSection />, { wrapper: h.wrapper });
    await screen.findByText(sentence('Authenticator app is off.'));
    expect(screen.queryByRole('button', { name: 'Set up authenticator app' })).toBeNull();
    view.unmount();
    render(<AuthenticatorAppSection readOnly={false} />, { wrapper: h.wrapper });
    expect(await screen.findByRole('button', { name: 'Set up authenticator app' })).toBeInTheDocument();
    h.dispose();
  });

  it("the section's veto refuses setting up: its reason shows, and nothing is sent", async () => {
    const onBeforeAction = vi.fn(() => REASON);
    const h = createHarness(server, {});
    const user = userEvent.setup();
    render(<AuthenticatorAppSection onBeforeAction={onBeforeAction} />, { wrapper: h.wrapper });
    await user.click(await screen.findByRole('button', { name: 'Set up authenticator app' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(REASON);
    expect(onBeforeAction).toHaveBeenCalledWith({ operation: 'createTotp' });
    expect(h.takeRequests()).toEqual(['GET /v1/me']);
    expect(h.backend.snapshot().authenticatorApp).toBeNull();
    h.dispose();
  });

  it("the section's veto replaces the provider's for removing the app", async () => {
    const providerVeto = vi.fn(() => undefined);
    const sectionVeto = vi.fn(() => REASON);
    const h = createHarness(server, { totpEnabled: true }, { onBeforeAction: providerVeto });
    const user = userEvent.setup();
    render(<AuthenticatorAppSection onBeforeAction={sectionVeto} />, { wrapper: h.wrapper });
    await removeAppRefused(user, h);
    expect(sectionVeto).toHaveBeenCalledWith({ operation: 'deleteTotp' });
    expect(providerVeto).not.toHaveBeenCalled();
    expect(h.takeRequests()).toEqual([]);
    expect(h.backend.snapshot().authenticatorApp).toEqual({ verified: true });
    h.dispose();
  });
});

describe('TwoStepVerificationSection', () => {
  /** Every factor's state as the user reads it: the order sentence, the headings, each switch and whether it is on. */
  async function expectReadableState() {
    await screen.findByText(sentence('When you sign in, we ask for a code from your authenticator app first.'));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Authenticator app Used first', 'Text message (SMS)', 'Backup codes']);
    // The card says once what sign-in asks first; the app's own status says only "on".
    expect(screen.getByText(sentence('Authenticator app is on.'))).toBeInTheDocument();
    expect(screen.queryByText(/we ask for a code from your app/)).toBeNull();
    expect(screen.getByText('You have backup codes for when your other ways are not at hand.')).toBeInTheDocument();
    for (const number of ['+1 201 555 0100', '+1 201 555 0101']) {
      const control = screen.getByRole('switch', { name: `Use ${number} for sign-in codes` });
      expect(control).toHaveAttribute('aria-checked', 'true');
      expect(control).toBeDisabled();
    }
  }

  it('readOnly: every factor reads as it is; no set up, remove, default or backup-code control', async () => {
    const h = createHarness(server, allOn);
    render(<TwoStepVerificationSection readOnly />, { wrapper: h.wrapper });
    await expectReadableState();
    expect(screen.queryAllByRole('button')).toEqual([]);
    h.dispose();
  });

  it("the provider's readOnly reaches every factor, the authenticator app's too", async () => {
    const h = createHarness(server, allOn, { readOnly: true });
    render(<TwoStepVerificationSection />, { wrapper: h.wrapper });
    await expectReadableState();
    expect(screen.queryAllByRole('button')).toEqual([]);
    h.dispose();
  });

  it("readOnly and factors together: only the host's factors, still with no control", async () => {
    const h = createHarness(server, allOn, { factors: ['totp', 'backup_codes'] });
    render(<TwoStepVerificationSection readOnly factors={['totp']} />, { wrapper: h.wrapper });
    await screen.findByText(sentence('When you sign in, we ask for a code from your authenticator app first.'));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Authenticator app Used first']);
    expect(screen.queryAllByRole('button')).toEqual([]);
    h.dispose();
  });

  it("the section's veto refuses changing the default: the reason shows, the badge stays, nothing is sent", async () => {
    const sectionVeto = vi.fn(() => REASON);
    const h = createHarness(server, allOn, { onBeforeAction: () => undefined });
    const user = userEvent.setup();
    render(<TwoStepVerificationSection onBeforeAction={sectionVeto} />, { wrapper: h.wrapper });
    const makeDefault = await screen.findByRole('button', { name: 'Make default +1 201 555 0101' });
    h.takeRequests();
    await user.click(makeDefault);
    expect(await screen.findByRole('alert')).toHaveTextContent(`Could not change +1 201 555 0101. ${REASON}`);
    expect(sectionVeto).toHaveBeenCalledWith({ operation: 'makeDefaultSecondFactor', phoneNumberId: 'idn_work' });
    expect(screen.getByRole('button', { name: 'Make default +1 201 555 0101' })).toBeInTheDocument();
    expect(h.takeRequests()).toEqual([]);
    expect(h.backend.snapshot().phoneNumbers.find((p) => p.id === 'idn_home')?.defaultSecondFactor).toBe(true);
    h.dispose();
  });

  it("the section's veto refuses removing the app and setting it up", async () => {
    const sectionVeto = vi.fn(() => REASON);
    const h = createHarness(server, allOn);
    const user = userEvent.setup();
    const view = render(<TwoStepVerificationSection onBeforeAction={sectionVeto} />, { wrapper: h.wrapper });
    await removeAppRefused(user, h);
    expect(sectionVeto).toHaveBeenLastCalledWith({ operation: 'deleteTotp' });
    expect(h.takeRequests()).toEqual([]);
    expect(h.backend.snapshot().authenticatorApp).toEqual({ verified: true });
    view.unmount();
    h.dispose();

    const off = createHarness(server, { phoneNumbers: [HOME] });
    render(<TwoStepVerificationSection onBeforeAction={sectionVeto} factors={['totp']} />, { wrapper: off.wrapper });
    await user.click(await screen.findByRole('button', { name: 'Set up authenticator app' }));
    await waitFor(() => expect(sectionVeto).toHaveBeenLastCalledWith({ operation: 'createTotp' }));
    expect(await screen.findByText(REASON)).toBeInTheDocument();
    expect(off.takeRequests().filter((request) => !request.startsWith('GET '))).toEqual([]);
    expect(off.backend.snapshot().authenticatorApp).toBeNull();
    off.dispose();
  });
});
