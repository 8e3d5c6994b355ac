/**
 * The demo a reviewer plays with (`npm start` opens it): the phone numbers and the whole "Two-step verification"
 * card (every factor, and which one sign-in asks for first) on one account-settings page, on the reference backend
 * (every SMS code is 424242). Beside it the demo's SMS outbox, its authenticator app showing the current code, and
 * the "Require reverification" switch. Every play uses the keyboard only; axe runs at the states in between too.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PhoneNumbersSection } from '../src/components/index.ts';
import { TwoStepVerificationSection } from '../src/two-step.ts';
import { assertNoAxeViolations } from '../.storybook/axe.ts';
import { backendHandlers, KitDecorator, storyBackend, withBackend } from './support/backend.tsx';
import { SmsOutbox } from './support/SmsOutbox.tsx';
import { DEMO_PASSWORD, ReverificationPanel } from './support/ReverificationPanel.tsx';
import { AuthenticatorAppDevice } from './support/AuthenticatorAppDevice.tsx';
import { codeFromShownSetupKey } from './support/shownSetupKey.ts';
import { tabTo } from './support/keyboard.ts';

const PRIMARY_ID = 'idn_primary';
const PRIMARY = { id: PRIMARY_ID, phoneNumber: '+12015550100', verified: true, primary: true };
const WORK = { id: 'idn_work', phoneNumber: '+447400123456', verified: false };

/** Matches a paragraph by its whole text (numbers inside sentences sit in their own `<bdi>`). */
const sentence = (text: string) => (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent === text;

const meta = {
  title: 'Demo/Account settings',
  decorators: [KitDecorator],
  parameters: { msw: backendHandlers, layout: 'fullscreen' },
  loaders: [withBackend({ phoneNumbers: [PRIMARY, WORK] })],
  render: (_args, { loaded }) => (
    <div className="demo-account-settings" style={{ display: 'flex', gap: 32, alignItems: 'flex-start', padding: 24, flexWrap: 'wrap' }}>
      <main style={{ flex: '1 1 32rem', maxWidth: '44rem', display: 'grid', gap: 32 }}>
        <h1 style={{ margin: 0, fontFamily: 'system-ui, sans-serif' }}>Account settings</h1>
        <PhoneNumbersSection primaryPhoneNumberId={PRIMARY_ID} defaultCountry="US" />
        <TwoStepVerificationSection applicationName="Acme" accountIdentifier="ada@example.com" />
      </main>
      {/* One column of the demo's panels: beside the page when it fits, under it on a phone. */}
      <div style={{ flex: '1 1 16rem', display: 'grid', gap: 16 }}>
        <SmsOutbox backend={storyBackend(loaded)} />
        <AuthenticatorAppDevice backend={storyBackend(loaded)} />
        <ReverificationPanel backend={storyBackend(loaded)} />
      </div>
    </div>
  ),
} satisfies Meta;
export default meta;

type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;

/** The two-step card, found by its heading. */
const twoStepCard = (canvas: Canvas) => canvas.getByRole('region', { name: 'Two-step verification' });

/**
 * From the page as it opens (two-step off) through "Set up authenticator app" to the code typed: the code is
 * computed from the setup key the page shows.
 */
async function enrollByKeyboard(canvas: Canvas, canvasElement: HTMLElement) {
  await canvas.findByText(sentence('Two-step verification is off.'));
  await tabTo(await canvas.findByRole('button', { name: 'Set up authenticator app' }));
  await userEvent.keyboard('{Enter}');
  const field = await canvas.findByLabelText('Code from your app', {}, { timeout: 10_000 });
  await waitFor(() => expect(within(canvas.getByRole('complementary', { name: 'Authenticator app' })).getByTestId('authenticator-code')).toHaveTextContent(/^\d{6}$/));
  await assertNoAxeViolations(canvasElement);
  const code = await codeFromShownSetupKey(twoStepCard(canvas));
  await tabTo(field);
  await userEvent.keyboard(code);
}

/** The page as it opens: both numbers, and every factor of two-step verification, which is off. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(sentence('Two-step verification is off.'));
    await expect(canvas.getByRole('heading', { name: 'Phone numbers' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Actions for +1 201 555 0100' })).toBeVisible();
    const factors = canvas.getByRole('list', { name: 'Your ways to verify' });
    for (const name of ['Authenticator app', 'Text message (SMS)', 'Backup codes']) {
      await expect(within(factors).getByRole('heading', { name, level: 3 })).toBeVisible();
    }
  },
};

/**
 * Set up the authenticator app by keyboard with the code computed from the setup key the page shows: two-step
 * verification turns on, and the backend holds a verified app.
 */
export const EnrollAuthenticatorApp: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await enrollByKeyboard(canvas, canvasElement);
    await waitFor(() => expect(backend.snapshot().authenticatorApp).toEqual({ verified: true }));
    await canvas.findByRole('checkbox', { name: 'I have saved these codes' }, { timeout: 10_000 });
    await canvas.findByText(sentence('When you sign in, we ask for a code from your authenticator app first.'));
  },
};

