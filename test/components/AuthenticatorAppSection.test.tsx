/**
 * AuthenticatorAppSection: enroll with a code computed from the secret (the reference backend's RFC 6238), the
 * wrong-code message that keeps what was typed, backup codes once, and the removal confirmation that says what
 * remains. The setup key and QR code are drawn from the enrollment; nothing secret leaves memory. Alone on a page,
 * it shows the kit's step-up dialog itself.
 */
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuthenticatorAppSection } from '../../src/components/AuthenticatorAppSection/AuthenticatorAppSection.tsx';
import type { MemoryBackendOptions } from '../../src/testing/index.ts';
import { createHarness } from '../support/hookHarness.tsx';
import { serveForThisFile } from '../support/mswServer.ts';
import { sentence } from '../../stories/support/sentence.ts';

const server = serveForThisFile();

function renderSection(options: MemoryBackendOptions = {}) {
  const h = createHarness(server, options);
  const user = userEvent.setup();
  const view = render(<AuthenticatorAppSection applicationName="Acme" />, { wrapper: h.wrapper });
  return { h, user, view };
}

/** A 6-digit code that is not the current one (nor a neighbour's). */
function wrongCode(right: string): string {
  return String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
}

describe('AuthenticatorAppSection', () => {
  it('enrolls: QR code and grouped setup key, a wrong code kept and selected with a clear message, then backup codes once', { timeout: 30_000 }, async () => {
    const { h, user, view } = renderSection();
    await screen.findByText(sentence('Authenticator app is off.'));
    await user.click(screen.getByRole('button', { name: 'Set up authenticator app' }));

    // The step's heading takes focus; the QR code is an inline SVG, the key in groups of four.
    const heading = await screen.findByRole('heading', { name: 'Set up your authenticator app' });
    await waitFor(() => expect(heading).toHaveFocus());
    const qr = await screen.findByRole('img', { name: 'QR code to scan with your authenticator app' }, { timeout: 10_000 });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(view.container.querySelector('img')).toBeNull();
    const groups = [...view.container.querySelectorAll('.pnk-authenticator-app-section__setup-key-group')].map((g) => g.textContent);
    expect(groups.length).toBeGreaterThan(3);
    expect(groups.slice(0, -1).every((g) => g?.length === 4)).toBe(true);

    // A wrong code: the message, and the digits stay in the field, selected.
    const right = h.backend.authenticatorCode()!;
    const wrong = wrongCode(right);
    const field = screen.getByLabelText('Code from your app');
    await user.type(field, wrong);
    expect(await screen.findByText('That code didn’t work. Codes change every 30 seconds: enter the one your app shows now.')).toBeInTheDocument();
    const input = field as HTMLInputElement;
    expect(input.value).toBe(wrong);
    await waitFor(() => expect(input).toHaveFocus());
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 6]);
    expect(h.backend.snapshot().authenticatorApp).toEqual({ verified: false });

    // The right code replaces it; the section is on and shows the backup codes once.
    await user.clear(input);
    await user.type(input, h.backend.authenticatorCode()!);
    await screen.findByRole('heading', { name: 'Backup codes' });
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('checkbox', { name: 'I have saved these codes' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    const status = await screen.findByText(sentence('Authenticator app is on. When you sign in, we ask for a code from your app.'));
    await waitFor(() => expect(status).toHaveFocus());
    expect(screen.queryByRole('heading', { name: 'Backup codes' })).toBeNull();
    expect(h.backend.snapshot().authenticatorApp).toEqual({ verified: true });
  });

  it('says two-step verification turns off entirely when the app is the only factor, and removes it', { timeout: 30_000 }, async () => {
    const { h, user } = renderSection({ totpEnabled: true });
    await user.click(await screen.findByRole('button', { name: 'Remove authenticator app' }));
    const confirm = await screen.findByRole('region', { name: 'Remove authenticator app?' });
    expect(within(confirm).getByText(/Two-step verification will turn off/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Remove authenticator app' }));
    await screen.findByText(sentence('Authenticator app is off.'));
    await waitFor(() => expect(h.backend.snapshot().authenticatorApp).toBeNull());
  });

  it('says which number sign-in texts instead when SMS stays on', { timeout: 30_000 }, async () => {
    const { user } = renderSection({
      totpEnabled: true,
      phoneNumbers: [{ id: 'idn_home', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true }],
    });
    await user.click(await screen.findByRole('button', { name: 'Remove authenticator app' }));
    const confirm = await screen.findByRole('region', { name: 'Remove authenticator app?' });
    expect(within(confirm).getByText(sentence('We will text a code to +1 201 555 0100 instead.'))).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove authenticator app' })).toHaveFocus());
  });
});

describe('AuthenticatorAppSection alone on the page', () => {
  it('asks for the step-up the server demands with the kit’s dialog, then sets up', { timeout: 30_000 }, async () => {
    const { h, user } = renderSection({ requireReverification: true });
    await user.click(await screen.findByRole('button', { name: 'Set up authenticator app' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' }, { timeout: 10_000 });
    await user.type(await within(dialog).findByLabelText('Password', { selector: 'input[type="password"]' }, { timeout: 10_000 }), 'demo-password');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await screen.findByRole('img', { name: 'QR code to scan with your authenticator app' }, { timeout: 10_000 });
    expect(screen.queryByRole('dialog')).toBeNull();
    // The refused request, then the one the step-up let through.
    expect(h.takeRequests().filter((request) => request.startsWith('POST /v1/me/totp'))).toEqual(['POST /v1/me/totp', 'POST /v1/me/totp']);
  });
});
