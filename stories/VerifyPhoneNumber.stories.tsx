/**
 * The code step on the reference backend (its SMS code is always 424242). Each play function works as a
 * keyboard user: the code field has focus on mount, digits are typed, Tab and Enter reach the buttons.
 */
import type { Loader, Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { VerifyPhoneNumber } from '../src/components/VerifyPhoneNumber/VerifyPhoneNumber.tsx';
import type { MemoryBackendOptions } from '../src/testing/index.ts';
import { backendHandlers, KitDecorator, STORY_API_URL, storyBackend, withBackend } from './support/backend.tsx';
import { SmsOutbox } from './support/SmsOutbox.tsx';

const ID = 'idn_verify';
const ATTEMPT_URL = `${STORY_API_URL}/v1/me/phone_numbers/${ID}/attempt_verification`;
const PREPARE_URL = `${STORY_API_URL}/v1/me/phone_numbers/${ID}/prepare_verification`;

/**
 * A number whose code (424242) is live for `lifetimeMs`. Built when the story loads, not when this module
 * does, so the code's clock starts with the story.
 */
function withPendingCode(lifetimeMs = 600_000, options: MemoryBackendOptions = {}): Loader {
  return (context) =>
    withBackend({
      phoneNumbers: [
        {
          id: ID,
          phoneNumber: '+12015550123',
          verification: { object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 0, expireAt: Date.now() + lifetimeMs },
          code: '424242',
        },
      ],
      ...options,
    })(context);
}

const meta = {
  title: 'Components/VerifyPhoneNumber',
  component: VerifyPhoneNumber,
  decorators: [KitDecorator],
  parameters: { msw: backendHandlers },
  args: { phoneNumberId: ID, onVerified: fn(), onCancel: fn(), onChangeNumber: fn() },
  render: (args, { loaded }) => (
    <div style={{ display: 'flex', gap: 24, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <VerifyPhoneNumber {...args} />
      <SmsOutbox backend={storyBackend(loaded)} />
    </div>
  ),
} satisfies Meta<typeof VerifyPhoneNumber>;
export default meta;

type Story = StoryObj<typeof meta>;

async function focusedCodeField(canvasElement: HTMLElement) {
  const input = await within(canvasElement).findByRole('textbox', { name: 'Verification code' });
  await waitFor(() => expect(input).toHaveFocus());
  return input;
}

function root(canvasElement: HTMLElement) {
  return canvasElement.querySelector('.pnk-verify-phone-number')!;
}

export const Default: Story = {
  loaders: [withPendingCode()],
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    const input = await focusedCodeField(canvasElement);
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(canvas.getByText(/^Code expires in \d+:\d\d$/)).toBeVisible();
    await userEvent.keyboard('424242');
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledTimes(1));
    await expect(canvas.getByRole('status')).toHaveTextContent('Phone number verified');
    expect(root(canvasElement)).toHaveAttribute('data-state', 'success');
    expect(storyBackend(loaded).snapshot().phoneNumbers[0]!.verification?.status).toBe('verified');
  },
};

export const WrongCode: Story = {
  loaders: [withPendingCode()],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const input = await focusedCodeField(canvasElement);
    await userEvent.keyboard('111111');
    const message = await canvas.findByText('That code is incorrect. Check the message and try again.');
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')).toContain(message.id);
    expect(storyBackend(loaded).snapshot().phoneNumbers[0]!.verification).toMatchObject({ status: 'unverified', attempts: 1 });
  },
};

export const Expired: Story = {
  // The code lives 5 s: it expires while the user looks at it (long enough to show it first on a busy machine).
  loaders: [withPendingCode(5_000)],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await focusedCodeField(canvasElement);
    const getNewCode = await canvas.findByRole('button', { name: 'Get a new code' });
    expect(canvas.getByText('This code has expired and can no longer be used.')).toBeVisible();
    expect(canvas.queryByRole('textbox', { name: 'Verification code' })).toBeNull();
    expect(getNewCode).toHaveFocus();
    expect(backend.outbox).toHaveLength(0);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.outbox).toHaveLength(1));
    const input = await focusedCodeField(canvasElement);
    await userEvent.keyboard('424242');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'success'));
    expect(input).not.toBeInTheDocument();
  },
};

export const TooManyAttempts: Story = {
  loaders: [withPendingCode(600_000, { maxAttempts: 3 })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    const input = await focusedCodeField(canvasElement);
    for (const wrong of ['111111', '222222']) {
      await userEvent.keyboard(wrong);
      await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
      await waitFor(() => expect(input).toHaveValue(''));
    }
    // Two wrong codes of three: the warning before the last try.
    expect(await canvas.findByText('One attempt left. After one more incorrect code, you will need a new code.')).toBeVisible();
    await userEvent.keyboard('333333');
    const getNewCode = await canvas.findByRole('button', { name: 'Get a new code' });
    expect(canvas.getByRole('alert')).toHaveTextContent('Too many incorrect codes were entered, so this code no longer works.');
    expect(getNewCode).toHaveFocus();
    expect(backend.snapshot().phoneNumbers[0]!.verification?.status).toBe('failed');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.outbox).toHaveLength(1));
    await focusedCodeField(canvasElement);
  },
};

