/** VerifyPhoneNumber edge cases the stories do not cover, in jsdom against the reference backend over msw. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { VerifyPhoneNumber } from '../../src/components/VerifyPhoneNumber/VerifyPhoneNumber.tsx';
import type { MemoryBackendOptions } from '../../src/testing/index.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
  Reflect.deleteProperty(window, 'OTPCredential');
  Reflect.deleteProperty(navigator, 'credentials');
});
afterAll(() => server.close());

/** A number whose code (424242) was sent at `clock` and lives 10 minutes. */
function pending(clock: number, extra: Partial<MemoryBackendOptions> = {}): MemoryBackendOptions {
  return {
    phoneNumbers: [
      {
        id: 'idn_1',
        phoneNumber: '+12015550123',
        verification: { object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 0, expireAt: clock + 600_000 },
        code: '424242',
      },
    ],
    ...extra,
  };
}

function codeInput() {
  return screen.getByRole('textbox', { name: 'Verification code' });
}

function fakeWebOtp(get: (options: CredentialRequestOptions) => Promise<unknown>) {
  Object.defineProperty(window, 'OTPCredential', { value: class {}, configurable: true });
  const spy = vi.fn(get);
  Object.defineProperty(navigator, 'credentials', { value: { get: spy }, configurable: true });
  return spy;
}

describe('VerifyPhoneNumber', () => {
  it('ignores anything but digits', async () => {
    const user = userEvent.setup();
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" />, { wrapper: h.wrapper });
    expect(await screen.findByText(/Sent to/)).toHaveTextContent('Sent to +1 201 555 0123');
    await user.type(codeInput(), '4a2-4 b2');
    expect(codeInput()).toHaveValue('4242');
    expect(codeInput()).toHaveAttribute('autocomplete', 'one-time-code');
    expect(codeInput()).toHaveAttribute('inputmode', 'numeric');
    expect(codeInput().closest('[dir]')).toHaveAttribute('dir', 'ltr');
    h.dispose();
  });

  it('calls onVerified once when the number turns verified while the step is open (a lost answer, then a re-read)', async () => {
    const onVerified = vi.fn();
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" onVerified={onVerified} />, { wrapper: h.wrapper });
    expect(await screen.findByText(/Sent to/)).toHaveTextContent('Sent to +1 201 555 0123');
    // The server took the code, but its answer never arrived: only a re-read of the list tells.
    await h.backend.adapter.attemptVerification('idn_1', '424242');
    await act(() => h.queryClient.refetchQueries());
    await waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
    expect(screen.getAllByText('Phone number verified').length).toBeGreaterThan(0);
    expect(onVerified.mock.calls[0]![0]).toMatchObject({ id: 'idn_1', verification: { status: 'verified' } });
    h.dispose();
  });

  it('calls onVerified exactly once after the user enters the right code', async () => {
    const user = userEvent.setup();
    const onVerified = vi.fn();
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" onVerified={onVerified} />, { wrapper: h.wrapper });
    expect(await screen.findByText(/Sent to/)).toHaveTextContent('Sent to +1 201 555 0123');
    await user.type(codeInput(), '424242');
    await waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onVerified).toHaveBeenCalledTimes(1);
    h.dispose();
  });

  it('with autoSubmit off, the last digit does not submit; the Verify button (or Enter) does', async () => {
    const user = userEvent.setup();
    const onVerified = vi.fn();
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" autoSubmit={false} onVerified={onVerified} />, { wrapper: h.wrapper });
    await screen.findByText(/Sent to/);
    await user.type(codeInput(), '424242');
    h.takeRequests();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.takeRequests()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Phone number verified', { selector: 'p.pnk-verify-phone-number__success' })).toBeInTheDocument();
    h.dispose();
  });

  it('Enter on an incomplete code explains and sends nothing', async () => {
    const user = userEvent.setup();
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" />, { wrapper: h.wrapper });
    await screen.findByText(/Sent to/);
    h.takeRequests();
    await user.type(codeInput(), '424{Enter}');
    expect(await screen.findByText('Enter all 6 digits of the code.')).toBeInTheDocument();
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
    expect(codeInput()).toHaveValue('424');
    expect(codeInput()).toHaveFocus();
    expect(h.takeRequests()).toEqual([]);
    h.dispose();
  });

  it('honours length', async () => {
    const h = createHarness(server, pending(Date.now()));
    const { container } = render(<VerifyPhoneNumber phoneNumberId="idn_1" length={4} />, { wrapper: h.wrapper });
    await screen.findByText(/Sent to/);
    expect(codeInput()).toHaveAttribute('maxlength', '4');
    expect(container.querySelectorAll('.pnk-verify-phone-number__slot')).toHaveLength(4);
    expect(screen.getByText('Enter the 4-digit code from the text message.')).toBeInTheDocument();
    h.dispose();
  });
});

