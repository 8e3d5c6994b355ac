/** SupportResetTwoStep: the confirmation says what is reset; the reset is one request; then it says "off". */
import { afterEach, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SupportResetTwoStep } from '../../src/components/SupportResetTwoStep/SupportResetTwoStep.tsx';
import { de } from '../../src/i18n/locales/de.ts';
import { adminPhoneNumber, adminUser } from '../support/fakeSupportServer.ts';
import { createSupportHarness } from '../support/supportHarness.tsx';

let harness: ReturnType<typeof createSupportHarness>;
afterEach(() => harness.dispose());

const lockedOut = adminUser({
  twoFactorEnabled: true,
  totpEnabled: true,
  backupCodeEnabled: true,
  phoneNumbers: [adminPhoneNumber({ id: 'idn_1', phoneNumber: '+12015550123', reservedForSecondFactor: true, defaultSecondFactor: true })],
});

it('names every factor it turns off, resets in one request, and moves focus to the new status', async () => {
  harness = createSupportHarness({ users: [lockedOut] });
  const view = render(<SupportResetTwoStep userId="user_ada" />, { wrapper: harness.wrapper });
  const user = userEvent.setup();
  const status = () => view.container.querySelector('.pnk-support-reset-two-step__status');
  await waitFor(() =>
    expect(status()).toHaveTextContent("Ada Lovelace's two-step verification is on: text messages to +1 201 555 0123, an authenticator app, and backup codes."),
  );
  harness.server.takeRequests();
  await user.click(screen.getByRole('button', { name: 'Reset two-step verification' }));
  expect(screen.getByRole('heading', { name: 'Reset two-step verification for Ada Lovelace?' })).toHaveFocus();
  expect(view.container.querySelector('.pnk-confirm__body')).toHaveTextContent(
    /This turns off every second factor: text messages to \+1 201 555 0123, an authenticator app, and backup codes\./,
  );
  await user.click(screen.getByRole('button', { name: 'Reset two-step verification' }));
  await waitFor(() => expect(status()).toHaveTextContent("Ada Lovelace's two-step verification is off. There is nothing to reset."));
  expect(status()).toHaveFocus();
  expect(view.container.firstElementChild).toHaveAttribute('data-state', 'off');
  expect(harness.server.takeRequests()).toEqual(['DELETE /users/user_ada/mfa']);
});

it('says there is nothing to reset, in German too', async () => {
  harness = createSupportHarness({ users: [adminUser()] }, { locale: 'de', messages: de });
  const view = render(<SupportResetTwoStep userId="user_ada" />, { wrapper: harness.wrapper });
  await waitFor(() =>
    expect(view.container.querySelector('.pnk-support-reset-two-step__status')).toHaveTextContent('Die Zwei-Schritt-Verifizierung von Ada Lovelace ist aus. Es gibt nichts zurückzusetzen.'),
  );
  expect(screen.queryByRole('button')).toBeNull();
});
