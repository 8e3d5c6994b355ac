/**
 * Host policy on the phone-numbers card, on the reference backend (every SMS code is 424242): the countries a
 * number may come from, a read-only card, a veto with the host's reason, and "Set as primary"; then the same
 * read-only and veto props on the two-step card and on BackupCodes alone. Keyboard only.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PhoneNumbersSection } from '../src/components/PhoneNumbersSection/PhoneNumbersSection.tsx';
import { TwoStepVerificationSection } from '../src/two-step.ts';
import { BackupCodes, type BackupCodesProps } from '../src/components/BackupCodes/BackupCodes.tsx';
import { besidePanels } from './support/besidePanels.tsx';
import { backendHandlers, KitDecorator, storyBackend, withBackend } from './support/backend.tsx';
import { SmsOutbox } from './support/SmsOutbox.tsx';
import { GeneratedCodes } from './support/GeneratedCodes.tsx';
import { chooseFromMenu, rowOf } from './support/phoneNumberRows.ts';
import { sentence } from './support/sentence.ts';
import { activate, tabTo } from './support/keyboard.ts';

const numbers = withBackend({
  phoneNumbers: [
    { id: 'idn_home', phoneNumber: '+12015550100', verified: true, primary: true, createdAt: 1 },
    { id: 'idn_work', phoneNumber: '+12015550101', verified: true, createdAt: 2 },
  ],
});

const meta = {
  title: 'Policy/Host policy',
  component: PhoneNumbersSection,
  decorators: [KitDecorator],
  parameters: { msw: backendHandlers },
  args: { defaultCountry: 'US', primaryPhoneNumberId: 'idn_home' },
  render: besidePanels(PhoneNumbersSection, [SmsOutbox], 'list'),
} satisfies Meta<typeof PhoneNumbersSection>;
export default meta;

type Story = StoryObj<typeof meta>;

/** `allowedCountries={['US', 'CA']}`: the picker offers only these; a pasted German number is named, kept, and not sent. */
export const AllowedCountries: Story = {
  args: { allowedCountries: ['US', 'CA'] },
  loaders: [numbers],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await activate(await canvas.findByRole('button', { name: 'Add phone number' }));
    const input = await canvas.findByRole('textbox', { name: 'Phone number' });
    await waitFor(() => expect(input).toHaveFocus());
    const picker = canvas.getByRole('combobox', { name: 'Country' });
    await expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual(['Canada (+1)', 'United States (+1)']);
    await userEvent.keyboard('{Control>}a{/Control}');
    await userEvent.paste('+49 1512 3456789');
    const message = 'Only numbers from United States or Canada can be added. Enter a number from one of these countries.';
    await expect(await canvas.findByText(message)).toBeVisible();
    await expect(input).toHaveValue('+49 1512 3456789');
    await expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    await userEvent.keyboard('{Enter}');
    await expect(input).toHaveValue('+49 1512 3456789');
    await expect(backend.snapshot().phoneNumbers).toHaveLength(2);
  },
};

/** `readOnly`: every number and badge shows; nothing on the card takes focus or changes anything. */
export const ReadOnly: Story = {
  args: { readOnly: true },
  loaders: [numbers],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('+1 201 555 0101');
    const section = canvas.getByRole('region', { name: 'Phone numbers' });
    await expect(within(rowOf(canvas, '+1 201 555 0100')).getByText('Primary')).toBeVisible();
    await expect(within(section).queryAllByRole('button')).toEqual([]);
    // Tab walks past the card: no control inside it.
    for (let i = 0; i < 5; i++) {
      await userEvent.tab();
      await expect(section.contains(document.activeElement)).toBe(false);
    }
  },
};