describe('Pasting a code', () => {
  it.each(['424 242', '424-242', 'Your Acme code is 424242. Do not share it.', ' 424242\n'])(
    'takes the code out of %j, fills the field and submits it',
    async (text) => {
      const user = userEvent.setup();
      const onVerified = vi.fn();
      const h = createHarness(server, pending(Date.now()));
      render(<VerifyPhoneNumber phoneNumberId="idn_1" onVerified={onVerified} />, { wrapper: h.wrapper });
      await screen.findByText(/Sent to/);
      await user.click(codeInput());
      await user.paste(text);
      await waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
      expect(h.backend.snapshot().phoneNumbers[0]!.verification?.status).toBe('verified');
      h.dispose();
    },
  );

  it('a whole code replaces what was typed; bare digits go in at the caret', async () => {
    const user = userEvent.setup();
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" autoSubmit={false} />, { wrapper: h.wrapper });
    await screen.findByText(/Sent to/);
    await user.type(codeInput(), '42');
    await user.paste('4 2');
    expect(codeInput()).toHaveValue('4242');
    await user.paste('Code: 123-456');
    expect(codeInput()).toHaveValue('123456');
    h.dispose();
  });

  it('says so, and keeps what was typed, when the paste holds no code', async () => {
    const user = userEvent.setup();
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" />, { wrapper: h.wrapper });
    await screen.findByText(/Sent to/);
    h.takeRequests();
    await user.type(codeInput(), '42');
    await user.paste('Call 201-555-0123 for your code');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No 6-digit code was found in that text. Type the code from the text message.',
    );
    expect(codeInput()).toHaveValue('42');
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
    expect(codeInput()).toHaveFocus();
    expect(h.takeRequests()).toEqual([]);
    // Typing on clears the message.
    await user.type(codeInput(), '4');
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(codeInput()).toHaveValue('424');
    h.dispose();
  });
});

describe('WebOTP', () => {
  it('is a no-op where the browser has no OTPCredential, even when asked for', async () => {
    const get = vi.fn(() => Promise.resolve(null));
    Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" webOtp />, { wrapper: h.wrapper });
    await screen.findByText(/Sent to/);
    expect(get).not.toHaveBeenCalled();
    h.dispose();
  });

  it('is off by default', async () => {
    const get = fakeWebOtp(() => new Promise(() => undefined));
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" />, { wrapper: h.wrapper });
    await screen.findByText(/Sent to/);
    expect(get).not.toHaveBeenCalled();
    h.dispose();
  });

  it('fills the code from the SMS and submits it', async () => {
    const get = fakeWebOtp(() => Promise.resolve({ type: 'otp', code: '424242' }));
    const onVerified = vi.fn();
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" webOtp onVerified={onVerified} />, { wrapper: h.wrapper });
    await waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
    expect(get).toHaveBeenCalledWith(expect.objectContaining({ otp: { transport: ['sms'] }, signal: expect.any(AbortSignal) }));
    expect(h.backend.snapshot().phoneNumbers[0]!.verification?.status).toBe('verified');
    h.dispose();
  });

  it('says so when the SMS the browser read holds no code', async () => {
    fakeWebOtp(() => Promise.resolve({ type: 'otp', code: 'Your code is on its way' }));
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" webOtp />, { wrapper: h.wrapper });
    expect(await screen.findByRole('alert')).toHaveTextContent('No 6-digit code was found in that text.');
    expect(codeInput()).toHaveValue('');
    h.dispose();
  });

  it('aborts the request on unmount', async () => {
    const get = fakeWebOtp(() => new Promise(() => undefined));
    const h = createHarness(server, pending(Date.now()));
    const view = render(<VerifyPhoneNumber phoneNumberId="idn_1" webOtp />, { wrapper: h.wrapper });
    await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    const signal = (get.mock.calls[0]![0] as { signal: AbortSignal }).signal;
    expect(signal.aborted).toBe(false);
    view.unmount();
    expect(signal.aborted).toBe(true);
    h.dispose();
  });
});

