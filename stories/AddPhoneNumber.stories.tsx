/**
 * The "add a phone number" step on the reference backend. Each play function works as a keyboard user: the
 * field has focus on mount, digits are typed, Enter submits.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AddPhoneNumber } from '../src/components/AddPhoneNumber/AddPhoneNumber.tsx';
import { loadPhoneLibrary } from '../src/components/AddPhoneNumber/loadPhoneLibrary.ts';
import { backendHandlers, KitDecorator, STORY_API_URL, storyBackend, withBackend } from './support/backend.tsx';
import { SmsOutbox } from './support/SmsOutbox.tsx';

const CREATE_URL = `${STORY_API_URL}/v1/me/phone_numbers`;

const meta = {
  title: 'Components/AddPhoneNumber',
  component: AddPhoneNumber,
  decorators: [KitDecorator],
  // The form reads the phone library as it renders (the main entry's AddPhoneNumber loads it with the step).
  loaders: [() => loadPhoneLibrary()],
  parameters: { msw: backendHandlers },
  // Stories pin the country, so they do not depend on the browser's language (a unit test covers the guess).
  args: { defaultCountry: 'US', onAdded: fn(), onCancel: fn() },
  render: (args, { loaded }) => (
    <div style={{ display: 'flex', gap: 24, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <AddPhoneNumber {...args} />
      <SmsOutbox backend={storyBackend(loaded)} />
    </div>
  ),
} satisfies Meta<typeof AddPhoneNumber>;
export default meta;

type Story = StoryObj<typeof meta>;

function phoneField(canvasElement: HTMLElement) {
  return within(canvasElement).getByRole('textbox', { name: 'Phone number' });
}

export const Default: Story = {
  loaders: [withBackend()],
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    const input = phoneField(canvasElement);
    await waitFor(() => expect(input).toHaveFocus());
    expect(input).toHaveAttribute('autocomplete', 'tel');
    expect(input).toHaveValue('+1');
    await userEvent.keyboard('2015550123');
    // Formatted as typed.
    expect(input).toHaveValue('+1 201 555 0123');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onAdded).toHaveBeenCalledTimes(1));
    expect(args.onAdded).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '+12015550123' }));
    expect(backend.snapshot().phoneNumbers.map((p) => p.phoneNumber)).toEqual(['+12015550123']);
    expect(backend.outbox).toHaveLength(1);
    expect(canvas.getByRole('combobox', { name: 'Country' })).toHaveValue('US');
  },
};

export const Invalid: Story = {
  loaders: [withBackend()],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    const before = backend.snapshot();
    const input = phoneField(canvasElement);
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.keyboard('555{Enter}');
    await expect(await canvas.findByText('This number is too short. Check that you entered every digit.')).toBeVisible();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();
    // After the first submit the message follows the typing.
    await userEvent.keyboard('5550100');
    await expect(await canvas.findByText('This is not a valid mobile number for United States. Enter a mobile number that can receive text messages.')).toBeVisible();
    await userEvent.keyboard('{Enter}');
    expect(input).toHaveValue('+1 555 555 0100');
    expect(backend.snapshot()).toEqual(before);
    expect(backend.outbox).toHaveLength(0);
  },
};

export const Duplicate: Story = {
  loaders: [withBackend({ takenPhoneNumbers: ['+12015550123'] })],
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    const input = phoneField(canvasElement);
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.keyboard('2015550123{Enter}');
    const message = await canvas.findByText('This phone number is already in use. Try another one.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')).toContain(message.id);
    expect(input).toHaveValue('+1 201 555 0123');
    expect(input).toHaveFocus();
    expect(args.onAdded).not.toHaveBeenCalled();
    expect(storyBackend(loaded).snapshot().phoneNumbers).toHaveLength(0);
  },
};

async function submitAndExpectAlert(canvasElement: HTMLElement, text: RegExp | string) {
  const canvas = within(canvasElement);
  const input = phoneField(canvasElement);
  await waitFor(() => expect(input).toHaveFocus());
  await userEvent.keyboard('2015550123{Enter}');
  await expect(await canvas.findByRole('alert')).toHaveTextContent(text);
  // What the user typed is still there, ready to submit again.
  expect(input).toHaveValue('+1 201 555 0123');
  expect(input).not.toHaveAttribute('aria-invalid', 'true');
  expect(canvas.getByRole('button', { name: 'Add phone number' })).toBeEnabled();
}

export const NetworkDown: Story = {
  loaders: [withBackend()],
  parameters: { msw: [http.post(CREATE_URL, () => HttpResponse.error()), ...backendHandlers] },
  play: async ({ canvasElement }) => {
    await submitAndExpectAlert(canvasElement, 'You appear to be offline. Check your connection and try again.');
  },
};

export const ServerError500: Story = {
  loaders: [withBackend()],
  parameters: {
    msw: [
      http.post(CREATE_URL, () =>
        HttpResponse.json(
          { errors: [{ code: 'internal_clerk_error', message: 'Oops, an unexpected error occurred', long_message: 'There was an internal error on our servers.' }] },
          { status: 500 },
        ),
      ),
      ...backendHandlers,
    ],
  },
  play: async ({ canvasElement }) => {
    await submitAndExpectAlert(canvasElement, 'The server could not complete the request. Please try again later.');
  },
};

export const MalformedResponse: Story = {
  loaders: [withBackend()],
  parameters: {
    msw: [http.post(CREATE_URL, () => new HttpResponse('<html><body>Bad gateway</body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } })), ...backendHandlers],
  },
  play: async ({ canvasElement }) => {
    await submitAndExpectAlert(canvasElement, 'The server sent an answer we could not read. Please try again later.');
  },
};

export const WrongShapeResponse: Story = {
  loaders: [withBackend()],
  parameters: {
    msw: [http.post(CREATE_URL, () => HttpResponse.json({ response: { id: 42, object: 'phone_number' }, client: null })), ...backendHandlers],
  },
  play: async ({ canvasElement }) => {
    await submitAndExpectAlert(canvasElement, 'The server sent an unexpected answer. Please try again later.');
  },
};

export const ReverificationRequired: Story = {
  loaders: [withBackend({ requireReverification: true })],
  play: async ({ canvasElement }) => {
    await submitAndExpectAlert(canvasElement, 'For your security, confirm it is you before making this change.');
  },
};

export const Pending: Story = {
  loaders: [withBackend({ latencyMs: 100_000 })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = phoneField(canvasElement);
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.keyboard('2015550123{Enter}');
    const submit = await canvas.findByRole('button', { name: 'Adding…' });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAttribute('aria-busy', 'true');
    expect(input).toHaveAttribute('readonly');
    expect(input).toHaveValue('+1 201 555 0123');
    expect(canvasElement.querySelector('.pnk-add-phone-number')).toHaveAttribute('data-state', 'pending');
  },
};

export const DefaultCountry: Story = {
  loaders: [withBackend()],
  args: { defaultCountry: 'GB' },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const input = phoneField(canvasElement);
    expect(canvas.getByRole('combobox', { name: 'Country' })).toHaveValue('GB');
    await waitFor(() => expect(input).toHaveFocus());
    expect(input).toHaveValue('+44');
    await userEvent.keyboard('7400123456');
    expect(input).toHaveValue('+44 7400 123456');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(storyBackend(loaded).snapshot().phoneNumbers.map((p) => p.phoneNumber)).toEqual(['+447400123456']));
  },
};

export const ChangeCountryWithKeyboard: Story = {
  loaders: [withBackend()],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const input = phoneField(canvasElement);
    await waitFor(() => expect(input).toHaveFocus());
    // The picker comes before the field: Shift+Tab reaches it, typing a name picks the country.
    await userEvent.tab({ shift: true });
    const country = canvas.getByRole('combobox', { name: 'Country' });
    expect(country).toHaveFocus();
    await userEvent.selectOptions(country, 'FR');
    expect(country).toHaveValue('FR');
    await userEvent.tab();
    expect(input).toHaveFocus();
    expect(input).toHaveValue('+33');
    await userEvent.keyboard('612345678{Enter}');
    await waitFor(() => expect(storyBackend(loaded).snapshot().phoneNumbers.map((p) => p.phoneNumber)).toEqual(['+33612345678']));
  },
};

/** One rule in every country: mobile numbers only. A Berlin landline is refused as a London one is, nothing is sent. */
export const LandlineRefused: Story = {
  loaders: [withBackend()],
  args: { defaultCountry: 'DE' },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const input = phoneField(canvasElement);
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.keyboard('3012345678{Enter}');
    await expect(await canvas.findByText('This is not a valid mobile number for Germany. Enter a mobile number that can receive text messages.')).toBeVisible();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();
    expect(storyBackend(loaded).outbox).toHaveLength(0);
  },
};

export const CancelReturnsToCaller: Story = {
  loaders: [withBackend()],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(phoneField(canvasElement)).toHaveFocus());
    await userEvent.tab();
    await userEvent.tab();
    expect(canvas.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(args.onCancel).toHaveBeenCalledTimes(1);
  },
};
