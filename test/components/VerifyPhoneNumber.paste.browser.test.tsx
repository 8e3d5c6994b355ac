/**
 * Pasting into the code field in Chromium, by a real clipboard event on the field found by its label: the code is
 * taken out of whatever text holds it, and a paste with no code says so and keeps what was typed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { loaded, story } from '../i18n/storyHarness.tsx';

afterEach(cleanup);

async function codeField(): Promise<HTMLInputElement> {
  const container = await story('Components/VerifyPhoneNumber › Default').render((node) => node);
  await loaded(container);
  return (await screen.findByRole('textbox', { name: 'Verification code' })) as HTMLInputElement;
}

/** A paste as the browser sends it: a cancelable ClipboardEvent carrying the text on the focused field. */
function paste(input: HTMLInputElement, text: string): boolean {
  input.focus();
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  return input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
}

describe('VerifyPhoneNumber: pasting a code', () => {
  it.each(['424 242', '424-242', 'Your Acme code is 424242'])('%j fills the six digits and verifies', async (text) => {
    const input = await codeField();
    expect(paste(input, text)).toBe(false);
    await waitFor(() => expect(screen.getAllByText('Phone number verified').length).toBeGreaterThan(0), { timeout: 10_000 });
  });

  it('a paste with no code is announced as an alert, and the typed digits stay', async () => {
    const input = await codeField();
    paste(input, '42');
    await waitFor(() => expect(input).toHaveValue('42'));
    paste(input, 'Your Acme code is on its way');
    expect(await screen.findByRole('alert')).toHaveTextContent('No 6-digit code was found in that text.');
    expect(input).toHaveValue('42');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });
});
