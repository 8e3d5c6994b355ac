/**
 * DefaultSecondFactor: which verified numbers receive sign-in codes, and which is the default. Each play
 * function is a keyboard user; the reference backend's state is checked after every change.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DefaultSecondFactor } from '../src/components/DefaultSecondFactor/DefaultSecondFactor.tsx';
import { backendHandlers, KitDecorator, STORY_API_URL, storyBackend, withBackend } from './support/backend.tsx';
import { tabTo } from './support/keyboard.ts';
import { heldAnswer } from './support/heldAnswer.ts';


function root(canvasElement: HTMLElement) {
  return canvasElement.querySelector('.pnk-default-second-factor')!;
}

function rowOf(element: HTMLElement) {
  return element.closest('.pnk-default-second-factor__row')!;
}

const meta = {
  title: 'Components/DefaultSecondFactor',
  component: DefaultSecondFactor,
  decorators: [KitDecorator],
  parameters: { msw: backendHandlers },
  args: { onChange: fn() },
} satisfies Meta<typeof DefaultSecondFactor>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  loaders: [withBackend({ latencyMs: 10 * 60_000, phoneNumbers: [{ phoneNumber: '+12015550101', verified: true }] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(root(canvasElement)).toHaveAttribute('aria-busy', 'true');
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'loading');
    await expect(canvas.getAllByRole('status').map((status) => status.textContent)).toContain('Loading phone numbers…');
    await expect(canvas.queryByRole('switch')).toBeNull();
  },
};

export const Empty: Story = {
  loaders: [withBackend()],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/You have no phone numbers yet/)).toBeVisible();
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'empty');
    await expect(canvas.queryByRole('switch')).toBeNull();
  },
};

export const OneVerified: Story = {
  loaders: [withBackend({ phoneNumbers: [{ id: 'idn_one', phoneNumber: '+12015550101', verified: true }] })],
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    const toggle = await canvas.findByRole('switch', { name: 'Use +1 201 555 0101 for sign-in codes' });
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(canvas.getByText('Two-step verification by text message is off.')).toBeVisible();
    await tabTo(toggle);
    await userEvent.keyboard(' ');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Two-step verification turned on for +1 201 555 0101.'));
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(toggle).toHaveFocus();
    // The first number turned on becomes the default.
    await expect(within(rowOf(toggle) as HTMLElement).getByText('Default for sign-in codes')).toBeVisible();
    const phone = backend.snapshot().phoneNumbers[0]!;
    await expect(phone).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true });
    await expect(args.onChange).toHaveBeenCalledTimes(1);
  },
};

const many = [
  { id: 'idn_a', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true },
  { id: 'idn_b', phoneNumber: '+12015550102', verified: true, reservedForSecondFactor: true },
  { id: 'idn_c', phoneNumber: '+12015550103', verified: true, reservedForSecondFactor: true },
  { id: 'idn_d', phoneNumber: '+12015550104', verified: true },
  { id: 'idn_e', phoneNumber: '+12015550105' },
];

function backendDefault(loaded: Record<string, unknown>) {
  return storyBackend(loaded).snapshot().phoneNumbers.find((p) => p.defaultSecondFactor)?.id;
}

export const ManyNumbers: Story = {
  loaders: [withBackend({ phoneNumbers: many })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Your phone numbers' });
    // Verified numbers only, each with its switch; the default's badge, "Make default" on the others in use.
    await expect(within(list).getAllByRole('switch')).toHaveLength(4);
    await expect(within(list).getAllByText('Default for sign-in codes')).toHaveLength(1);
    await expect(within(list).getAllByRole('button', { name: /^Make default/ })).toHaveLength(2);
    const d = within(list).getByRole('switch', { name: 'Use +1 201 555 0104 for sign-in codes' });
    await expect(within(rowOf(d) as HTMLElement).queryByRole('button', { name: /^Make default/ })).toBeNull();

    await tabTo(within(list).getByRole('button', { name: 'Make default +1 201 555 0102' }));
    await userEvent.keyboard('{Enter}');
    // The button gives way to the badge: focus stays in the row, on its switch.
    await expect(within(list).getByRole('switch', { name: 'Use +1 201 555 0102 for sign-in codes' })).toHaveFocus();
    await waitFor(() => expect(backendDefault(loaded)).toBe('idn_b'));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('+1 201 555 0102 is now your default number for sign-in codes.'));
    await tabTo(within(list).getByRole('button', { name: 'Make default +1 201 555 0103' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backendDefault(loaded)).toBe('idn_c'));
    await expect(within(rowOf(within(list).getByText('+1 201 555 0103')) as HTMLElement).getByText('Default for sign-in codes')).toBeVisible();
    await waitFor(() => expect(canvasElement.querySelector('[aria-busy="true"]')).toBeNull());
  },
};

export const Unverified: Story = {
  loaders: [
    withBackend({
      phoneNumbers: [
        { id: 'idn_ok', phoneNumber: '+12015550101', verified: true },
        { id: 'idn_new', phoneNumber: '+12015550109' },
      ],
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Your phone numbers' });
    // Left out of the list, with one quiet line on how to use it.
    await expect(within(list).queryByText('+1 201 555 0109')).toBeNull();
    await expect(canvas.getByText(/Numbers you have not verified yet are not listed/)).toBeVisible();
    await expect(canvas.getAllByRole('switch')).toHaveLength(1);
  },
};

export const TurnOffLastWarns: Story = {
  loaders: [
    withBackend({
      phoneNumbers: [{ id: 'idn_only', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true }],
    }),
  ],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole('switch', { name: /\+1 201 555 0101/ });
    await tabTo(toggle);

    // Cancel keeps it on and hands focus back.
    await userEvent.keyboard(' ');
    await expect(await canvas.findByRole('heading', { name: 'Turn off two-step verification?' })).toHaveFocus();
    await expect(canvas.getByText(/^Two-step verification will be turned off/)).toBeVisible();
    await tabTo(canvas.getByRole('button', { name: 'Cancel' }));
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveFocus();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');

    // Confirm turns it off.
    await userEvent.keyboard(' ');
    await tabTo(await canvas.findByRole('button', { name: 'Turn off' }));
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveFocus();
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'false'));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Two-step verification turned off for +1 201 555 0101.'));
    await expect(storyBackend(loaded).snapshot().phoneNumbers[0]).toMatchObject({ reservedForSecondFactor: false, defaultSecondFactor: false });
    await expect(canvas.getByText('Two-step verification by text message is off.')).toBeVisible();
  },
};

/** The network failure, held back while NetworkDown checks the optimistic "on". */
const networkDownAnswer = heldAnswer();