export const RateLimited: Story = {
  loaders: [withPendingCode()],
  parameters: {
    msw: [
      http.post(PREPARE_URL, () =>
        HttpResponse.json(
          { errors: [{ code: 'too_many_requests', message: 'Too many requests', long_message: 'Too many requests. Please wait 17 seconds.' }] },
          { status: 429, headers: { 'Retry-After': '17' } },
        ),
      ),
      ...backendHandlers,
    ],
  },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await focusedCodeField(canvasElement);
    await userEvent.tab();
    const resend = canvas.getByRole('button', { name: 'Resend code' });
    expect(resend).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Too many codes were requested. You can ask for a new one in 17 seconds.');
    // Counting down from 17 (a busy machine may show a later second).
    const waiting = await canvas.findByRole('button', { name: /^Resend code in (1[0-7]|[1-9]) s$/ });
    expect(waiting).toHaveAttribute('aria-disabled', 'true');
    // Still focused: the button waits instead of disappearing from the tab order.
    expect(waiting).toHaveFocus();
    expect(storyBackend(loaded).outbox).toHaveLength(0);
  },
};

export const NetworkDownOnVerify: Story = {
  loaders: [withPendingCode()],
  parameters: { msw: [http.post(ATTEMPT_URL, () => HttpResponse.error()), ...backendHandlers] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await focusedCodeField(canvasElement);
    await userEvent.keyboard('424242');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You appear to be offline. Check your connection and try again.');
    // Not the code's fault: it stays, and a Verify button offers to try again.
    expect(input).toHaveValue('424242');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(canvas.getByRole('button', { name: 'Verify' })).toBeVisible();
  },
};

export const Paste: Story = {
  loaders: [withPendingCode()],
  play: async ({ canvasElement, args }) => {
    await focusedCodeField(canvasElement);
    await userEvent.paste('424242');
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledTimes(1));
    expect(root(canvasElement)).toHaveAttribute('data-state', 'success');
  },
};

export const PasteMessageText: Story = {
  loaders: [withPendingCode()],
  play: async ({ canvasElement, args }) => {
    await focusedCodeField(canvasElement);
    // The whole text message pasted: the code is taken out of it.
    await userEvent.paste('Your Acme code is 424 242. Do not share it.');
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledTimes(1));
    expect(root(canvasElement)).toHaveAttribute('data-state', 'success');
  },
};

export const PasteWithoutCode: Story = {
  loaders: [withPendingCode()],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const input = await focusedCodeField(canvasElement);
    await userEvent.keyboard('42');
    await userEvent.paste('Your Acme code is on its way');
    expect(await canvas.findByRole('alert')).toHaveTextContent('No 6-digit code was found in that text. Type the code from the text message.');
    // What was typed stays, and the field keeps focus for the user to go on.
    expect(input).toHaveValue('42');
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(storyBackend(loaded).snapshot().phoneNumbers[0]!.verification).toMatchObject({ attempts: 0 });
  },
};

export const ChangeNumber: Story = {
  loaders: [withPendingCode()],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await focusedCodeField(canvasElement);
    const sentence = canvas.getByText(/Sent to/);
    expect(sentence).toHaveTextContent(/^Sent to \+1 201 555 0123$/);
    // No separator to dangle at a line's end when "Change number" wraps on a narrow screen.
    expect(sentence.parentElement).toHaveTextContent(/^Sent to \+1 201 555 0123\s*Change number$/);
    await userEvent.tab({ shift: true });
    expect(canvas.getByRole('button', { name: 'Change number' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(args.onChangeNumber).toHaveBeenCalledTimes(1);
  },
};

export const SendsCodeOnMount: Story = {
  loaders: [withBackend({ phoneNumbers: [{ id: ID, phoneNumber: '+12015550123' }] })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(storyBackend(loaded).outbox).toHaveLength(1));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('A code was sent to \u2066+1 201 555 0123\u2069.'));
    expect(await canvas.findByRole('button', { name: /^Resend code in ([1-9]|[12]\d|30) s$/ })).toHaveAttribute('aria-disabled', 'true');
    await focusedCodeField(canvasElement);
  },
};

export const WithoutAutoSubmit: Story = {
  loaders: [withPendingCode()],
  args: { autoSubmit: false, onChangeNumber: undefined, onCancel: undefined },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await focusedCodeField(canvasElement);
    expect(canvas.queryByRole('button', { name: 'Change number' })).toBeNull();
    expect(canvas.queryByRole('button', { name: 'Cancel' })).toBeNull();
    await userEvent.keyboard('424242');
    expect(args.onVerified).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledTimes(1));
  },
};

export const RightToLeft: Story = {
  loaders: [withPendingCode()],
  render: (args) => (
    <div dir="rtl" lang="ar">
      <VerifyPhoneNumber {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const input = await focusedCodeField(canvasElement);
    expect(input.closest('.pnk-verify-phone-number__code')).toHaveAttribute('dir', 'ltr');
    await userEvent.keyboard('12');
    const slots = canvasElement.querySelectorAll('.pnk-verify-phone-number__slot');
    // The first digit is in the leftmost box.
    expect(slots[0]!.getBoundingClientRect().left).toBeLessThan(slots[1]!.getBoundingClientRect().left);
    expect(slots[0]).toHaveTextContent('1');
  },
};

export const Loading: Story = {
  loaders: [withBackend({ latencyMs: 100_000 })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    expect(await canvas.findByText('Loading…')).toBeVisible();
    expect(root(canvasElement)).toHaveAttribute('data-state', 'loading');
  },
};
