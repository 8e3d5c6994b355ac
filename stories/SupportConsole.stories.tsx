/**
 * The support console (`phone-number-kit/support`), two-sided: the agent's console and the user's account settings on
 * ONE reference backend (every SMS code is 424242), with `phone-number-kit/server`'s admin handler running in the page
 * (a demo secret and a demo agent allowed everything) and answering the console through msw. Lock the user out on the
 * right (turn on SMS verification, say) and fix it on the left (reset two-step verification), or the reverse; reload
 * a side to see the other's change. The other stories show each state of each component; every play is keyboard only
 * and axe runs after it.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PhoneNumbersSection } from '../src/components/PhoneNumbersSection/PhoneNumbersSection.tsx';
import { SmsTwoFactorSection } from '../src/components/SmsTwoFactorSection/SmsTwoFactorSection.tsx';
import { SupportPhoneNumbers } from '../src/components/SupportPhoneNumbers/SupportPhoneNumbers.tsx';
import { SupportResetTwoStep } from '../src/components/SupportResetTwoStep/SupportResetTwoStep.tsx';
import { SupportUserLookup } from '../src/components/SupportUserLookup/SupportUserLookup.tsx';
import { SupportVerifyCaller } from '../src/components/SupportVerifyCaller/SupportVerifyCaller.tsx';
import { memoryBackendApi } from '../src/testing/index.ts';
import { backendHandlers, storyBackend } from './support/backend.tsx';
import { BackendKitProvider } from './support/BackendKitProvider.tsx';
import { SmsOutbox } from './support/SmsOutbox.tsx';
import { SupportConsoleDemo } from './support/SupportConsoleDemo.tsx';
import { SupportDecorator, supportHandlers, withSupportBackend } from './support/supportConsole.tsx';
import { tabTo } from './support/keyboard.ts';

/** The user of the demo: two-step verification on by SMS to their primary phone, and a second, unverified number. */
const lockedOutUser = withSupportBackend({
  phoneNumbers: [
    { id: 'idn_home', phoneNumber: '+12015550100', verified: true, primary: true, reservedForSecondFactor: true, createdAt: 1 },
    { id: 'idn_work', phoneNumber: '+447400123456', verified: false, createdAt: 2 },
  ],
});

const meta = {
  title: 'Demo/Support console',
  decorators: [SupportDecorator],
  parameters: { msw: [...supportHandlers, ...backendHandlers], layout: 'fullscreen' },
  loaders: [lockedOutUser],
} satisfies Meta;
export default meta;

type Story = StoryObj<typeof meta>;

const page = { display: 'flex', gap: 32, alignItems: 'flex-start', padding: 24, flexWrap: 'wrap' } as const;
const column = { flex: '1 1 28rem', maxWidth: '40rem', display: 'grid', gap: 24 } as const;

/** The user's id in the backend, for the stories that open a user directly. */
const userIdOf = (loaded: Record<string, unknown>) => memoryBackendApi(storyBackend(loaded)).userId;

/** Agent and user side by side, on one backend. */
export const TwoSided: Story = {
  render: (_args, { loaded }) => (
    <div style={page}>
      <main style={column}>
        <h1 style={{ margin: 0, fontFamily: 'system-ui, sans-serif' }}>Support console</h1>
        <SupportConsoleDemo />
      </main>
      <aside style={column} aria-label="Account settings">
        <h2 style={{ margin: 0, fontFamily: 'system-ui, sans-serif' }}>Account settings</h2>
        <BackendKitProvider backend={storyBackend(loaded)}>
          <PhoneNumbersSection primaryPhoneNumberId="idn_home" defaultCountry="US" />
          <SmsTwoFactorSection defaultCountry="US" applicationName="Acme" accountIdentifier="ada@example.com" />
        </BackendKitProvider>
      </aside>
      <SmsOutbox backend={storyBackend(loaded)} />
    </div>
  ),
  play: async ({ canvasElement, loaded, step }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await step('find the user by the number the caller gives, and open them', async () => {
      await tabTo(canvas.getByLabelText('Phone number'));
      await userEvent.keyboard('+1 201 555 0100{Enter}');
      await tabTo(await canvas.findByRole('button', { name: 'Open Ada Lovelace' }));
      await userEvent.keyboard('{Enter}');
    });
    await step("reset the user's two-step verification after the confirmation", async () => {
      await tabTo(await canvas.findByRole('button', { name: 'Reset two-step verification' }));
      await userEvent.keyboard('{Enter}');
      const confirm = within(canvas.getByRole('heading', { name: 'Reset two-step verification for Ada Lovelace?' }).closest('section')!);
      await tabTo(confirm.getByRole('button', { name: 'Reset two-step verification' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(backend.snapshot().phoneNumbers.every((p) => !p.reservedForSecondFactor)).toBe(true));
      await waitFor(() => expect(canvasElement.querySelector('.pnk-support-reset-two-step__status')).toHaveTextContent(/two-step verification is off/));
    });
  },
};

/** The lookup before a search; Search with nothing typed says what to type and sends nothing. */
export const LookupEmpty: Story = {
  render: () => <SupportUserLookup onSelect={() => undefined} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByRole('button', { name: 'Search' }));
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByLabelText('Phone number')).toHaveAccessibleDescription(/Enter a phone number\./);
    await expect(canvas.getByLabelText('Phone number')).toHaveFocus();
  },
};

