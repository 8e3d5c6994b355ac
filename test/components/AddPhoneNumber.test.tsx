/** AddPhoneNumber edge cases the stories do not cover, in jsdom against the reference backend over msw. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { parsePhoneNumberFromString as parseWithMaxMetadata } from 'libphonenumber-js/max';
import { AddPhoneNumber } from '../../src/components/AddPhoneNumber/AddPhoneNumber.tsx';
import { pastedNumber } from '../../src/components/AddPhoneNumber/pastedNumber.ts';
import { findPhoneProblem } from '../../src/components/AddPhoneNumber/phoneProblem.ts';
import { formatPhoneNumber } from '../../src/components/common/formatPhoneNumber.ts';
import {
  countryName,
  countryOfInput,
  countryOfNumber,
  guessCountry,
  normalizedNumber,
  numberOrNull,
  typedOver,
  valueForPickedCountry,
} from '../../src/components/AddPhoneNumber/country.ts';
import { PhoneNumberKitLocalization } from '../../src/i18n/index.ts';
import { createHarness } from '../support/hookHarness.tsx';
import { loadPhoneLibrary } from '../../src/components/AddPhoneNumber/loadPhoneLibrary.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

function phoneInput() {
  return screen.getByRole('textbox', { name: 'Phone number' });
}

// The add form's modules read the phone library as they render; the add step's loader awaits it, these tests load it.
beforeAll(() => loadPhoneLibrary());

describe('AddPhoneNumber', () => {
  it('guesses the country from navigator.languages when none is given', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr', 'en-GB', 'en-US']);
    const h = createHarness(server);
    render(<AddPhoneNumber />, { wrapper: h.wrapper });
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('GB');
    expect(phoneInput()).toHaveValue('+44');
    h.dispose();
  });

  it('starts on "International" when no browser language names a country', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en', 'de']);
    const h = createHarness(server);
    render(<AddPhoneNumber />, { wrapper: h.wrapper });
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('ZZ');
    expect(phoneInput()).toHaveValue('');
    h.dispose();
  });

  it('an explicit defaultCountry wins over the browser language', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry="DE" />, { wrapper: h.wrapper });
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('DE');
    h.dispose();
  });

  it('focuses the field on mount, unless autoFocus is off', () => {
    const h = createHarness(server);
    const first = render(<AddPhoneNumber defaultCountry="US" />, { wrapper: h.wrapper });
    expect(phoneInput()).toHaveFocus();
    first.unmount();
    // eslint-disable-next-line jsx-a11y/no-autofocus -- the kit's prop, here turning focusing off
    render(<AddPhoneNumber defaultCountry="US" autoFocus={false} />, { wrapper: h.wrapper });
    expect(phoneInput()).not.toHaveFocus();
    h.dispose();
  });

  it('pressing Enter with an invalid number never calls the server, and fixing it clears the error as you type', async () => {
    const user = userEvent.setup();
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry="US" />, { wrapper: h.wrapper });
    await user.type(phoneInput(), '201555{Enter}');
    expect(await screen.findByText('This number is too short. Check that you entered every digit.')).toBeInTheDocument();
    expect(phoneInput()).toHaveAttribute('aria-invalid', 'true');
    expect(phoneInput()).toHaveValue('+1 201 555');
    await user.type(phoneInput(), '0123');
    await waitFor(() => expect(phoneInput()).toHaveAttribute('aria-invalid', 'false'));
    expect(screen.queryByText(/too short/)).not.toBeInTheDocument();
    expect(h.takeRequests()).toEqual([]);
    expect(h.backend.snapshot().phoneNumbers).toHaveLength(0);
    h.dispose();
  });

  it('names the country in "not valid for" messages, in the provider locale', async () => {
    const user = userEvent.setup();
    const h = createHarness(server);
    render(
      <PhoneNumberKitLocalization locale="de">
        <AddPhoneNumber defaultCountry="US" />
      </PhoneNumberKitLocalization>,
      { wrapper: h.wrapper },
    );
    await user.type(phoneInput(), '5555550100{Enter}');
    expect(await screen.findByText(/^This is not a valid mobile number for Vereinigte Staaten\./)).toBeInTheDocument();
    // Country names in the picker come from Intl in the same locale.
    expect(screen.getByRole('option', { name: 'Deutschland (+49)' })).toBeInTheDocument();
    h.dispose();
  });

  it.each([
    ['GB', '2079460000', 'United Kingdom', '7400123456'],
    ['DE', '3012345678', 'Germany', '15123456789'],
    ['FR', '123456789', 'France', '612345678'],
  ] as const)('refuses a %s landline as every other country\'s, and takes its mobile numbers', async (country, landline, name, mobile) => {
    const user = userEvent.setup();
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry={country} />, { wrapper: h.wrapper });
    await user.type(phoneInput(), `${landline}{Enter}`);
    expect(await screen.findByText(`This is not a valid mobile number for ${name}. Enter a mobile number that can receive text messages.`)).toBeInTheDocument();
    expect(phoneInput()).toHaveAttribute('aria-invalid', 'true');
    expect(h.backend.snapshot().phoneNumbers).toHaveLength(0);
    await user.clear(phoneInput());
    await user.type(phoneInput(), `${mobile}{Enter}`);
    await waitFor(() => expect(h.backend.snapshot().phoneNumbers).toHaveLength(1));
    h.dispose();
  });

  it('after a whole number is typed, the field shows it as the list will (one formatting); a number the list would group otherwise is not taken', async () => {
    const user = userEvent.setup();
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry="DE" />, { wrapper: h.wrapper });
    // The review's Berlin landline: the field showed "+49 30 12345678", the list "+49 30123 45678".
    await user.type(phoneInput(), '3012345678{Enter}');
    expect(await screen.findByText(/^This is not a valid mobile number for Germany\./)).toBeInTheDocument();
    await user.clear(phoneInput());
    await user.type(phoneInput(), '15123456789');
    expect(phoneInput()).toHaveValue(formatPhoneNumber('+4915123456789'));
    await user.type(phoneInput(), '{Enter}');
    await waitFor(() => expect(h.backend.snapshot().phoneNumbers.map((phone) => formatPhoneNumber(phone.phoneNumber))).toEqual(['+49 1512 3456789']));
    h.dispose();
  });

  it('clears the "already in use" error when the number is edited, keeping what was typed', async () => {
    const user = userEvent.setup();
    const h = createHarness(server, { takenPhoneNumbers: ['+12015550123'] });
    render(<AddPhoneNumber defaultCountry="US" />, { wrapper: h.wrapper });
    await user.type(phoneInput(), '2015550123{Enter}');
    expect(await screen.findByText('This phone number is already in use. Try another one.')).toBeInTheDocument();
    expect(phoneInput()).toHaveValue('+1 201 555 0123');
    expect(phoneInput()).toHaveFocus();
    await user.type(phoneInput(), '{Backspace}4');
    await waitFor(() => expect(screen.queryByText(/already in use/)).not.toBeInTheDocument());
    expect(phoneInput()).toHaveValue('+1 201 555 0124');
    h.dispose();
  });

  it('calls onAdded with the new number once it exists and its code went out', async () => {
    const user = userEvent.setup();
    const onAdded = vi.fn();
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry="US" onAdded={onAdded} />, { wrapper: h.wrapper });
    await user.type(phoneInput(), '2015550123{Enter}');
    await waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1));
    expect(onAdded.mock.calls[0]![0]).toMatchObject({ phoneNumber: '+12015550123' });
    expect(h.backend.outbox).toHaveLength(1);
    h.dispose();
  });

  it('a full international number pasted after the prefilled calling code replaces it', async () => {
    const user = userEvent.setup();
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry="US" />, { wrapper: h.wrapper });
    await user.click(phoneInput());
    await user.paste('+44 7400 123456');
    expect(phoneInput()).toHaveValue('+44 7400 123456');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('GB');
    h.dispose();
  });

  it('the picker follows what is typed, and "International" keeps the number', async () => {
    const user = userEvent.setup();
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry="US" />, { wrapper: h.wrapper });
    const country = screen.getByRole('combobox', { name: 'Country' });
    await user.clear(phoneInput());
    await user.type(phoneInput(), '+4');
    // No calling code yet: no country.
    expect(country).toHaveValue('ZZ');
    await user.type(phoneInput(), '4 7400 123456');
    expect(country).toHaveValue('GB');
    await user.selectOptions(country, 'ZZ');
    expect(phoneInput()).toHaveValue('+44 7400 123456');
    // A country with another calling code starts the number over with its code, as react-phone-number-input's picker does.
    await user.selectOptions(country, 'FR');
    expect(phoneInput()).toHaveValue('+33');
    h.dispose();
  });

  it('a number that is only a calling code counts as empty', async () => {
    const user = userEvent.setup();
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry="GB" />, { wrapper: h.wrapper });
    expect(phoneInput()).toHaveValue('+44');
    await user.type(phoneInput(), '{Enter}');
    expect(await screen.findByText('Enter a phone number.')).toBeInTheDocument();
    expect(phoneInput()).toHaveFocus();
    expect(h.takeRequests()).toEqual([]);
    h.dispose();
  });

  it('picking a country keeps focus on the picker; tabbing on keeps its calling code and types after it', async () => {
    const user = userEvent.setup();
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry="US" />, { wrapper: h.wrapper });
    await user.tab({ shift: true });
    const country = screen.getByRole('combobox', { name: 'Country' });
    expect(country).toHaveFocus();
    await user.selectOptions(country, 'FR');
    // A closed select changes on each arrow key: focus must not jump away after the first one.
    expect(country).toHaveFocus();
    await user.tab();
    expect(phoneInput()).toHaveValue('+33');
    await user.keyboard('612345678');
    expect(phoneInput()).toHaveValue('+33 6 12 34 56 78');
    h.dispose();
  });

  it('digits typed into the emptied field are a national number of the picked country (the picker stays)', async () => {
    const user = userEvent.setup();
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry="US" />, { wrapper: h.wrapper });
    const country = screen.getByRole('combobox', { name: 'Country' });
    await user.clear(phoneInput());
    expect(phoneInput()).toHaveValue('');
    expect(country).toHaveValue('US');
    await user.type(phoneInput(), '2015550123');
    expect(phoneInput()).toHaveValue('+1 201 555 0123');
    expect(country).toHaveValue('US');
    await user.type(phoneInput(), '{Enter}');
    await waitFor(() => expect(h.backend.outbox).toHaveLength(1));
    expect(h.backend.outbox.last()?.phoneNumber).toBe('+12015550123');
    h.dispose();
  });

  it('a national number with its trunk 0, typed into the emptied field, drops the 0', async () => {
    const user = userEvent.setup();
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry="GB" />, { wrapper: h.wrapper });
    await user.clear(phoneInput());
    await user.type(phoneInput(), '07400654321');
    expect(phoneInput()).toHaveValue('+44 7400 654321');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('GB');
    h.dispose();
  });

  it('a trunk prefix in an international number is dropped before submit, as libphonenumber reads it', async () => {
    const user = userEvent.setup();
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry="US" />, { wrapper: h.wrapper });
    await user.click(phoneInput());
    await user.paste('+49 (0) 30 12345678');
    expect(phoneInput()).toHaveValue('+49 30 12345678');
    await user.clear(phoneInput());
    await user.paste('+44 (0) 7400 654321');
    expect(phoneInput()).toHaveValue('+44 7400 654321');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('GB');
    await user.type(phoneInput(), '{Enter}');
    await waitFor(() => expect(h.backend.outbox).toHaveLength(1));
    expect(h.backend.outbox.last()?.phoneNumber).toBe('+447400654321');
    h.dispose();
  });

  it('a "+" typed after the prefilled calling code starts the number over, so the code is not doubled', async () => {
    const user = userEvent.setup();
    const h = createHarness(server);
    render(<AddPhoneNumber defaultCountry="US" />, { wrapper: h.wrapper });
    await user.type(phoneInput(), '+1 201');
    expect(phoneInput()).toHaveValue('+1 201');
    await user.type(phoneInput(), ' 555 0123');
    expect(phoneInput()).toHaveValue('+1 201 555 0123');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('US');
    await user.type(phoneInput(), '{Enter}');
    await waitFor(() => expect(h.backend.outbox).toHaveLength(1));
    expect(h.backend.outbox.last()?.phoneNumber).toBe('+12015550123');
    h.dispose();
  });

  it('Cancel appears only with onCancel and calls it', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const h = createHarness(server);
    const view = render(<AddPhoneNumber defaultCountry="US" />, { wrapper: h.wrapper });
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    view.rerender(<AddPhoneNumber defaultCountry="US" onCancel={onCancel} />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    h.dispose();
  });
});

describe('helpers', () => {
  it('countryOfInput keeps the picked country while the digits could be its own', () => {
    expect(countryOfInput(undefined, 'CA')).toBe('CA');
    expect(countryOfInput('+1', 'CA')).toBe('CA');
    expect(countryOfInput('+1', undefined)).toBe('US');
    expect(countryOfInput('+1416555', 'US')).toBe('US');
    expect(countryOfInput('+14162345678', 'US')).toBe('CA');
    expect(countryOfInput('+4', 'US')).toBeUndefined();
    expect(countryOfInput('+447400', 'US')).toBe('GB');
    expect(valueForPickedCountry('+447400123456', 'GB')).toBe('+447400123456');
    expect(valueForPickedCountry('+447400123456', 'FR')).toBe('+33');
    expect(valueForPickedCountry(undefined, 'FR')).toBe('+33');
    expect(valueForPickedCountry('+447400123456', undefined)).toBe('+447400123456');
    expect(numberOrNull('+44')).toBeNull();
    expect(numberOrNull('+')).toBeNull();
    expect(numberOrNull(undefined)).toBeNull();
    expect(numberOrNull('+4')).toBe('+4');
    expect(numberOrNull('+447')).toBe('+447');
  });


  it('guessCountry reads only explicit regions of supported countries', () => {
    expect(guessCountry(['en-US'])).toBe('US');
    expect(guessCountry(['de', 'pt-BR'])).toBe('BR');
    expect(guessCountry(['es-419', 'not a tag', 'en'])).toBeUndefined();
    expect(guessCountry([])).toBeUndefined();
  });

  it('countryOfNumber names the country only when the digits fit one, and countryName says it in the language', () => {
    expect(countryOfNumber('+447400123456')).toBe('GB');
    expect(countryOfNumber('+14162345678')).toBe('CA');
    expect(countryOfNumber('+15555550123')).toBeUndefined();
    expect(countryOfNumber(null)).toBeUndefined();
    expect(countryName('de', 'GB')).toBe('Vereinigtes Königreich');
    expect(countryName('not a tag', 'GB')).toBe('GB');
  });

  it('pastedNumber fixes only the pastes the input would misread', () => {
    expect(pastedNumber('+44 7400 123456', 'US', false)).toBe('+447400123456');
    expect(pastedNumber('0044 7400 123456', undefined, false)).toBe('+447400123456');
    expect(pastedNumber('(201) 555-0123', 'US', true)).toBe('+12015550123');
    expect(pastedNumber('(201) 555-0123', 'US', false)).toBeNull(); // typed after the prefix: the input copes
    expect(pastedNumber('call me', 'US', true)).toBeNull();
    expect(pastedNumber('+44 (0) 7400 654321', 'US', false)).toBe('+447400654321');
  });

  it('normalizedNumber drops a trunk prefix only where libphonenumber does; typedOver fixes only what the input misreads', () => {
    expect(normalizedNumber('+4407400654321')).toBe('+447400654321');
    expect(normalizedNumber('+49015123456789')).toBe('+4915123456789');
    expect(normalizedNumber('+49030123456')).toBe('+4930123456'); // a landline too: it is refused, as typed without the 0
    expect(normalizedNumber('+390612345678')).toBe('+390612345678'); // Italy keeps its 0
    expect(normalizedNumber('+4407400')).toBe('+4407400'); // not a whole number yet
    expect(typedOver('', 0, 0, '2', 'US')).toBe('+12');
    expect(typedOver('+1 201', 0, 6, '2', 'US')).toBe('+12');
    expect(typedOver('', 0, 0, '2', undefined)).toBeNull(); // "International": the input adds the "+"
    expect(typedOver('', 0, 0, '+', 'US')).toBeNull();
    expect(typedOver('+1', 2, 2, '+', 'US')).toBe('+');
    expect(typedOver('+1', 2, 2, '4', 'US', true)).toBe('+4');
    expect(typedOver('+1 201', 6, 6, '5', 'US')).toBeNull();
    expect(typedOver('+44 07400 65432', 15, 15, '1', 'GB')).toBe('+447400654321');
  });

  it('names countries in words, never with flag emoji (boxes without an emoji font, letter pairs on Windows)', () => {
    const h = createHarness(server);
    const { container } = render(<AddPhoneNumber defaultCountry="US" />, { wrapper: h.wrapper });
    const picker = screen.getByRole('combobox', { name: 'Country' });
    const flagOrGlobe = /[\u{1F1E6}-\u{1F1FF}\u{1F310}]/u;
    expect(screen.getAllByRole('option').filter((option) => flagOrGlobe.test(option.textContent ?? ''))).toEqual([]);
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('United States (+1)');
    // What the closed picker shows: the region and its calling code, as text.
    expect(container).toHaveTextContent(/US\s*\+1/);
    expect(container.textContent).not.toMatch(flagOrGlobe);
    expect(picker).toHaveValue('US');
    h.dispose();
  });

  it('findPhoneProblem names each problem; one mobile-only rule for every country', () => {
    expect(findPhoneProblem(null)).toBe('empty');
    expect(findPhoneProblem('+1201')).toBe('tooShort');
    expect(findPhoneProblem('+1201555012345678')).toBe('tooLong');
    expect(findPhoneProblem('+15555550100')).toBe('notMobileForCountry');
    expect(findPhoneProblem('+12015550123')).toBeNull(); // US numbers can be either: accepted
    expect(findPhoneProblem('+999123456')).toBe('invalid');
    // The same rule as libphonenumber's full metadata: refused exactly when the number's type is not a mobile one.
    for (const e164 of ['+442079460000', '+493012345678', '+33123456789', '+61291234567', '+390612345678', '+18005551234', '+4980012345678']) {
      expect(parseWithMaxMetadata(e164)?.getType(), e164).not.toMatch(/MOBILE/);
      expect(findPhoneProblem(e164), e164).toBe('notMobileForCountry');
    }
    for (const e164 of ['+447400123456', '+4915123456789', '+33612345678', '+61412345678', '+393123456789', '+919876543210']) {
      expect(parseWithMaxMetadata(e164)?.getType(), e164).toBe('MOBILE');
      expect(findPhoneProblem(e164), e164).toBeNull();
    }
  });
});
