/**
 * Typing into the add form's phone field in Chromium with real key presses (so the browser's own `beforeinput`,
 * selection and caret are in play): what the field shows, the country the picker keeps, and the number the SMS goes to.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AddPhoneNumber } from '../../src/components/AddPhoneNumber/AddPhoneNumber.tsx';
import type { CountryCode } from '../../src/model/countryCode.ts';
import { PhoneNumberKitProvider } from '../../src/hooks/PhoneNumberKitProvider.tsx';
import { createMemoryBackend } from '../../src/testing/index.ts';
import { loadPhoneLibrary } from '../../src/components/AddPhoneNumber/loadPhoneLibrary.ts';

afterEach(cleanup);

function renderAdd(defaultCountry: CountryCode) {
  const backend = createMemoryBackend({ code: '424242' });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <PhoneNumberKitProvider adapter={backend.adapter}>
        <AddPhoneNumber defaultCountry={defaultCountry} />
      </PhoneNumberKitProvider>
    </QueryClientProvider>,
  );
  const input = screen.getByRole('textbox', { name: 'Phone number' });
  const country = screen.getByRole('combobox', { name: 'Country' });
  return { backend, input, country };
}

/**
 * One typed character as the browser delivers it (`beforeinput`, then, unless cancelled, the insertion and `input`),
 * all in the caller's task: two of these in a row are keystrokes that arrive before React has rendered the first,
 * as they do on a busy machine (real key presses here leave it to chance).
 */
function typeBeforeRender(input: HTMLInputElement, text: string) {
  const insert = { inputType: 'insertText', data: text, bubbles: true };
  if (!input.dispatchEvent(new InputEvent('beforeinput', { ...insert, cancelable: true }))) return;
  const from = input.selectionStart ?? input.value.length;
  const to = input.selectionEnd ?? from;
  // The native setter, as the browser's own edit does, so React sees a changed value.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, input.value.slice(0, from) + text + input.value.slice(to));
  input.setSelectionRange(from + text.length, from + text.length);
  input.dispatchEvent(new InputEvent('input', insert));
}

/**
 * A British number typed with its trunk 0 up to the digit that makes it whole ("4", sent before React renders), so the
 * field is dropping the 0 itself when the next keystroke comes.
 */
async function tidyingGbNumber() {
  const { backend, input } = renderAdd('GB');
  await waitFor(() => expect(input).toHaveFocus());
  await userEvent.keyboard('0740065');
  await waitFor(() => expect(input).toHaveValue('+44 07400 65'));
  typeBeforeRender(input as HTMLInputElement, '4');
  return { backend, input: input as HTMLInputElement };
}

// The add form's modules read the phone library as they render; the add step's loader awaits it, these tests load it.
beforeAll(() => loadPhoneLibrary());

describe('AddPhoneNumber: typing in Chromium', () => {
  it('select-all, Backspace, then a national number: the picked country keeps it', async () => {
    const { backend, input, country } = renderAdd('US');
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await waitFor(() => expect(input).toHaveValue(''));
    await userEvent.keyboard('2015550123');
    await waitFor(() => expect(input).toHaveValue('+1 201 555 0123'));
    expect(country).toHaveValue('US');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.outbox.last()?.phoneNumber).toBe('+12015550123'));
  });

  it('"+1 201 555 0123" typed after the prefilled "+1" shows the code once', async () => {
    const { backend, input, country } = renderAdd('US');
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.keyboard('+1 201 555 0123');
    await waitFor(() => expect(input).toHaveValue('+1 201 555 0123'));
    expect(country).toHaveValue('US');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.outbox.last()?.phoneNumber).toBe('+12015550123'));
  });

  it('a trunk 0 typed after "+44" is dropped once the number is whole', async () => {
    const { backend, input, country } = renderAdd('GB');
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.keyboard('07400654321');
    await waitFor(() => expect(input).toHaveValue('+44 7400 654321'));
    expect(country).toHaveValue('GB');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.outbox.last()?.phoneNumber).toBe('+447400654321'));
  });

  it('a digit typed before React has rendered the number the field tidied is kept, and the field settles', async () => {
    const { backend, input } = await tidyingGbNumber();
    typeBeforeRender(input, '3');
    await waitFor(() => expect(input).toHaveValue('+44 7400 6543'));
    await userEvent.keyboard('21');
    await waitFor(() => expect(input).toHaveValue('+44 7400 654321'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.outbox.last()?.phoneNumber).toBe('+447400654321'));
  });

  it('Backspace pressed before React has rendered the number the field tidied erases from that number', async () => {
    const { backend, input } = await tidyingGbNumber();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', code: 'Backspace', keyCode: 8, bubbles: true, cancelable: true }));
    await waitFor(() => expect(input).toHaveValue('+44 7400 65'));
    await userEvent.keyboard('4321');
    await waitFor(() => expect(input).toHaveValue('+44 7400 654321'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.outbox.last()?.phoneNumber).toBe('+447400654321'));
  });
});
