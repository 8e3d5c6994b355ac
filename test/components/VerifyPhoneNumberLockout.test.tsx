/** The code step's lockout and its countdowns: the warning before the last try, the lockout as an error, one clock. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { VerifyPhoneNumber } from '../../src/components/VerifyPhoneNumber/VerifyPhoneNumber.tsx';
import type { MemoryBackendOptions } from '../../src/testing/index.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
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

const codeInput = () => screen.getByRole('textbox', { name: 'Verification code' });
const LAST_ATTEMPT = 'One attempt left. After one more incorrect code, you will need a new code.';

describe('VerifyPhoneNumber lockout', () => {
  it('warns before the last allowed try, and shows the lockout as an error alert', async () => {
    const user = userEvent.setup();
    const h = createHarness(server, pending(Date.now()));
    render(<VerifyPhoneNumber phoneNumberId="idn_1" />, { wrapper: h.wrapper });
    await screen.findByText('Sent to \u2066+1 201 555 0123\u2069');

    await user.type(codeInput(), '111111');
    // One wrong code of three: the field says so, with no warning yet.
    await screen.findByRole('alert');
    await expect.poll(() => codeInput()).toHaveValue('');
    expect(screen.queryByText(LAST_ATTEMPT)).not.toBeInTheDocument();

    await user.type(codeInput(), '222222');
    expect(await screen.findByText(LAST_ATTEMPT)).toBeInTheDocument();

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
