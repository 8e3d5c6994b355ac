/**
 * The account-settings list of phone numbers, on the reference backend (every SMS code is 424242), beside the
 * SMS outbox. Flows are walked with the keyboard only.
 */
import type { Loader, Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PhoneNumbersSection } from '../src/components/PhoneNumbersSection/PhoneNumbersSection.tsx';
import type { Verification } from '../src/model/types.ts';
import type { MemoryBackendOptions } from '../src/testing/index.ts';
import { besidePanels } from './support/besidePanels.tsx';
import { backendHandlers, KitDecorator, STORY_API_URL, storyBackend, withBackend } from './support/backend.tsx';
import { SmsOutbox } from './support/SmsOutbox.tsx';
import { activate, tabTo } from './support/keyboard.ts';
import { chooseFromMenu, rowOf } from './support/phoneNumberRows.ts';
import { heldAnswer } from './support/heldAnswer.ts';

const LIST_URL = `${STORY_API_URL}/v1/me/phone_numbers`;
const MINUTE = 60_000;

/** A backend whose seeds are made at load time, so "live" and "expired" codes are relative to now. */
function withFreshBackend(options: () => MemoryBackendOptions): Loader {
  return (context) => withBackend(options())(context);
}

function otp(status: string, expireInMs: number, attempts = 0): Verification {
  return { object: 'verification_otp', status, strategy: 'phone_code', attempts, expireAt: Date.now() + expireInMs };
}

const clerkError = (status: number, code: string, message: string) =>
  HttpResponse.json({ errors: [{ code, message, long_message: message, meta: {} }] }, { status });

const meta = {
  title: 'Sections/PhoneNumbersSection',
  component: PhoneNumbersSection,
  decorators: [KitDecorator],
  parameters: { msw: backendHandlers },
  args: { defaultCountry: 'US' },
  render: besidePanels(PhoneNumbersSection, [SmsOutbox], 'list'),
} satisfies Meta<typeof PhoneNumbersSection>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  loaders: [withBackend()],
  parameters: { msw: [http.get(LIST_URL, () => delay('infinite')), ...backendHandlers] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const section = canvas.getByRole('region', { name: 'Phone numbers' });
    await expect(section).toHaveAttribute('data-state', 'loading');
    await expect(section).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getAllByRole('status').map((status) => status.textContent)).toContain('Loading phone numbers…');
    await expect(canvas.queryByRole('list')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Add phone number' })).toBeNull();
  },
};

export const Empty: Story = {
  loaders: [withBackend()],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('No phone numbers yet');
    await expect(canvas.getByRole('region', { name: 'Phone numbers' })).toHaveAttribute('data-state', 'empty');
    await expect(canvas.getByRole('button', { name: 'Add phone number' })).toBeVisible();
  },
};

