/**
 * The demo a reviewer plays with (`npm start` opens it): both sections on one account-settings page, on the
 * reference backend (every SMS code is 424242), beside the SMS outbox that shows each message sent.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PhoneNumbersSection, SmsTwoFactorSection } from '../src/components/index.ts';
import { backendHandlers, KitDecorator, storyBackend, withBackend } from './support/backend.tsx';
import { SmsOutbox } from './support/SmsOutbox.tsx';
import { ReverificationPanel } from './support/ReverificationPanel.tsx';
import { AuthenticatorAppSection } from '../src/two-step.ts';
import { AuthenticatorAppDevice } from './support/AuthenticatorAppDevice.tsx';
import { tabTo } from './support/keyboard.ts';

const PRIMARY_ID = 'idn_primary';

const meta = {
  title: 'Demo/Account settings',
  decorators: [KitDecorator],
  parameters: { msw: backendHandlers, layout: 'fullscreen' },
  loaders: [
    withBackend({
      phoneNumbers: [
        { id: PRIMARY_ID, phoneNumber: '+12015550100', verified: true },
        { id: 'idn_work', phoneNumber: '+447400123456', verified: false },
      ],
    }),
  ],
  render: (_args, { loaded }) => (
    <div className="demo-account-settings" style={{ display: 'flex', gap: 32, alignItems: 'flex-start', padding: 24, flexWrap: 'wrap' }}>
      <main style={{ flex: '1 1 32rem', maxWidth: '44rem', display: 'grid', gap: 32 }}>
        <h1 style={{ margin: 0, fontFamily: 'system-ui, sans-serif' }}>Account settings</h1>
        <PhoneNumbersSection primaryPhoneNumberId={PRIMARY_ID} defaultCountry="US" />
        <SmsTwoFactorSection defaultCountry="US" applicationName="Acme" accountIdentifier="ada@example.com" />
        <AuthenticatorAppSection applicationName="Acme" accountIdentifier="ada@example.com" />
      </main>
      <SmsOutbox backend={storyBackend(loaded)} />
      <AuthenticatorAppDevice backend={storyBackend(loaded)} />
      <ReverificationPanel backend={storyBackend(loaded)} />
    </div>
  ),
} satisfies Meta;
export default meta;

type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('+1 201 555 0100');
    await expect(canvas.getByRole('heading', { name: 'Phone numbers' })).toBeVisible();
    await expect(await canvas.findByRole('button', { name: 'Enable SMS verification' })).toBeVisible();
  },
};

/**
 * Every flow of the page, by keyboard only: verify the unverified number from its menu, add and verify a number,
 * turn on SMS two-step verification and save the backup codes, use the new number for two-step verification and
 * make it the default, remove the old one, and finally turn SMS verification off.
 */
