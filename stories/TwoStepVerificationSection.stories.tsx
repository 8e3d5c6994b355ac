/**
 * The whole "Two-step verification" card (`phone-number-kit/two-step`): every factor and, truthfully, which one
 * sign-in asks for first. Beside it the demo's SMS outbox and authenticator app. Keyboard play functions.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TwoStepVerificationSection } from '../src/two-step.ts';
import { AuthenticatorAppDevice } from './support/AuthenticatorAppDevice.tsx';
import { besidePanels } from './support/besidePanels.tsx';
import { backendHandlers, KitDecorator, storyBackend, withBackend } from './support/backend.tsx';
import { SmsOutbox } from './support/SmsOutbox.tsx';
import { sentence } from './support/sentence.ts';
import { activate, tabTo } from './support/keyboard.ts';

const HOME = { id: 'idn_home', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true };

const meta = {
  title: 'Sections/TwoStepVerificationSection',
  component: TwoStepVerificationSection,
  decorators: [KitDecorator],
  parameters: { msw: backendHandlers },
  args: { applicationName: 'Acme', accountIdentifier: 'ada@example.com' },
  render: besidePanels(TwoStepVerificationSection, [AuthenticatorAppDevice, SmsOutbox]),
} satisfies Meta<typeof TwoStepVerificationSection>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Off: Story = {
  loaders: [withBackend({ phoneNumbers: [{ id: 'idn_home', phoneNumber: '+12015550100', verified: true }] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(sentence('Two-step verification is off.'));
    await tabTo(canvas.getByRole('button', { name: 'Set up authenticator app' }));
    await tabTo(canvas.getByRole('switch', { name: 'Use +1 201 555 0100 for sign-in codes' }));
  },
};

/** SMS only: sign-in texts the default number first. */
export const SmsOnly: Story = {
  loaders: [withBackend({ phoneNumbers: [HOME] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(sentence('When you sign in, we text a code to +1 201 555 0100 first.'));
    const sms = canvas.getByRole('heading', { name: /^Text message \(SMS\)/ });
    await expect(sms).toHaveTextContent('Used first');
    await tabTo(canvas.getByRole('button', { name: 'Set up authenticator app' }));
  },
};

/** Both on: the authenticator app is asked for first; the SMS default is only the fallback among numbers. */
export const TotpAndSmsOn: Story = {
  loaders: [withBackend({ totpEnabled: true, phoneNumbers: [HOME] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(sentence('When you sign in, we ask for a code from your authenticator app first.'));
    await expect(canvas.getByText(sentence('If you can’t use your authenticator app, we text a code to +1 201 555 0100.'))).toBeVisible();
    await expect(canvas.getByRole('heading', { name: /^Authenticator app/, level: 3 })).toHaveTextContent('Used first');
    await expect(canvas.getByRole('heading', { name: /^Text message \(SMS\)/ })).not.toHaveTextContent('Used first');
    await tabTo(canvas.getByRole('button', { name: 'Remove authenticator app' }));
  },
};

/** Enroll from the two-step card by keyboard: the order sentence then names the authenticator app first. */
export const EnrollWithSmsOn: Story = {
  loaders: [withBackend({ phoneNumbers: [HOME] })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await activate(await canvas.findByRole('button', { name: 'Set up authenticator app' }));
    const field = await canvas.findByLabelText('Code from your app', {}, { timeout: 10_000 });
    await tabTo(field);
    await userEvent.keyboard(backend.authenticatorCode()!);
    await canvas.findByText(sentence('When you sign in, we ask for a code from your authenticator app first.'));
    await waitFor(() => expect(backend.snapshot().authenticatorApp).toEqual({ verified: true }));
  },
};

/** `factors={['totp']}`: only the authenticator app is listed. */
export const OnlyAuthenticatorApp: Story = {
  args: { factors: ['totp'] },
  loaders: [withBackend({ phoneNumbers: [HOME] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Your ways to verify' });
    await expect(within(list).getAllByRole('listitem', { hidden: false }).filter((item) => item.parentElement === list)).toHaveLength(1);
    await tabTo(canvas.getByRole('button', { name: 'Set up authenticator app' }));
  },
};
