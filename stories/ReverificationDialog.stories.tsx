/**
 * "Reverification required": the reference backend demands a fresh verification for sensitive writes, so the
 * kit's own step-up dialog appears; the user confirms with the demo password (`demo-password`) or a code from the
 * outboxes, and the write goes through, once; Esc gives up. Play functions use the keyboard only; axe runs after each.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PhoneNumbersSection, SmsTwoFactorSection } from '../src/components/index.ts';
import { backendHandlers, KitDecorator, storyBackend, withBackend } from './support/backend.tsx';
import { SmsOutbox } from './support/SmsOutbox.tsx';
import { DEMO_PASSWORD, ReverificationPanel } from './support/ReverificationPanel.tsx';
import { activate, tabTo } from './support/keyboard.ts';
import { escapeStepUp } from './support/stepUpDialog.ts';
import { withStepUpOutlet } from './support/withStepUpOutlet.tsx';

const meta = {
  title: 'Flows/Reverification required',
  // The sections of the main entry bring no step-up dialog: the page renders the outlet once (phone-number-kit/two-step).
  decorators: [withStepUpOutlet, KitDecorator],
  parameters: { msw: backendHandlers },
  loaders: [
    withBackend({
      requireReverification: true,
      phoneNumbers: [
        { id: 'idn_home', phoneNumber: '+12015550100', verified: true, createdAt: 1 },
        { id: 'idn_old', phoneNumber: '+12015550101', verified: true, createdAt: 2 },
      ],
    }),
  ],
  render: (_args, { loaded }) => (
    <div style={{ display: 'flex', gap: 24, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <main style={{ flex: '1 1 28rem', display: 'grid', gap: 24 }}>
        <PhoneNumbersSection defaultCountry="US" />
        <SmsTwoFactorSection defaultCountry="US" applicationName="Acme" accountIdentifier="ada@example.com" />
      </main>
      <div style={{ display: 'grid', gap: 16, flex: '1 1 16rem' }}>
        <ReverificationPanel backend={storyBackend(loaded)} />
        <SmsOutbox backend={storyBackend(loaded)} />
      </div>
    </div>
  ),
} satisfies Meta;
export default meta;

type Story = StoryObj<typeof meta>;

/** Removes +1 201 555 0101 by keyboard: its Actions menu, Remove, then Remove in the confirmation. */
async function removeOldNumber(canvas: ReturnType<typeof within>) {
  await activate(await canvas.findByRole('button', { name: 'Actions for +1 201 555 0101' }));
  const remove = await canvas.findByRole('menuitem', { name: 'Remove' });
  if (document.activeElement !== remove) await userEvent.keyboard('{End}');
  await waitFor(() => expect(remove).toHaveFocus());
  await userEvent.keyboard('{Enter}');
  await activate(await canvas.findByRole('button', { name: 'Remove' }));
}

/** Remove a number; the dialog asks for the password; a wrong one stays typed with its error; the right one removes it. */
export const RemoveWithPassword: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await removeOldNumber(canvas);

    const dialog = await canvas.findByRole('dialog', { name: 'Confirm it’s you' });
    await expect(dialog).toHaveAccessibleDescription('For your security, confirm it’s you to remove a phone number.');
    const password = await within(dialog).findByLabelText('Password', { selector: 'input[type="password"]' });
    await waitFor(() => expect(password).toHaveFocus());
    await userEvent.keyboard('wrong{Enter}');
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('That password is incorrect. Try again.');
    await expect(password).toHaveValue('wrong');

    await userEvent.clear(password);
    await userEvent.type(password, `${DEMO_PASSWORD}{Enter}`);
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(backend.snapshot().phoneNumbers.map((phone) => phone.id)).toEqual(['idn_home']));
    await expect(backend.snapshot().reverificationRequired).toBe(false);
  },
};

/** Remove a number, then Esc the moment the dialog shows: it closes, the number stays, the list says why. */
export const CancelWithEscape: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await removeOldNumber(canvas);

    await escapeStepUp(canvas);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The change was not made because verification was cancelled.');
    // The row left the list when the removal was confirmed, so focus was on the heading, and goes back there.
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Phone numbers' })).toHaveFocus());
    await expect(backend.snapshot().phoneNumbers).toHaveLength(2);
    await expect(backend.snapshot().reverificationRequired).toBe(true);
  },
};

/** Turn on SMS two-step; the user confirms with the code sent by text message, read from the SMS outbox. */
export const EnableTwoStepWithSmsCode: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await activate(await canvas.findByRole('button', { name: 'Enable SMS verification' }));
    const choices = await canvas.findByRole('group', { name: 'Choose a phone number' });
    const home = within(choices).getByRole('radio', { name: '+1 201 555 0100' });
    await waitFor(() => expect(within(choices).getAllByRole('radio').some((radio) => radio === document.activeElement)).toBe(true));
    if (document.activeElement !== home) await tabTo(home);
    await userEvent.keyboard(' ');
    await activate(canvas.getByRole('button', { name: 'Continue' }));

    const dialog = await canvas.findByRole('dialog', { name: 'Confirm it’s you' });
    await expect(dialog).toHaveAccessibleDescription('For your security, confirm it’s you to change two-step verification.');
    await waitFor(() => expect(within(dialog).getByLabelText('Password', { selector: 'input[type="password"]' })).toHaveFocus());
    // To the ways to confirm; down past the email code to the text message to +1 201 555 0100.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{ArrowDown}{ArrowDown}');
    await expect(within(dialog).getByRole('radio', { name: 'Code by text message to +1******0100' })).toBeChecked();
    await waitFor(() => expect(backend.outbox.lastCodeFor('idn_home')).toBe('424242'));
    await within(dialog).findByText('Enter the 6-digit code we sent by text message to +1******0100.', {}, { timeout: 10_000 });
    // The page has its answer too ("Sending a code…" is "Send a new code" again): until then the field is read-only,
    // and a digit typed into it under load was lost.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Send a new code' })).toBeEnabled(), { timeout: 10_000 });
    await tabTo(within(dialog).getByLabelText('Verification code'));
    await userEvent.keyboard('424242');

    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await canvas.findByRole('heading', { name: 'Save your backup codes' });
    await expect(backend.snapshot().phoneNumbers.find((phone) => phone.id === 'idn_home')?.reservedForSecondFactor).toBe(true);
  },
};