export const KeyboardJourney: Story = {
  play: async ({ canvasElement, loaded, step }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    const phones = () => backend.snapshot().phoneNumbers;
    await canvas.findByText('+1 201 555 0100');

    await step('verify the unverified number from its actions menu', async () => {
      const trigger = canvas.getByRole('button', { name: 'Actions for +44 7400 123456' });
      await tabTo(trigger);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(canvas.getByRole('menuitem', { name: 'Verify' })).toHaveFocus());
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(canvas.getByLabelText('Verification code')).toHaveFocus());
      await waitFor(() => expect(backend.outbox.lastCodeFor('idn_work')).toBe('424242'));
      await userEvent.keyboard('424242');
      await waitFor(() => expect(phones().find((p) => p.id === 'idn_work')?.verification?.status).toBe('verified'));
      await waitFor(() => expect(trigger).toHaveFocus());
    });

    await step('add and verify a number', async () => {
      await tabTo(canvas.getByRole('button', { name: 'Add phone number' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(canvas.getByLabelText('Phone number')).toHaveFocus());
      await userEvent.keyboard('2015550123{Enter}');
      await waitFor(() => expect(canvas.getByLabelText('Verification code')).toHaveFocus());
      await waitFor(() => expect(backend.outbox.lastCodeFor('+12015550123')).toBe('424242'));
      await expect(within(canvas.getByRole('complementary', { name: 'SMS outbox' })).getByText('+12015550123')).toBeVisible();
      await userEvent.keyboard('424242');
      await waitFor(() => expect(phones().find((p) => p.phoneNumber === '+12015550123')?.verification?.status).toBe('verified'));
      await waitFor(() => expect(canvas.getByRole('button', { name: 'Add phone number' })).toHaveFocus());
    });

    await step('turn on SMS verification and save the backup codes', async () => {
      await tabTo(canvas.getByRole('button', { name: 'Enable SMS verification' }));
      await userEvent.keyboard('{Enter}');
      const choices = await canvas.findByRole('group', { name: 'Choose a phone number' });
      const primary = within(choices).getByRole('radio', { name: '+1 201 555 0100' });
      await waitFor(() => expect(within(choices).getAllByRole('radio').some((r) => r === document.activeElement)).toBe(true));
      if (document.activeElement !== primary) await tabTo(primary);
      await userEvent.keyboard(' ');
      await tabTo(canvas.getByRole('button', { name: 'Continue' }));
      await userEvent.keyboard('{Enter}');
      await canvas.findByRole('heading', { name: 'Save your backup codes' });
      const codes = backend.snapshot().backupCodes?.codes ?? [];
      await expect(codes.length).toBeGreaterThan(0);
      await expect(canvas.getByRole('list', { name: 'Backup codes' })).toHaveTextContent(codes[0]!);
      await tabTo(canvas.getByRole('checkbox', { name: 'I have saved these codes' }));
      await userEvent.keyboard(' ');
      await tabTo(canvas.getByRole('button', { name: 'Done' }));
      await userEvent.keyboard('{Enter}');
      await canvas.findByRole('button', { name: 'Disable SMS verification' });
      await expect(phones().find((p) => p.id === PRIMARY_ID)).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true });
    });

    await step('use the new number too, and make it the default', async () => {
      await tabTo(canvas.getByRole('switch', { name: 'Use +1 201 555 0123 for sign-in codes' }));
      await userEvent.keyboard(' ');
      await waitFor(() => expect(phones().find((p) => p.phoneNumber === '+12015550123')?.reservedForSecondFactor).toBe(true));
      const makeDefault = await canvas.findByRole('button', { name: 'Make default +1 201 555 0123' });
      await waitFor(() => expect(makeDefault).not.toHaveAttribute('aria-disabled'));
      await tabTo(makeDefault);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(phones().find((p) => p.phoneNumber === '+12015550123')?.defaultSecondFactor).toBe(true));
      await waitFor(() => expect(canvasElement.querySelector('[aria-busy="true"]')).toBeNull());
    });

    await step('remove the old number, with its two-step warning', async () => {
      await tabTo(canvas.getByRole('button', { name: 'Actions for +1 201 555 0100' }));
      await userEvent.keyboard('{Enter}');
      const remove = await canvas.findByRole('menuitem', { name: 'Remove' });
      if (document.activeElement !== remove) await userEvent.keyboard('{End}');
      await waitFor(() => expect(remove).toHaveFocus());
      await userEvent.keyboard('{Enter}');
      await canvas.findByText(/This number is used for two-step verification/);
      await tabTo(canvas.getByRole('button', { name: 'Remove' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(phones().some((p) => p.id === PRIMARY_ID)).toBe(false));
      await waitFor(() => expect(canvas.queryByText('+1 201 555 0100')).toBeNull());
      await expect(phones().find((p) => p.phoneNumber === '+12015550123')).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true });
    });

    await step('turn SMS verification off, after confirming', async () => {
      await tabTo(canvas.getByRole('button', { name: 'Disable SMS verification' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(canvas.getByRole('heading', { name: 'Disable SMS verification?' })).toHaveFocus());
      await tabTo(within(canvasElement.querySelector<HTMLElement>('.pnk-sms-two-factor-section__inline')!).getByRole('button', { name: 'Disable SMS verification' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(canvas.getByRole('button', { name: 'Enable SMS verification' })).toHaveFocus());
      await expect(phones().every((p) => !p.reservedForSecondFactor)).toBe(true);
      await expect(backend.snapshot().backupCodes).toBeNull();
    });
  },
};

/**
 * The authenticator app by keyboard only: set it up with the code the demo's authenticator app shows, save the
 * backup codes shown once, then remove it again after the confirmation says two-step verification turns off.
 */
export const AuthenticatorAppByKeyboard: Story = {
  play: async ({ canvasElement, loaded, step }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await canvas.findByText('+1 201 555 0100');

    await step('set up the authenticator app with the code the app shows', async () => {
      await tabTo(await canvas.findByRole('button', { name: 'Set up authenticator app' }));
      await userEvent.keyboard('{Enter}');
      const field = await canvas.findByLabelText('Code from your app', {}, { timeout: 10_000 });
      const shown = within(canvas.getByRole('complementary', { name: 'Authenticator app' }));
      await waitFor(() => expect(shown.getByTestId('authenticator-code')).toHaveTextContent(/^\d{6}$/));
      await tabTo(field);
      await userEvent.keyboard(backend.authenticatorCode()!);
      await waitFor(() => expect(backend.snapshot().authenticatorApp).toEqual({ verified: true }));
    });

    await step('save the backup codes, shown once', async () => {
      await tabTo(await canvas.findByRole('checkbox', { name: 'I have saved these codes' }));
      await userEvent.keyboard(' ');
      await tabTo(canvas.getByRole('button', { name: 'Done' }));
      await userEvent.keyboard('{Enter}');
      await canvas.findByRole('button', { name: 'Remove authenticator app' });
    });

    await step('remove it: the confirmation says two-step verification turns off', async () => {
      await tabTo(canvas.getByRole('button', { name: 'Remove authenticator app' }));
      await userEvent.keyboard('{Enter}');
      const confirm = await canvas.findByRole('region', { name: 'Remove authenticator app?' });
      await expect(within(confirm).getByText(/Two-step verification will turn off/)).toBeVisible();
      await tabTo(within(confirm).getByRole('button', { name: 'Remove authenticator app' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(backend.snapshot().authenticatorApp).toBeNull());
      await canvas.findByRole('button', { name: 'Set up authenticator app' });
    });
  },
};