describe('clock-driven states (the provider’s `now`)', () => {
  it('counts the resend cooldown down, then enables resend and announces it', async () => {
    let clock = 1_000_000;
    const now = () => clock;
    const h = createHarness(server, { phoneNumbers: [{ id: 'idn_1', phoneNumber: '+12015550123' }], now }, { now });
    render(<VerifyPhoneNumber phoneNumberId="idn_1" />, { wrapper: h.wrapper });
    // No code yet: one is sent on mount, then the 30 s cooldown runs.
    const resend = await screen.findByRole('button', { name: 'Resend code in 30 s' });
    expect(resend).toHaveAttribute('aria-disabled', 'true');
    expect(h.backend.outbox).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('A code was sent to \u2066+1 201 555 0123\u2069.'));
    act(() => {
      clock += 13_000;
    });
    expect(await screen.findByRole('button', { name: 'Resend code in 17 s' })).toBeInTheDocument();
    act(() => {
      clock += 17_000;
    });
    const ready = await screen.findByRole('button', { name: 'Resend code' });
    expect(ready).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('status')).toHaveTextContent('You can now ask for a new code.');
    h.dispose();
  });

  it('pressing resend during the cooldown sends nothing', async () => {
    const user = userEvent.setup();
    const clock = 1_000_000;
    const now = () => clock;
    const h = createHarness(server, { phoneNumbers: [{ id: 'idn_1', phoneNumber: '+12015550123' }], now }, { now });
    render(<VerifyPhoneNumber phoneNumberId="idn_1" />, { wrapper: h.wrapper });
    await user.click(await screen.findByRole('button', { name: 'Resend code in 30 s' }));
    expect(h.backend.outbox).toHaveLength(1);
    h.dispose();
  });

  it('shows the expiry calmly, and a code that expires on screen waits for the user to ask for a new one', async () => {
    const user = userEvent.setup();
    let clock = 1_000_000;
    const now = () => clock;
    const h = createHarness(server, pending(clock, { now }), { now });
    render(<VerifyPhoneNumber phoneNumberId="idn_1" />, { wrapper: h.wrapper });
    const expiry = await screen.findByText('Code expires in 10:00');
    expect(expiry.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    expect(codeInput()).toHaveFocus();
    act(() => {
      clock += 600_000;
    });
    const getNewCode = await screen.findByRole('button', { name: 'Get a new code' });
    expect(screen.getByText('This code has expired and can no longer be used.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Verification code' })).not.toBeInTheDocument();
    // Focus follows the step's one action instead of falling to the page.
    expect(getNewCode).toHaveFocus();
    // Nothing was sent by itself.
    expect(h.backend.outbox).toHaveLength(0);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(h.backend.outbox).toHaveLength(1));
    await waitFor(() => expect(codeInput()).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Resend code in 30 s' })).toBeInTheDocument();
    h.dispose();
  });
});

// The lockout and its countdowns: the warning before the last try, the lockout as an error, one clock.
const LAST_ATTEMPT = 'One attempt left. After one more incorrect code, you will need a new code.';

describe('VerifyPhoneNumber lockout', () => {
  it('warns before the last allowed try, and shows the lockout as an error alert', async () => {
    const user = userEvent.setup();
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" />, { wrapper: h.wrapper });
    expect(await screen.findByText(/Sent to/)).toHaveTextContent('Sent to +1 201 555 0123');

    await user.type(codeInput(), '111111');
    // One wrong code of three: the field says so, with no warning yet.
    await screen.findByRole('alert');
    await expect.poll(() => codeInput()).toHaveValue('');
    expect(screen.queryByText(LAST_ATTEMPT)).not.toBeInTheDocument();

    await user.type(codeInput(), '222222');
    expect(await screen.findByText(LAST_ATTEMPT)).toBeInTheDocument();
    // Heard, not only seen: an alert, and part of what the field says when focus returns to it.
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(LAST_ATTEMPT);
    await waitFor(() => expect(codeInput()).toHaveFocus());
    expect(codeInput()).toHaveAccessibleDescription(expect.stringContaining(LAST_ATTEMPT));

    await user.type(codeInput(), '333333');
    const getNewCode = await screen.findByRole('button', { name: /^Get a new code/ });
    expect(screen.getByRole('alert')).toHaveTextContent('Too many incorrect codes were entered, so this code no longer works.');
    expect(screen.queryByText(LAST_ATTEMPT)).not.toBeInTheDocument();
    expect(getNewCode).toBeInTheDocument();
    h.dispose();
  });
});

describe('VerifyPhoneNumber rate limit', () => {
  it('a 429 with Retry-After: the text and the button count the same seconds', async () => {
    const user = userEvent.setup();
    let clock = 1_000_000;
    const now = () => clock;
    const h = createHarness(server, pending(clock, { now }), { now });
    server.use(
      http.post(`${h.backend.frontendApiUrl}/v1/me/phone_numbers/idn_1/prepare_verification`, () =>
        HttpResponse.json(
          { errors: [{ code: 'too_many_requests', message: 'Too many requests', long_message: 'Too many requests. Please wait 17 seconds.' }] },
          { status: 429, headers: { 'Retry-After': '17' } },
        ),
      ),
    );
    render(<VerifyPhoneNumber phoneNumberId="idn_1" />, { wrapper: h.wrapper });
    await user.click(await screen.findByRole('button', { name: 'Resend code' }));
    expect(await screen.findByRole('button', { name: 'Resend code in 17 s' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('You can ask for a new one in 17 seconds.');

    act(() => {
      clock += 5_000;
    });
    expect(await screen.findByRole('button', { name: 'Resend code in 12 s' })).toBeInTheDocument();
    expect(within(screen.getByRole('alert')).getByText(/in 12 seconds\.$/)).toBeInTheDocument();
    h.dispose();
  });
});
