/**
 * The "Authenticator app" section (`phone-number-kit/two-step`), on the reference backend, beside the demo's
 * authenticator app that shows the code for the secret. Play functions walk each state by keyboard only.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AuthenticatorAppSection } from '../src/two-step.ts';
import type { MemoryBackend } from '../src/testing/index.ts';
import { AuthenticatorAppDevice } from './support/AuthenticatorAppDevice.tsx';
import { besidePanels } from './support/besidePanels.tsx';
import { backendHandlers, KitDecorator, storyBackend, withBackend } from './support/backend.tsx';
import { sentence } from './support/sentence.ts';
import { activate, tabTo } from './support/keyboard.ts';

const meta = {
  title: 'Sections/AuthenticatorAppSection',
  component: AuthenticatorAppSection,
  decorators: [KitDecorator],
  parameters: { msw: backendHandlers },
  args: { applicationName: 'Acme', accountIdentifier: 'ada@example.com' },
  render: besidePanels(AuthenticatorAppSection, [AuthenticatorAppDevice]),
} satisfies Meta<typeof AuthenticatorAppSection>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Opens the setup step from the keyboard and waits for its code field. */
async function openSetup(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await activate(await canvas.findByRole('button', { name: 'Set up authenticator app' }));
  await waitFor(() => expect(canvas.getByRole('heading', { name: 'Set up your authenticator app' })).toHaveFocus());
  await canvas.findByRole('img', { name: 'QR code to scan with your authenticator app' }, { timeout: 10_000 });
  return canvas.findByLabelText('Code from your app');
}

/** A code the app does not show now (nor in the step before or after). */
function wrongCode(backend: MemoryBackend): string {
  return String((Number(backend.authenticatorCode()) + 500_000) % 1_000_000).padStart(6, '0');
}

export const Off: Story = {
  loaders: [withBackend()],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(sentence('Authenticator app is off.'));
    await tabTo(canvas.getByRole('button', { name: 'Set up authenticator app' }));
  },
};

/** The setup step: the QR code drawn in the page, the setup key in groups of four with Copy, the code field. */
export const Enrolling: Story = {
  loaders: [withBackend()],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await openSetup(canvasElement);
    await expect(canvas.getByRole('img', { name: 'QR code to scan with your authenticator app' }).tagName.toLowerCase()).toBe('svg');
    await tabTo(canvas.getByRole('button', { name: 'Copy setup key' }));
    await tabTo(field);
    await expect(within(canvas.getByRole('complementary', { name: 'Authenticator app' })).getByTestId('authenticator-code')).toHaveTextContent(/^\d{6}$/);
  },
};

/** A wrong code: the message, and the digits stay in the field, selected, so the next digit replaces them. */
export const WrongCode: Story = {
  loaders: [withBackend()],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    const field = (await openSetup(canvasElement)) as HTMLInputElement;
    await tabTo(field);
    const wrong = wrongCode(backend);
    await userEvent.keyboard(wrong);
    await canvas.findByText('That code didn’t work. Codes change every 30 seconds: enter the one your app shows now.');
    await waitFor(() => expect(field).toHaveFocus());
    await expect(field).toHaveValue(wrong);
    await expect(backend.snapshot().authenticatorApp).toEqual({ verified: false });
  },
};

/** The whole setup by keyboard, with the code the demo's app shows; backup codes once; then on. */
export const EnrollByKeyboard: Story = {
  loaders: [withBackend()],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    const field = await openSetup(canvasElement);
    await tabTo(field);
    await userEvent.keyboard(backend.authenticatorCode()!);
    await canvas.findByRole('heading', { name: 'Backup codes' });
    await tabTo(canvas.getByRole('checkbox', { name: 'I have saved these codes' }));
    await userEvent.keyboard(' ');
    await activate(canvas.getByRole('button', { name: 'Done' }));
    const status = await canvas.findByText(sentence('Authenticator app is on. When you sign in, we ask for a code from your app.'));
    await waitFor(() => expect(status).toHaveFocus());
    await expect(backend.snapshot().authenticatorApp).toEqual({ verified: true });
  },
};

export const On: Story = {
  loaders: [withBackend({ totpEnabled: true })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(sentence('Authenticator app is on. When you sign in, we ask for a code from your app.'));
    await tabTo(canvas.getByRole('button', { name: 'Remove authenticator app' }));
  },
};

/** Removing asks first and says what changes: here SMS stays, so sign-in texts the default number instead. */
export const RemoveConfirmation: Story = {
  loaders: [withBackend({ totpEnabled: true, phoneNumbers: [{ id: 'idn_home', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true }] })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await activate(await canvas.findByRole('button', { name: 'Remove authenticator app' }));
    const confirm = await canvas.findByRole('region', { name: 'Remove authenticator app?' });
    await waitFor(() => expect(within(confirm).getByRole('heading', { name: 'Remove authenticator app?' })).toHaveFocus());
    await expect(within(confirm).getByText(sentence('We will text a code to +1 201 555 0100 instead.'))).toBeVisible();
    await activate(within(confirm).getByRole('button', { name: 'Remove authenticator app' }));
    const status = await canvas.findByText(sentence('Authenticator app is off.'));
    await waitFor(() => expect(status).toHaveFocus());
    await waitFor(() => expect(backend.snapshot().authenticatorApp).toBeNull());
  },
};
