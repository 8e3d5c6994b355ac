/**
 * The hooks alone, with plain markup: what a team with its own design system writes. The kit's components are
 * built on exactly these hooks.
 */
import { useState, type FormEvent } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within, waitFor } from 'storybook/test';
import {
  useAddPhoneNumber,
  usePhoneNumbers,
  usePhoneNumberVerification,
} from '../src/hooks/index.ts';
import { backendHandlers, KitDecorator, storyBackend, withBackend } from './support/backend.tsx';
import { SmsOutbox } from './support/SmsOutbox.tsx';

/** The host's own controls are touch targets too (WCAG 2.5.8: at least 24×24 CSS px). */
const TARGET = { minBlockSize: 24, minInlineSize: 24 };

function VerifyStep({ id, onDone }: { id: string; onDone: () => void }) {
  const verification = usePhoneNumberVerification(id, { sendOnMount: true });
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await verification.verifyCode(code);
      onDone();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form onSubmit={submit} aria-label="Verify">
      <label>
        Code sent to {verification.phoneNumber?.phoneNumber}
        <input value={code} onChange={(e) => setCode(e.target.value)} autoComplete="one-time-code" inputMode="numeric" style={TARGET} />
      </label>
      <button type="submit" style={TARGET}>Verify</button>
      <p>Resend in {verification.secondsUntilResend} s</p>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

function Playground() {
  const { phoneNumbers, isLoading } = usePhoneNumbers();
  const { addPhoneNumber, isPending, error } = useAddPhoneNumber();
  const [value, setValue] = useState('');
  const [verifying, setVerifying] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const phone = await addPhoneNumber(value).catch(() => null);
    if (phone) setVerifying(phone.id);
  };
  return (
    <main>
      <h1>Phone numbers (headless hooks)</h1>
      {isLoading ? (
        <p>Loading…</p>
      ) : (
        <ul aria-label="Phone numbers">
          {phoneNumbers.map((p) => (
            <li key={p.id}>
              {p.phoneNumber} — {p.verification?.status ?? 'no code sent'}
            </li>
          ))}
        </ul>
      )}
      {verifying ? (
        <VerifyStep id={verifying} onDone={() => setVerifying(null)} />
      ) : (
        <form onSubmit={submit} aria-label="Add phone number">
          <label>
            Phone number (E.164)
            <input value={value} onChange={(e) => setValue(e.target.value)} autoComplete="tel" style={TARGET} />
          </label>
          <button type="submit" disabled={isPending} style={TARGET}>
            Add
          </button>
          {error && <p role="alert">{error.longMessage}</p>}
        </form>
      )}
    </main>
  );
}

const meta = {
  title: 'Hooks/Headless playground',
  decorators: [KitDecorator],
  parameters: { msw: backendHandlers },
  render: (_args, { loaded }) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
      <Playground />
      <SmsOutbox backend={storyBackend(loaded)} />
    </div>
  ),
} satisfies Meta;
export default meta;

type Story = StoryObj<typeof meta>;

export const AddAndVerify: Story = {
  loaders: [withBackend({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }] })],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backend = storyBackend(loaded);
    await canvas.findByText(/\+12015550100/);
    await userEvent.click(canvas.getByLabelText('Phone number (E.164)'));
    await userEvent.keyboard('+12015550123{Enter}');
    const code = await canvas.findByLabelText(/Code sent to \+12015550123/);
    await waitFor(() => expect(backend.outbox).toHaveLength(1));
    await userEvent.click(code);
    await userEvent.keyboard('424242{Enter}');
    await canvas.findByText('+12015550123 — verified');
    expect(backend.snapshot().phoneNumbers).toHaveLength(2);
  },
};

export const DuplicateNumber: Story = {
  loaders: [withBackend({ phoneNumbers: [{ phoneNumber: '+12015550123', verified: true }] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(/\+12015550123/);
    await userEvent.type(canvas.getByLabelText('Phone number (E.164)'), '+12015550123{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/taken/i);
    await expect(canvas.getByLabelText('Phone number (E.164)')).toHaveValue('+12015550123');
  },
};