export const OneVerified: Story = {
  args: { primaryPhoneNumberId: 'idn_primary' },
  loaders: [withBackend({ phoneNumbers: [{ id: 'idn_primary', phoneNumber: '+12015550100', verified: true }] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('+1 201 555 0100');
    const row = within(rowOf(canvas, '+1 201 555 0100'));
    await expect(row.getByText('Primary')).toBeVisible();
    await expect(row.queryByText('Unverified')).toBeNull();
    await expect(row.getByRole('button', { name: 'Actions for +1 201 555 0100' })).toBeVisible();
  },
};

export const ManyNumbers: Story = {
  args: { primaryPhoneNumberId: 'idn_home' },
  loaders: [
    withFreshBackend(() => ({
      phoneNumbers: [
        { id: 'idn_home', phoneNumber: '+12015550100', verified: true, createdAt: 1 },
        { id: 'idn_mobile', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true, createdAt: 2 },
        { id: 'idn_spare', phoneNumber: '+12015550102', verified: true, reservedForSecondFactor: true, createdAt: 3 },
        { id: 'idn_london', phoneNumber: '+447400123456', verified: true, linkedTo: [{ type: 'oauth_google', id: 'idn_google' }], createdAt: 4 },
        { id: 'idn_paris', phoneNumber: '+33142685300', verified: true, createdAt: 5 },
        { id: 'idn_berlin', phoneNumber: '+4915123456789', verification: otp('unverified', 9 * MINUTE), createdAt: 6 },
        { id: 'idn_tokyo', phoneNumber: '+819012345678', verification: otp('expired', -MINUTE), createdAt: 7 },
        { id: 'idn_sydney', phoneNumber: '+61412345678', verification: otp('failed', 5 * MINUTE, 3), createdAt: 8 },
        { id: 'idn_new', phoneNumber: '+12015550109', verification: null, createdAt: 9 },
      ],
    })),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('+1 201 555 0101');
    const rows = within(canvas.getByRole('list', { name: 'Phone numbers' })).getAllByRole('listitem');
    // The primary first, then as the hook sorts them: default two-step, other two-step, verified, unverified.
    await expect(rows.map((row) => row.querySelector('.pnk-phone-numbers-section__number')?.textContent)).toEqual([
      '+1 201 555 0100',
      '+1 201 555 0101',
      '+1 201 555 0102',
      '+44 7400 123456',
      '+33 1 42 68 53 00',
      '+49 1512 3456789',
      '+81 90 1234 5678',
      '+61 412 345 678',
      '+1 201 555 0109',
    ]);
    // One badge vocabulary: Primary, Default for sign-in codes, Unverified (two-step use is not this list's business).
    await expect(within(rows[0]!).getByText('Primary')).toBeVisible();
    await expect(within(rows[1]!).getByText('Default for sign-in codes')).toBeVisible();
    await expect(canvas.queryByText('Two-step')).toBeNull();
    await expect(canvas.getAllByText('Unverified')).toHaveLength(4);
    await expect(within(rows[6]!).getByText('The last code expired.')).toBeVisible();
    await expect(within(rows[7]!).getByText('Too many incorrect codes were entered.')).toBeVisible();
  },
};

/** Verifies an unverified seeded number from its row menu: the code step opens under the row. */
function verifyFromMenuPlay(formatted: string, expectNewSms: boolean): Story['play'] {
  return async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    const trigger = await chooseFromMenu(canvas, formatted, 'Verify');
    const code = await canvas.findByLabelText('Verification code');
    await waitFor(() => expect(code).toHaveFocus());
    await expect(rowOf(canvas, formatted)).toHaveAttribute('data-state', 'verifying');
    if (expectNewSms) await waitFor(() => expect(backend.outbox).toHaveLength(1));
    else await expect(backend.outbox).toHaveLength(0);
    await userEvent.keyboard('424242');
    await waitFor(() => expect(canvas.queryByLabelText('Verification code')).toBeNull());
    await expect(within(rowOf(canvas, formatted)).queryByText('Unverified')).toBeNull();
    await expect(canvas.getByText('Phone number verified', { selector: '.pnk-phone-numbers-section > .pnk-live-region' })).toBeInTheDocument();
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(backend.snapshot().phoneNumbers.find((p) => p.id === 'idn_target')?.verification?.status).toBe('verified');
  };
}

export const UnverifiedLiveCode: Story = {
  loaders: [withFreshBackend(() => ({ phoneNumbers: [{ id: 'idn_target', phoneNumber: '+12015550123', verification: otp('unverified', 9 * MINUTE) }] }))],
  play: verifyFromMenuPlay('+1 201 555 0123', false),
};

export const VerificationExpired: Story = {
  loaders: [withFreshBackend(() => ({ phoneNumbers: [{ id: 'idn_target', phoneNumber: '+12015550123', verification: otp('expired', -MINUTE) }] }))],
  play: verifyFromMenuPlay('+1 201 555 0123', true),
};

export const VerificationFailed: Story = {
  loaders: [withFreshBackend(() => ({ phoneNumbers: [{ id: 'idn_target', phoneNumber: '+12015550123', verification: otp('failed', 5 * MINUTE, 3) }] }))],
  play: verifyFromMenuPlay('+1 201 555 0123', true),
};

export const VerifyFromMenu: Story = {
  loaders: [
    withBackend({
      phoneNumbers: [
        { phoneNumber: '+12015550100', verified: true },
        { id: 'idn_target', phoneNumber: '+12015550123', verification: null },
      ],
    }),
  ],
  play: verifyFromMenuPlay('+1 201 555 0123', true),
};

const listRequests = { count: 0 };

export const ListError500: Story = {
  loaders: [
    withBackend(),
    async () => {
      listRequests.count = 0;
      return {};
    },
  ],
  parameters: {
    msw: [
      http.get(LIST_URL, () => {
        listRequests.count++;
        return clerkError(500, 'internal_clerk_error', 'There was an internal error on our servers.');
      }),
      ...backendHandlers,
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Your phone numbers could not be loaded.');
    await expect(alert).toHaveTextContent('The server could not complete the request. Please try again later.');
    await expect(canvas.getByRole('region', { name: 'Phone numbers' })).toHaveAttribute('data-state', 'error');
    await activate(canvas.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(listRequests.count).toBe(2));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The server could not complete the request.');
  },
};

export const ListNetworkDown: Story = {
  loaders: [withBackend()],
  parameters: { msw: [http.get(LIST_URL, () => HttpResponse.error()), ...backendHandlers] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You appear to be offline. Check your connection and try again.');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

export const MalformedResponse: Story = {
  loaders: [withBackend()],
  parameters: { msw: [http.get(LIST_URL, () => HttpResponse.json({ phone_numbers: 'not a list' })), ...backendHandlers] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The server sent an unexpected answer. Please try again later.');
  },
};

export const AddFlow: Story = {
  loaders: [withBackend({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }] })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await canvas.findByText('+1 201 555 0100');
    await activate(canvas.getByRole('button', { name: 'Add phone number' }));
    const field = await canvas.findByLabelText('Phone number');
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.keyboard('2015550123{Enter}');
    const code = await canvas.findByLabelText('Verification code');
    await waitFor(() => expect(code).toHaveFocus());
    // The new number is listed, unverified, as soon as it exists.
    await expect(within(rowOf(canvas, '+1 201 555 0123')).getByText('Unverified')).toBeVisible();
    await waitFor(() => expect(backend.outbox).toHaveLength(1));
    await userEvent.keyboard('424242');
    await waitFor(() => expect(canvas.queryByLabelText('Verification code')).toBeNull());
    await expect(within(rowOf(canvas, '+1 201 555 0123')).queryByText('Unverified')).toBeNull();
    await expect(canvas.getByText('Phone number added and verified')).toBeInTheDocument();
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Add phone number' })).toHaveFocus());
    const added = backend.snapshot().phoneNumbers.find((p) => p.phoneNumber === '+12015550123');
    await expect(added?.verification?.status).toBe('verified');
    await expect(backend.snapshot().phoneNumbers).toHaveLength(2);
  },
};

export const AddChangeNumber: Story = {
  loaders: [withBackend({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('+1 201 555 0100');
    await activate(canvas.getByRole('button', { name: 'Add phone number' }));
    await waitFor(() => expect(canvas.getByLabelText('Phone number')).toHaveFocus());
    await userEvent.keyboard('2015550123{Enter}');
    await waitFor(() => expect(canvas.getByLabelText('Verification code')).toHaveFocus());
    // "Change number" (just before the code field) goes back to the add form.
    await userEvent.tab({ shift: true });
    await expect(canvas.getByRole('button', { name: 'Change number' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByLabelText('Phone number')).toHaveFocus());
    await expect(canvas.queryByLabelText('Verification code')).toBeNull();
    // Cancel hands focus back to the Add button; the number stays listed, unverified, as on the server.
    await activate(canvas.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Add phone number' })).toHaveFocus());
    await expect(within(rowOf(canvas, '+1 201 555 0123')).getByText('Unverified')).toBeVisible();
  },
};

export const AddDuplicate: Story = {
  loaders: [withBackend({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }], takenPhoneNumbers: ['+12015550123'] })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('+1 201 555 0100');
    await activate(canvas.getByRole('button', { name: 'Add phone number' }));
    const field = await canvas.findByLabelText('Phone number');
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.keyboard('2015550123{Enter}');
    await waitFor(() => expect(field).toHaveAccessibleDescription(/already in use/));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // What the user typed stays, as the field formats it.
    await expect(field).toHaveValue('+1 201 555 0123');
    await expect(canvas.queryByText('+1 201 555 0123')).toBeNull();
    await expect(storyBackend(loaded).snapshot().phoneNumbers).toHaveLength(1);
  },
};

export const RemoveWarnsTwoStep: Story = {
  loaders: [
    withBackend({
      phoneNumbers: [
        { id: 'idn_default', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true, createdAt: 1 },
        { id: 'idn_backup', phoneNumber: '+12015550102', verified: true, reservedForSecondFactor: true, createdAt: 2 },
        { id: 'idn_home', phoneNumber: '+12015550100', verified: true, createdAt: 3 },
      ],
    }),
  ],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await chooseFromMenu(canvas, '+1 201 555 0101', 'Remove');
    const panel = await canvas.findByRole('region', { name: 'Remove phone number' });
    await waitFor(() => expect(within(panel).getByRole('heading', { name: 'Remove phone number' })).toHaveFocus());
    await expect(panel).toHaveTextContent('+1 201 555 0101 will be removed from your account.');
    await expect(panel).toHaveTextContent('This number is used for two-step verification.');
    await expect(panel).toHaveTextContent('This is your default two-step verification number.');
    await expect(panel).not.toHaveTextContent('Two-step verification will be turned off');
    await userEvent.tab();
    await expect(within(panel).getByRole('button', { name: 'Remove' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.queryByText('+1 201 555 0101')).toBeNull());
    await expect(canvas.getByRole('heading', { name: 'Phone numbers' })).toHaveFocus();
    await waitFor(() => expect(canvas.getByText('Phone number removed')).toBeInTheDocument());
    const left = backend.snapshot().phoneNumbers;
    await expect(left.map((p) => p.id).sort()).toEqual(['idn_backup', 'idn_home']);
    await expect(left.find((p) => p.id === 'idn_backup')?.defaultSecondFactor).toBe(true);
    // The heir's badge follows once the list is read back.
    await waitFor(() => expect(within(rowOf(canvas, '+1 201 555 0102')).getByText('Default for sign-in codes')).toBeVisible());
  },
};

export const RemoveLastTwoStep: Story = {
  loaders: [
    withBackend({
      phoneNumbers: [
        { phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true },
        { phoneNumber: '+12015550100', verified: true },
      ],
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await chooseFromMenu(canvas, '+1 201 555 0101', 'Remove');
    const panel = await canvas.findByRole('region', { name: 'Remove phone number' });
    await expect(panel).toHaveTextContent('Two-step verification will be turned off.');
    await expect(panel).not.toHaveTextContent('Another two-step number will become the default.');
  },
};

export const RemoveCancel: Story = {
  loaders: [withBackend({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }, { phoneNumber: '+12015550123', verified: true }] })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    // Escape closes the card and hands focus back to the row's menu button.
    let trigger = await chooseFromMenu(canvas, '+1 201 555 0123', 'Remove');
    await canvas.findByRole('region', { name: 'Remove phone number' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('region', { name: 'Remove phone number' })).toBeNull());
    await expect(trigger).toHaveFocus();
    // So does the Cancel button.
    trigger = await chooseFromMenu(canvas, '+1 201 555 0123', 'Remove');
    const panel = await canvas.findByRole('region', { name: 'Remove phone number' });
    await activate(within(panel).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(canvas.queryByRole('region', { name: 'Remove phone number' })).toBeNull();
    await expect(storyBackend(loaded).snapshot().phoneNumbers).toHaveLength(2);
  },
};

/** The refusal, held back while RemoveFails checks that the row left. */
const removeFailsAnswer = heldAnswer();

const failDelete = async ({ request }: { request: Request }) => {
  const method = new URL(request.url).searchParams.get('_method') ?? request.method;
  if (method !== 'DELETE') return undefined;
  // Long enough to see the row leave before it comes back (the play function holds it until it has checked).
  await Promise.all([delay(400), removeFailsAnswer.wait()]);
  return clerkError(500, 'internal_clerk_error', 'There was an internal error on our servers.');
};

export const RemoveFails: Story = {
  loaders: [withBackend({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }, { phoneNumber: '+12015550123', verified: true }] })],
  parameters: {
    msw: [http.post(`${LIST_URL}/:id`, failDelete), http.delete(`${LIST_URL}/:id`, failDelete), ...backendHandlers],
  },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await chooseFromMenu(canvas, '+1 201 555 0123', 'Remove');
    const panel = await canvas.findByRole('region', { name: 'Remove phone number' });
    await tabTo(within(panel).getByRole('button', { name: 'Remove' }));
    removeFailsAnswer.hold();
    await userEvent.keyboard('{Enter}');
    // Gone at once, back when the server refuses.
    await waitFor(() => expect(canvas.queryByText('+1 201 555 0123')).toBeNull());
    removeFailsAnswer.release();
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('+1 201 555 0123 could not be removed.');
    await expect(alert).toHaveTextContent('The server could not complete the request. Please try again later.');
    await expect(rowOf(canvas, '+1 201 555 0123')).toContainElement(alert);
    await expect(canvas.queryByText('Phone number removed')).toBeNull();
    await expect(storyBackend(loaded).snapshot().phoneNumbers).toHaveLength(2);
  },
};
