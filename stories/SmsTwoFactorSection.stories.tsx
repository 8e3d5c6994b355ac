/**
 * The "Two-step verification (SMS)" section, on the reference backend (every SMS code is 424242). Play functions
 * walk each flow with the keyboard only and check the backend afterwards.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SmsTwoFactorSection } from '../src/components/SmsTwoFactorSection/SmsTwoFactorSection.tsx';
import { besidePanels } from './support/besidePanels.tsx';
import { backendHandlers, KitDecorator, STORY_API_URL, storyBackend, withBackend } from './support/backend.tsx';
import { SmsOutbox } from './support/SmsOutbox.tsx';
import { sentence } from './support/sentence.ts';
import { activate, tabTo } from './support/keyboard.ts';
import { escapeStepUp } from './support/stepUpDialog.ts';
import { withStepUpOutlet } from './support/withStepUpOutlet.tsx';

const PHONE_NUMBERS_URL = `${STORY_API_URL}/v1/me/phone_numbers`;


/** The section's root element. */
function root(canvasElement: HTMLElement) {
  return canvasElement.querySelector<HTMLElement>('.pnk-sms-two-factor-section')!;
}

const meta = {
  title: 'Sections/SmsTwoFactorSection',
  component: SmsTwoFactorSection,
  decorators: [KitDecorator],
  parameters: { msw: backendHandlers },
  args: { defaultCountry: 'US', applicationName: 'Acme', accountIdentifier: 'ada@example.com' },
  render: besidePanels(SmsTwoFactorSection, [SmsOutbox]),
} satisfies Meta<typeof SmsTwoFactorSection>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  loaders: [withBackend()],
  parameters: { msw: [http.get(PHONE_NUMBERS_URL, () => delay('infinite')), ...backendHandlers] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const section = canvas.getByRole('region', { name: 'Two-step verification' });
    await expect(section).toHaveAttribute('aria-busy', 'true');
    await expect(section).toHaveAttribute('data-state', 'loading');
    await expect(canvas.getByText('Loading your two-step verification settings…')).toBeInTheDocument();
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
  },
};

export const OffNoNumbers: Story = {
  loaders: [withBackend()],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const enable = await canvas.findByRole('button', { name: 'Enable SMS verification' });
    await expect(canvas.getByText(sentence('SMS verification is off.'))).toBeInTheDocument();
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'off');

    // Nothing to choose from: the wizard opens on "add a number", focus in its field.
    await activate(enable);
    const wizard = await canvas.findByRole('region', { name: 'Turn on SMS verification' });
    await expect(wizard).toHaveAttribute('data-step', 'add');
    await waitFor(() => expect(canvas.getByRole('textbox', { name: /Phone number/ })).toHaveFocus());

    // Cancel hands focus back to the Enable button.
    await activate(within(wizard).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Enable SMS verification' })).toHaveFocus());
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'off');
  },
};

export const OffWithVerifiedNumber: Story = {
  loaders: [withBackend({ phoneNumbers: [{ id: 'idn_mobile', phoneNumber: '+12015550100', verified: true }] })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await activate(await canvas.findByRole('button', { name: 'Enable SMS verification' }));

    // Step 1: the verified number is offered and checked, with focus on it.
    const choices = await canvas.findByRole('group', { name: 'Choose a phone number' });
    const number = within(choices).getByRole('radio', { name: '+1 201 555 0100' });
    await waitFor(() => expect(number).toHaveFocus());
    await expect(number).toBeChecked();
    await expect(within(choices).getByRole('radio', { name: 'Use a new phone number' })).not.toBeChecked();
    await activate(canvas.getByRole('button', { name: 'Continue' }));

    // Reserved: the first second factor brings backup codes, which the user must save.
    const heading = await canvas.findByRole('heading', { name: 'Save your backup codes' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(within(root(canvasElement)).getAllByRole('status').some((s) => s.textContent === 'SMS verification turned on')).toBe(true);
    const snapshot = backend.snapshot();
    await expect(snapshot.phoneNumbers[0]).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true });
    await expect(snapshot.backupCodes?.codes.length).toBeGreaterThan(0);
    const list = canvas.getByRole('list', { name: 'Backup codes' });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(snapshot.backupCodes!.codes.length);
    await expect(list).toHaveTextContent(snapshot.backupCodes!.codes[0]!);

    await tabTo(canvas.getByRole('checkbox', { name: 'I have saved these codes' }));
    await userEvent.keyboard(' ');
    await activate(canvas.getByRole('button', { name: 'Done' }));

    // On: the wizard is gone and focus is on the sentence saying so.
    const status = await canvas.findByText(sentence('SMS verification is on. When you sign in, we text a code to +1 201 555 0100.'));
    await waitFor(() => expect(status).toHaveFocus());
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'on');
    await expect(canvas.queryByRole('region', { name: 'Turn on SMS verification' })).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Disable SMS verification' })).toBeInTheDocument();
  },
};