/**
 * The backup codes the setup created are shown once: saved and closed with Done, "Show backup codes" then says
 * they are shown only once, and no code is on the page any more.
 */
export const BackupCodesShownOnce: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await enrollByKeyboard(canvas, canvasElement);

    const codes = await waitFor(() => {
      const issued = backend.snapshot().backupCodes?.codes ?? [];
      expect(issued.length).toBeGreaterThan(0);
      return issued;
    });
    const list = await canvas.findByRole('list', { name: 'Backup codes' }, { timeout: 10_000 });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(codes.length);
    await expect(list).toHaveTextContent(codes[0]!);
    await assertNoAxeViolations(canvasElement);
    await tabTo(canvas.getByRole('checkbox', { name: 'I have saved these codes' }));
    await userEvent.keyboard(' ');
    await tabTo(canvas.getByRole('button', { name: 'Done' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.queryByRole('list', { name: 'Backup codes' })).toBeNull());

    await tabTo(await canvas.findByRole('button', { name: 'Show backup codes' }));
    await userEvent.keyboard('{Enter}');
    await canvas.findByText('Backup codes are shown only once, when they are created. If you did not save them, generate a new set.');
    await expect(canvas.queryByRole('list', { name: 'Backup codes' })).toBeNull();
    await expect(canvas.queryByText(codes[0]!)).toBeNull();
  },
};

/**
 * With the authenticator app and a texted number both on, the card says truthfully that sign-in asks for the app
 * first and texts the number only as the fallback; "Used first" sits beside the app. A keyboard user reaches both.
 */
export const WhichFactorFirst: Story = {
  loaders: [withBackend({ totpEnabled: true, phoneNumbers: [{ ...PRIMARY, reservedForSecondFactor: true }, WORK] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(sentence('When you sign in, we ask for a code from your authenticator app first.'));
    await expect(canvas.getByText(sentence('If you can’t use your authenticator app, we text a code to +1 201 555 0100.'))).toBeVisible();
    const factors = canvas.getByRole('list', { name: 'Your ways to verify' });
    await expect(within(factors).getByRole('heading', { name: /^Authenticator app/, level: 3 })).toHaveTextContent('Used first');
    await expect(within(factors).getByRole('heading', { name: /^Text message \(SMS\)/, level: 3 })).not.toHaveTextContent('Used first');
    await tabTo(canvas.getByRole('button', { name: 'Remove authenticator app' }));
    await tabTo(canvas.getByRole('switch', { name: 'Use +1 201 555 0100 for sign-in codes' }));
  },
};

/**
 * Remove the authenticator app by keyboard: the confirmation says the number is texted instead, and afterwards
 * sign-in texts that number first.
 */
export const DisableAuthenticatorApp: Story = {
  loaders: [withBackend({ totpEnabled: true, phoneNumbers: [{ ...PRIMARY, reservedForSecondFactor: true }, WORK] })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await canvas.findByText(sentence('When you sign in, we ask for a code from your authenticator app first.'));
    await tabTo(canvas.getByRole('button', { name: 'Remove authenticator app' }));
    await userEvent.keyboard('{Enter}');
    const confirm = await canvas.findByRole('region', { name: 'Remove authenticator app?' });
    await expect(within(confirm).getByText(sentence('We will text a code to +1 201 555 0100 instead.'))).toBeVisible();
    await assertNoAxeViolations(canvasElement);
    await tabTo(within(confirm).getByRole('button', { name: 'Remove authenticator app' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.snapshot().authenticatorApp).toBeNull());
    await canvas.findByText(sentence('When you sign in, we text a code to +1 201 555 0100 first.'));
    await expect(canvas.getByRole('heading', { name: /^Text message \(SMS\)/, level: 3 })).toHaveTextContent('Used first');
    await canvas.findByRole('button', { name: 'Set up authenticator app' });
  },
};

/**
 * The demo's "Require reverification" switch on, setting up the authenticator app (a sensitive write) meets the
 * kit's step-up dialog; the demo password confirms it, and the setup goes on with the write done once.
 */
export const StepUpForSensitiveWrite: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await canvas.findByText(sentence('Two-step verification is off.'));
    await tabTo(canvas.getByRole('checkbox', { name: 'Require reverification' }));
    await userEvent.keyboard(' ');
    await waitFor(() => expect(backend.snapshot().reverificationRequired).toBe(true));

    await tabTo(canvas.getByRole('button', { name: 'Set up authenticator app' }));
    await userEvent.keyboard('{Enter}');
    const dialog = await canvas.findByRole('dialog', { name: 'Confirm it’s you' }, { timeout: 10_000 });
    const password = await within(dialog).findByLabelText('Password', { selector: 'input[type="password"]' });
    await waitFor(() => expect(password).toHaveFocus());
    await assertNoAxeViolations(canvasElement);
    await userEvent.keyboard(`${DEMO_PASSWORD}{Enter}`);

    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(backend.snapshot().reverificationRequired).toBe(false);
    await canvas.findByLabelText('Code from your app', {}, { timeout: 10_000 });
    await expect(backend.snapshot().authenticatorApp).toEqual({ verified: false });
  },
};