export const NetworkDown: Story = {
  loaders: [
    withBackend({
      phoneNumbers: [
        { id: 'idn_a', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true },
        { id: 'idn_b', phoneNumber: '+12015550102', verified: true },
      ],
    }),
  ],
  parameters: {
    msw: [
      http.post(`${STORY_API_URL}/v1/me/phone_numbers/:id`, async () => {
        await Promise.all([delay(400), networkDownAnswer.wait()]);
        return HttpResponse.error();
      }),
      ...backendHandlers,
    ],
  },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole('switch', { name: /\+1 201 555 0102/ });
    networkDownAnswer.hold();
    await tabTo(toggle);
    await userEvent.keyboard(' ');
    // At once: on, and waiting for the server (whose answer waits until checked).
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'true'));
    await expect(rowOf(toggle)).toHaveAttribute('data-state', 'pending');
    await expect(rowOf(toggle)).toHaveAttribute('aria-busy', 'true');
    networkDownAnswer.release();
    // Then the failure: rolled back, and said.
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Could not change +1 201 555 0102. You appear to be offline. Check your connection and try again.',
    );
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'false'));
    await expect(rowOf(toggle)).toHaveAttribute('data-state', 'idle');
    await expect(storyBackend(loaded).snapshot().phoneNumbers.find((p) => p.id === 'idn_b')?.reservedForSecondFactor).toBe(false);
  },
};

export const ListError500: Story = {
  loaders: [withBackend({ phoneNumbers: [{ phoneNumber: '+12015550101', verified: true }] })],
  parameters: {
    msw: [
      http.get(
        `${STORY_API_URL}/v1/me/phone_numbers`,
        () =>
          HttpResponse.json(
            { errors: [{ code: 'internal_clerk_error', message: 'Oops', long_message: 'There was an internal error on our servers.' }] },
            { status: 500 },
          ),
        { once: true },
      ),
      ...backendHandlers,
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Your phone numbers could not be loaded. The server could not complete the request. Please try again later.',
    );
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'error');
    await tabTo(canvas.getByRole('button', { name: 'Try again' }));
    await userEvent.keyboard('{Enter}');
    // The next answer is the backend's: the list appears.
    await expect(await canvas.findByRole('switch', { name: /\+1 201 555 0101/ })).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Two-step verification by text message' })).toHaveFocus());
  },
};