/** A number the user holds: the user found. */
export const LookupFound: Story = {
  render: () => <SupportUserLookup onSelect={() => undefined} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByLabelText('Phone number'));
    await userEvent.keyboard('+44 7400 123456{Enter}');
    await expect(await canvas.findByText('1 user found.')).toBeVisible();
    await expect(canvas.getByText('Ada Lovelace')).toBeVisible();
  },
};

/** A number nobody holds. */
export const LookupNotFound: Story = {
  render: () => <SupportUserLookup onSelect={() => undefined} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByLabelText('Phone number'));
    await userEvent.keyboard('+1 202 555 0199{Enter}');
    await waitFor(() => expect(canvasElement.querySelector('.pnk-support-user-lookup__status')).toHaveTextContent('No user has +1 202 555 0199.'));
  },
};

/** A user's numbers: statuses, badges, the changes each allows. */
export const PhoneNumbers: Story = {
  render: (_args, { loaded }) => <SupportPhoneNumbers userId={userIdOf(loaded)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('group', { name: 'Changes to +44 7400 123456' });
    await tabTo(within(group).getByRole('button', { name: 'Mark verified' }));
    await expect(canvas.getByRole('list', { name: "Ada Lovelace's phone numbers" })).toBeVisible();
  },
};

/** Removing a number waits for a confirmation naming the user and the number. */
export const ConfirmRemove: Story = {
  render: (_args, { loaded }) => <SupportPhoneNumbers userId={userIdOf(loaded)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('group', { name: 'Changes to +44 7400 123456' });
    await tabTo(within(group).getByRole('button', { name: 'Remove' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Remove +44 7400 123456 from Ada Lovelace?' })).toHaveFocus());
  },
};

/** Adding a verified number: the form, then its confirmation. */
export const ConfirmAdd: Story = {
  render: (_args, { loaded }) => <SupportPhoneNumbers userId={userIdOf(loaded)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(await canvas.findByRole('button', { name: 'Add a number' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByLabelText('Phone number')).toHaveFocus());
    await userEvent.keyboard('+1 201 555 0177');
    await tabTo(canvas.getByLabelText('Already verified (the caller proved they hold it)'));
    await userEvent.keyboard(' ');
    await tabTo(canvas.getByRole('button', { name: 'Add number' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Add +1 201 555 0177 to Ada Lovelace?' })).toHaveFocus());
    await expect(canvas.getByText('Added as: verified.')).toBeVisible();
  },
};

/** Sending a code to the caller: the code field waits for what they read. */
async function sendCode(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await tabTo(await canvas.findByRole('button', { name: 'Send code' }));
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(canvas.getByLabelText('Code the caller reads')).toHaveFocus());
  return canvas;
}

/** Code sent to the caller's primary phone. */
export const VerifyCallerSent: Story = {
  render: (_args, { loaded }) => <SupportVerifyCaller userId={userIdOf(loaded)} />,
  play: async ({ canvasElement }) => {
    const canvas = await sendCode(canvasElement);
    await expect(canvas.getByText(/Code sent to/)).toHaveTextContent('Code sent to +1 201 555 0100. Ask the caller to read it to you.');
  },
};

/** The caller read the right code. */
export const VerifyCallerVerified: Story = {
  render: (_args, { loaded }) => <SupportVerifyCaller userId={userIdOf(loaded)} />,
  play: async ({ canvasElement }) => {
    const canvas = await sendCode(canvasElement);
    await userEvent.keyboard('424242{Enter}');
    await expect(await canvas.findByText(/Caller verified/)).toHaveTextContent('Caller verified: they hold +1 201 555 0100.');
  },
};

/** A wrong code: said under the field, with the attempts left. */
export const VerifyCallerFailed: Story = {
  render: (_args, { loaded }) => <SupportVerifyCaller userId={userIdOf(loaded)} />,
  play: async ({ canvasElement }) => {
    const canvas = await sendCode(canvasElement);
    await userEvent.keyboard('111111{Enter}');
    await expect(await canvas.findByText('That code is wrong.')).toBeVisible();
    await expect(canvas.getByText(/attempts? left\./)).toBeVisible();
  },
};

/** Too many wrong codes: the code is used up; "Send a new code" takes focus. */
export const VerifyCallerLocked: Story = {
  render: (_args, { loaded }) => <SupportVerifyCaller userId={userIdOf(loaded)} />,
  play: async ({ canvasElement }) => {
    const canvas = await sendCode(canvasElement);
    for (let attempt = 0; attempt < 10 && !canvasElement.querySelector('[data-state="locked"]'); attempt++) {
      await userEvent.keyboard('111111{Enter}');
      await waitFor(() => expect(canvasElement.querySelector('[data-state="checking"]')).toBeNull());
    }
    await expect(await canvas.findByText(/Too many wrong codes/)).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Send a new code' })).toHaveFocus());
  },
};

/** Resetting two-step verification: the confirmation names every factor it turns off. */
export const ResetTwoStep: Story = {
  render: (_args, { loaded }) => <SupportResetTwoStep userId={userIdOf(loaded)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(await canvas.findByRole('button', { name: 'Reset two-step verification' }));
    await userEvent.keyboard('{Enter}');
    await expect(canvasElement.querySelector('.pnk-confirm__body')).toHaveTextContent(/This turns off every second factor: text messages to \+1 201 555 0100/);
  },
};