export const EnableWithNewNumber: Story = {
  loaders: [withBackend({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }] })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await activate(await canvas.findByRole('button', { name: 'Enable SMS verification' }));

    const newNumber = await canvas.findByRole('radio', { name: 'Use a new phone number' });
    await waitFor(() => expect(canvas.getByRole('radio', { name: '+1 201 555 0100' })).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}');
    await expect(newNumber).toBeChecked();
    await activate(canvas.getByRole('button', { name: 'Continue' }));

    // Add: focus in the number field.
    const field = await canvas.findByRole('textbox', { name: /Phone number/ });
    await waitFor(() => expect(field).toHaveFocus());
    await expect(canvas.getByRole('region', { name: 'Turn on SMS verification' })).toHaveAttribute('data-step', 'add');
    await userEvent.keyboard('{Control>}a{/Control}+12015550123{Enter}');

    // Verify: the code went out; type it.
    const code = await canvas.findByRole('textbox', { name: /Verification code/ });
    await waitFor(() => expect(code).toHaveFocus());
    await waitFor(() => expect(backend.outbox.lastCodeFor('+12015550123')).toBe('424242'));
    await userEvent.keyboard('424242');

    // Verified and reserved automatically; the backup codes follow.
    await canvas.findByRole('heading', { name: 'Save your backup codes' });
    const added = backend.snapshot().phoneNumbers.find((p) => p.phoneNumber === '+12015550123');
    await expect(added).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true, verification: { status: 'verified' } });
    await expect(backend.snapshot().backupCodes).not.toBeNull();
    await expect(canvas.getByRole('list', { name: 'Backup codes' })).toBeInTheDocument();
  },
};

export const OnOneNumber: Story = {
  loaders: [
    withBackend({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true }] }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(sentence('SMS verification is on. When you sign in, we text a code to +1 201 555 0100.'));
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'on');

    // Backup codes were shown once, at the time; here the user may make a new set.
    const toggle = canvas.getByRole('button', { name: 'Backup codes' });
    await activate(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveFocus();
    await expect(await canvas.findByText('No backup codes to show')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Generate new codes' })).toBeInTheDocument();
  },
};

export const OnManyNumbers: Story = {
  loaders: [
    withBackend({
      phoneNumbers: [
        { id: 'idn_first', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true },
        { id: 'idn_second', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true },
        { id: 'idn_spare', phoneNumber: '+12015550102', verified: true },
      ],
    }),
  ],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await canvas.findByText((_, element) => element?.tagName === 'P' && /SMS verification is on for 2 phone numbers/.test(element.textContent ?? ''));
    await expect(canvas.getByText((_, element) => element?.tagName === 'P' && /your default number, \+1 201 555 0100\./.test(element.textContent ?? ''))).toBeInTheDocument();

    // One list: each verified number with its switch; the default's badge, "Make default" on the other one in use.
    const list = canvas.getByRole('list', { name: 'Your phone numbers' });
    await expect(within(list).getAllByRole('switch')).toHaveLength(3);
    await expect(within(list).getAllByText('Default for sign-in codes')).toHaveLength(1);
    await expect(canvas.queryByRole('radio')).not.toBeInTheDocument();

    // Change the default with the keyboard: the button gives way to the badge, focus stays in that row.
    await activate(within(list).getByRole('button', { name: 'Make default +1 201 555 0101' }));
    await expect(within(list).getByRole('switch', { name: 'Use +1 201 555 0101 for sign-in codes' })).toHaveFocus();
    await waitFor(() => expect(backend.snapshot().phoneNumbers.find((p) => p.id === 'idn_second')?.defaultSecondFactor).toBe(true));
    await canvas.findByText((_, element) => element?.tagName === 'P' && /your default number, \+1 201 555 0101\./.test(element.textContent ?? ''));
  },
};

const twoReserved = withBackend({
  phoneNumbers: [
    { id: 'idn_first', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true },
    { id: 'idn_second', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true },
  ],
});

export const DisableConfirm: Story = {
  loaders: [twoReserved],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await activate(await canvas.findByRole('button', { name: 'Disable SMS verification' }));

    const title = await canvas.findByRole('heading', { name: 'Disable SMS verification?' });
    await expect(title).toHaveFocus();
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'disabling');
    await expect(canvas.getByText(/no longer ask for a code sent to your phone, and your backup codes will stop working/)).toBeInTheDocument();
    await activate(canvas.getByRole('button', { name: 'Disable SMS verification' }));

    const enable = await canvas.findByRole('button', { name: 'Enable SMS verification' });
    await waitFor(() => expect(enable).toHaveFocus());
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'off');
    await expect(canvas.getByText(sentence('SMS verification is off.'))).toBeInTheDocument();
    await expect(within(root(canvasElement)).getAllByRole('status').some((s) => s.textContent === 'SMS verification turned off')).toBe(true);
    const snapshot = backend.snapshot();
    await expect(snapshot.phoneNumbers.every((p) => !p.reservedForSecondFactor && !p.defaultSecondFactor)).toBe(true);
    await expect(snapshot.backupCodes).toBeNull();
  },
};