/** `onBeforeAction` returns a reason: the removal is refused before anything is sent, and the reason shows under the row. */
export const VetoWithReason: Story = {
  args: { onBeforeAction: ({ operation }) => (operation === 'removePhoneNumber' ? 'Your administrator manages phone numbers. Ask IT to remove one.' : undefined) },
  loaders: [numbers],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await chooseFromMenu(canvas, '+1 201 555 0101', 'Remove');
    const confirm = await canvas.findByRole('region', { name: 'Remove phone number' });
    await activate(within(confirm).getByRole('button', { name: 'Remove' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('+1 201 555 0101 could not be removed. Your administrator manages phone numbers. Ask IT to remove one.');
    await expect(rowOf(canvas, '+1 201 555 0101')).toBeVisible();
    await expect(backend.snapshot().phoneNumbers).toHaveLength(2);
  },
};

/** "Set as primary" from a row's menu: the badge moves at once (one request), the change is announced, focus stays on the row. */
export const SetAsPrimary: Story = {
  loaders: [numbers],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    const trigger = await chooseFromMenu(canvas, '+1 201 555 0101', 'Set as primary');
    await expect(within(rowOf(canvas, '+1 201 555 0101')).getByText('Primary')).toBeVisible();
    await expect(within(rowOf(canvas, '+1 201 555 0100')).queryByText('Primary')).toBeNull();
    await expect(await canvas.findByText('+1 201 555 0101 is now your primary phone number')).toBeInTheDocument();
    await waitFor(() => expect(backend.snapshot().primaryPhoneNumberId).toBe('idn_work'));
    await expect(trigger).toHaveFocus();
  },
};

/** The two-step card with every factor on: the app, two numbers (home the default) and backup codes. */
const twoStepAllOn = withBackend({
  totpEnabled: true,
  phoneNumbers: [
    { id: 'idn_home', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true, createdAt: 1 },
    { id: 'idn_work', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, createdAt: 2 },
  ],
});

const twoStepVeto = ({ operation }: { operation: string }) =>
  operation === 'makeDefaultSecondFactor' || operation === 'deleteTotp' ? 'Your administrator manages two-step verification.' : undefined;

/** `readOnly` on `TwoStepVerificationSection`: every factor reads as it is; no control inside the card takes focus. */
export const TwoStepReadOnly: Story = {
  loaders: [twoStepAllOn],
  render: () => (
    <div style={{ maxWidth: '40rem' }}>
      <TwoStepVerificationSection readOnly />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(sentence('When you sign in, we ask for a code from your authenticator app first.'));
    const section = canvas.getByRole('region', { name: 'Two-step verification' });
    await expect(canvas.getByText(sentence('Authenticator app is on.'))).toBeVisible();
    const switches = within(section).getAllByRole('switch');
    await expect(switches.map((control) => control.getAttribute('aria-checked'))).toEqual(['true', 'true']);
    for (const control of switches) await expect(control).toBeDisabled();
    await expect(within(section).queryAllByRole('button')).toEqual([]);
    for (let i = 0; i < 5; i++) {
      await userEvent.tab();
      await expect(section.contains(document.activeElement)).toBe(false);
    }
  },
};

/**
 * `onBeforeAction` on `TwoStepVerificationSection` refuses changing the default and removing the app: the host's
 * reason shows where the change's error would, and nothing is sent.
 */
export const TwoStepVetoWithReason: Story = {
  loaders: [twoStepAllOn],
  render: () => (
    <div style={{ maxWidth: '40rem' }}>
      <TwoStepVerificationSection onBeforeAction={twoStepVeto} />
    </div>
  ),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    const reason = 'Your administrator manages two-step verification.';
    await activate(await canvas.findByRole('button', { name: 'Make default +1 201 555 0101' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(`Could not change +1 201 555 0101. ${reason}`);
    await expect(backend.snapshot().phoneNumbers.find((phone) => phone.id === 'idn_home')?.defaultSecondFactor).toBe(true);

    await activate(canvas.getByRole('button', { name: 'Remove authenticator app' }));
    const confirm = await canvas.findByRole('region', { name: 'Remove authenticator app?' });
    await activate(within(confirm).getByRole('button', { name: 'Remove authenticator app' }));
    await expect(await within(confirm).findByRole('alert')).toHaveTextContent(reason);
    await expect(backend.snapshot().authenticatorApp).toEqual({ verified: true });
  },
};

/** Two-step verification on (an SMS number); the story puts a fresh set of backup codes in memory on mount. */
const codesInMemory = withBackend({
  phoneNumbers: [{ id: 'idn_home', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true, createdAt: 1 }],
});

/** A story `render`: BackupCodes alone with `props`, over the fresh set of codes GeneratedCodes puts in memory. */
const backupCodesAlone = (props: Partial<BackupCodesProps>) =>
  function render() {
    return (
      <div style={{ maxWidth: '40rem' }}>
        <GeneratedCodes>
          <BackupCodes {...props} applicationName="Acme" />
        </GeneratedCodes>
      </div>
    );
  };

/** Waits for the ten codes in memory and returns them as shown. */
async function shownBackupCodes(canvas: ReturnType<typeof within>): Promise<string[]> {
  const list = await canvas.findByRole('list', { name: 'Backup codes' });
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(10));
  return within(list).getAllByRole('listitem').map((item) => item.textContent ?? '');
}

/**
 * `readOnly` on `BackupCodes`: the codes in memory show and can be kept (copy, download, print, "I have saved these
 * codes"), with no "Regenerate codes"; after Done, no "Generate new codes" either.
 */
export const BackupCodesReadOnly: Story = {
  loaders: [codesInMemory],
  render: backupCodesAlone({ readOnly: true }),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    const codes = await shownBackupCodes(canvas);
    await expect(codes).toEqual(backend.snapshot().backupCodes?.codes);
    const section = canvas.getByRole('region', { name: 'Backup codes' });
    await expect(within(section).queryByRole('button', { name: 'Regenerate codes' })).toBeNull();
    // Tab walks the ways to keep the codes, in order, and nothing else.
    await tabTo(within(section).getByRole('button', { name: 'Copy all' }));
    for (const name of ['Download .txt', 'Print']) {
      await userEvent.tab();
      await expect(within(section).getByRole('button', { name })).toHaveFocus();
    }
    await userEvent.tab();
    await expect(within(section).getByRole('checkbox', { name: 'I have saved these codes' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await expect(within(section).getByRole('button', { name: 'Done' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    // Done forgets the codes; read-only offers no new set in their place.
    await waitFor(() => expect(within(section).getByText('No backup codes to show')).toHaveFocus());
    await expect(within(section).getByText('Backup codes are shown only once, when they are created.')).toBeVisible();
    await expect(within(section).queryAllByRole('button')).toEqual([]);
    await expect(backend.snapshot().backupCodes?.codes).toEqual(codes);
  },
};

/**
 * `onBeforeAction` on `BackupCodes` refuses a new set: the host's reason shows in the confirmation, the codes on
 * screen still work, and nothing is sent.
 */
export const BackupCodesVetoWithReason: Story = {
  loaders: [codesInMemory],
  render: backupCodesAlone({ onBeforeAction: () => 'Your administrator manages backup codes.' }),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    const codes = await shownBackupCodes(canvas);
    await activate(canvas.getByRole('button', { name: 'Regenerate codes' }));
    const confirm = await canvas.findByRole('region', { name: 'Regenerate backup codes?' });
    await activate(within(confirm).getByRole('button', { name: 'Yes, regenerate codes' }));
    await expect(await within(confirm).findByRole('alert')).toHaveTextContent('Your administrator manages backup codes.');
    await expect(await shownBackupCodes(canvas)).toEqual(codes);
    await expect(backend.snapshot().backupCodes?.codes).toEqual(codes);
  },
};
