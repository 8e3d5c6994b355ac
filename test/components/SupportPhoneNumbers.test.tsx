/** SupportPhoneNumbers: every change waits for a confirmation naming the user and the number, then is one request. */
import { afterEach, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SupportPhoneNumbers } from '../../src/components/SupportPhoneNumbers/SupportPhoneNumbers.tsx';
import { adminPhoneNumber, adminUser } from '../support/fakeSupportServer.ts';
import { createSupportHarness } from '../support/supportHarness.tsx';

let harness: ReturnType<typeof createSupportHarness>;
afterEach(() => harness.dispose());

function renderNumbers() {
  const mobile = adminPhoneNumber({
    id: 'idn_mobile',
    phoneNumber: '+12015550123',
    verificationStatus: 'unverified',
    verificationAttempts: 2,
    linkedTo: [{ type: 'oauth_google', id: 'idn_g' }],
  });
  const home = adminPhoneNumber({ id: 'idn_home', phoneNumber: '+12015550199', primary: true, reservedForSecondFactor: true, defaultSecondFactor: true });
  harness = createSupportHarness({ users: [adminUser({ primaryPhoneNumberId: 'idn_home', twoFactorEnabled: true, phoneNumbers: [home, mobile] })] });
  const view = render(<SupportPhoneNumbers userId="user_ada" />, { wrapper: harness.wrapper });
  return { view, user: userEvent.setup() };
}

it('shows each number with its badges, attempts and linked identities', async () => {
  renderNumbers();
  const list = await screen.findByRole('list', { name: "Ada Lovelace's phone numbers" });
  const [home, mobile] = within(list).getAllByRole('listitem');
  expect(home).toHaveTextContent('+1 201 555 0199VerifiedPrimaryDefault for sign-in codesTwo-step');
  expect(mobile).toHaveTextContent('Unverified');
  expect(mobile).toHaveTextContent('2 wrong codes for the current code · Linked to oauth_google');
  expect(harness.server.takeRequests()).toEqual(['GET /users/user_ada']);
});

it('marks a number verified after a confirmation naming the user and the number: one request, the list redrawn', async () => {
  const { view, user } = renderNumbers();
  const group = await screen.findByRole('group', { name: 'Changes to +1 201 555 0123' });
  harness.server.takeRequests();
  await user.click(within(group).getByRole('button', { name: 'Mark verified' }));
  const title = screen.getByRole('heading', { name: 'Mark +1 201 555 0123 verified for Ada Lovelace?' });
  expect(title).toHaveFocus();
  expect(view.container.firstElementChild).toHaveAttribute('data-state', 'confirming');
  expect(harness.server.takeRequests()).toEqual([]);
  await user.click(screen.getByRole('button', { name: 'Mark verified' }));
  expect(await screen.findByRole('status')).toHaveTextContent('+1 201 555 0123 is verified.');
  expect(harness.server.takeRequests()).toEqual(['PATCH /phone_numbers/idn_mobile']);
  const mobile = within(screen.getByRole('list')).getAllByRole('listitem')[1]!;
  expect(mobile).toHaveAttribute('data-status', 'verified');
  expect(mobile).toHaveFocus();
});

it('Cancel sends nothing and hands focus back to the row', async () => {
  const { user } = renderNumbers();
  const group = await screen.findByRole('group', { name: 'Changes to +1 201 555 0199' });
  harness.server.takeRequests();
  await user.click(within(group).getByRole('button', { name: 'Remove' }));
  expect(screen.getByRole('heading', { name: 'Remove +1 201 555 0199 from Ada Lovelace?' })).toHaveFocus();
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(within(screen.getByRole('list')).getAllByRole('listitem')[0]).toHaveFocus();
  expect(harness.server.takeRequests()).toEqual([]);
});

it('adds a verified number used for two-step after confirming what it adds', async () => {
  const { user } = renderNumbers();
  await user.click(await screen.findByRole('button', { name: 'Add a number' }));
  const form = screen.getByRole('form', { name: 'Add a number for Ada Lovelace' });
  await user.type(within(form).getByLabelText('Phone number'), '+44 7400 123456');
  await user.click(within(form).getByLabelText('Already verified (the caller proved they hold it)'));
  await user.click(within(form).getByLabelText('Use for two-step verification'));
  harness.server.takeRequests();
  await user.click(within(form).getByRole('button', { name: 'Add number' }));
  expect(screen.getByRole('heading', { name: 'Add +44 7400 123456 to Ada Lovelace?' })).toBeInTheDocument();
  expect(screen.getByText('Added as: verified, used for two-step.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Add number' }));
  expect(await screen.findByRole('status')).toHaveTextContent('+44 7400 123456 was added.');
  expect(harness.server.takeRequests()).toEqual(['POST /users/user_ada/phone_numbers']);
  expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3);
});

it('a refused change shows why in the confirmation, which stays open for another try', async () => {
  const { user } = renderNumbers();
  const group = await screen.findByRole('group', { name: 'Changes to +1 201 555 0199' });
  await user.click(within(group).getByRole('button', { name: 'Stop using for two-step' }));
  harness.server.answerNextWith(new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'slow' } }), { status: 429, headers: { 'retry-after': '9' } }));
  await user.click(screen.getByRole('button', { name: 'Stop using it' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Too many requests. Wait 9 seconds and try again.');
  expect(screen.getByRole('heading', { name: 'Stop using +1 201 555 0199 for two-step verification for Ada Lovelace?' })).toBeInTheDocument();
});