export const DisableCancel: Story = {
  loaders: [twoReserved],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await activate(await canvas.findByRole('button', { name: 'Disable SMS verification' }));
    await canvas.findByRole('heading', { name: 'Disable SMS verification?' });
    await activate(canvas.getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(canvas.getByRole('button', { name: 'Disable SMS verification' })).toHaveFocus());
    await expect(canvas.queryByRole('heading', { name: 'Disable SMS verification?' })).not.toBeInTheDocument();
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'on');
    await expect(backend.snapshot().phoneNumbers.filter((p) => p.reservedForSecondFactor)).toHaveLength(2);
  },
};

export const EnableNeedsReverification: Story = {
  decorators: [withStepUpOutlet],
  loaders: [withBackend({ requireReverification: true, phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }] })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await activate(await canvas.findByRole('button', { name: 'Enable SMS verification' }));
    await activate(await canvas.findByRole('button', { name: 'Continue' }));

    // The kit's own step-up dialog asks the user to confirm it is them; Esc, the moment it shows, gives up.
    await escapeStepUp(canvas);

    // Back on the choice, the same number still checked and focused, with the reason.
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The change was not made because verification was cancelled.');
    const number = canvas.getByRole('radio', { name: '+1 201 555 0100' });
    await expect(number).toBeChecked();
    await waitFor(() => expect(number).toHaveFocus());
    await expect(canvas.getByText(sentence('SMS verification is off.'))).toBeInTheDocument();
    await expect(backend.snapshot().phoneNumbers[0]!.reservedForSecondFactor).toBe(false);
  },
};

export const NetworkDownOnReserve: Story = {
  loaders: [withBackend({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }] })],
  parameters: {
    msw: [
      // PATCH arrives tunnelled as `POST …?_method=PATCH`; the connection drops.
      http.post(`${PHONE_NUMBERS_URL}/:id`, ({ request }) =>
        new URL(request.url).searchParams.get('_method') === 'PATCH' ? HttpResponse.error() : undefined,
      ),
      http.patch(`${PHONE_NUMBERS_URL}/:id`, () => HttpResponse.error()),
      ...backendHandlers,
    ],
  },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await activate(await canvas.findByRole('button', { name: 'Enable SMS verification' }));
    await activate(await canvas.findByRole('button', { name: 'Continue' }));

    await expect(await canvas.findByRole('alert')).toHaveTextContent('You appear to be offline. Check your connection and try again.');
    // The optimistic "on" was rolled back.
    await expect(canvas.getByText(sentence('SMS verification is off.'))).toBeInTheDocument();
    await expect(canvas.getByRole('radio', { name: '+1 201 555 0100' })).toBeChecked();
    await expect(canvas.getByRole('region', { name: 'Turn on SMS verification' })).toHaveAttribute('data-step', 'choose');
    await expect(backend.snapshot().phoneNumbers[0]!.reservedForSecondFactor).toBe(false);
  },
};

const listRequests = { count: 0 };

export const ListError500: Story = {
  loaders: [
    withBackend({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true }] }),
    async () => {
      listRequests.count = 0;
      return {};
    },
  ],
  parameters: {
    msw: [
      http.get(PHONE_NUMBERS_URL, () => {
        listRequests.count++;
        return HttpResponse.json(
          { errors: [{ code: 'internal_clerk_error', message: 'Oops', long_message: 'There was an internal error on our servers.' }] },
          { status: 500 },
        );
      }),
      ...backendHandlers,
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('We could not load your two-step verification settings.');
    await expect(alert).toHaveTextContent('The server could not complete the request. Please try again later.');
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'error');
    await expect(canvas.queryByRole('button', { name: 'Enable SMS verification' })).not.toBeInTheDocument();

    // Still failing: the alert stays, and so does the button (pending meanwhile), keeping focus for the next try.
    const retry = canvas.getByRole('button', { name: 'Try again' });
    await activate(retry);
    await waitFor(() => expect(listRequests.count).toBe(2));
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-disabled'));
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBe(retry);
    await expect(retry).toHaveFocus();
    await expect(canvas.getByRole('alert')).toHaveTextContent('We could not load your two-step verification settings.');
  },
};
