/** SupportVerifyCaller: send → wrong code (attempts left) → right code, and locked after too many; one request each. */
import { afterEach, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SupportVerifyCaller } from '../../src/components/SupportVerifyCaller/SupportVerifyCaller.tsx';
import { adminPhoneNumber, adminUser } from '../support/fakeSupportServer.ts';
import { createSupportHarness } from '../support/supportHarness.tsx';

let harness: ReturnType<typeof createSupportHarness>;
afterEach(() => harness.dispose());

function renderVerify(attempts = 3) {
  const numbers = [
    adminPhoneNumber({ id: 'idn_a', phoneNumber: '+12015550123', primary: true }),
    adminPhoneNumber({ id: 'idn_b', phoneNumber: '+12015550199', verificationStatus: null }),
  ];
  harness = createSupportHarness({ users: [adminUser({ phoneNumbers: numbers })], attempts });
  const view = render(<SupportVerifyCaller userId="user_ada" />, { wrapper: harness.wrapper });
  return { view, user: userEvent.setup(), root: () => view.container.firstElementChild };
}

it('sends to the picked number, says how many tries are left after a wrong code, then verifies', async () => {
  const { user, root } = renderVerify();
  await user.click(await screen.findByRole('radio', { name: /\+1 201 555 0199/ }));
  harness.server.takeRequests();
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  expect(await screen.findByText(/Code sent to/)).toHaveTextContent('Code sent to +1 201 555 0199. Ask the caller to read it to you.');
  expect(root()).toHaveAttribute('data-state', 'sent');
  const field = screen.getByLabelText('Code the caller reads');
  expect(field).toHaveFocus();
  await user.keyboard('111111{Enter}');
  expect(await screen.findByText('That code is wrong.')).toBeInTheDocument();
  expect(screen.getByText('2 attempts left.')).toBeInTheDocument();
  expect(field).toHaveAccessibleDescription('6 digits. That code is wrong. 2 attempts left.');
  await user.keyboard('424242{Enter}');
  expect(await screen.findByText(/Caller verified/)).toHaveTextContent('Caller verified: they hold +1 201 555 0199.');
  expect(root()).toHaveAttribute('data-state', 'verified');
  expect(harness.server.takeRequests()).toEqual([
    'POST /phone_numbers/idn_b/send_code',
    'POST /phone_numbers/idn_b/check_code',
    'POST /phone_numbers/idn_b/check_code',
  ]);
});

it('an incomplete code is not sent', async () => {
  const { user } = renderVerify();
  await user.click(await screen.findByRole('button', { name: 'Send code' }));
  await screen.findByLabelText('Code the caller reads');
  harness.server.takeRequests();
  await user.keyboard('424{Enter}');
  expect(await screen.findByText('Enter all 6 digits.')).toBeInTheDocument();
  expect(harness.server.takeRequests()).toEqual([]);
});

it('locks after the last wrong code and offers a new one', async () => {
  const { user, root } = renderVerify(1);
  await user.click(await screen.findByRole('button', { name: 'Send code' }));
  await screen.findByLabelText('Code the caller reads');
  await user.keyboard('111111{Enter}');
  expect(await screen.findByRole('alert')).toHaveTextContent('Too many wrong codes: this code no longer works. Send a new code to try again.');
  expect(root()).toHaveAttribute('data-state', 'locked');
  expect(screen.getByRole('button', { name: 'Send a new code' })).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(await screen.findByLabelText('Code the caller reads')).toBeInTheDocument();
  expect(root()).toHaveAttribute('data-state', 'sent');
});
