'use client';
/**
 * The country picker and react-phone-number-input's input (the `input-core` build: no picker or flag images of
 * its own) with mobile metadata (see phoneProblem.ts): international format as you type (the calling code is part of the value the screen
 * reader reads), our text-only picker (no flag images or emoji), country names from `Intl` in the user's
 * language, the picker following what is typed, and pastes of whole numbers that land right.
 */
import { useEffect, useRef, useState, useSyncExternalStore, type ClipboardEvent, type FocusEvent, type Ref } from 'react';
import { phoneLibrary } from './loadPhoneLibrary.ts';
import type { CountryCode } from '../../model/countryCode.ts';
import { useAddPhoneNumberMessages } from './messages.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { callingCodePrefix, countryOfInput, numberOrNull, typedOver, valueForPickedCountry } from './country.ts';
import { pastedNumber } from './pastedNumber.ts';
import { useCountryOptions } from './useCountryOptions.ts';
import { createValueStore } from '../../core/valueStore.ts';
import { useParts } from '../parts/useParts.ts';
import { activeElementOf } from '../common/activeElement.ts';

/** The form's side of the field: its value (E.164 or `null`) and how to change it. */
interface PhoneFieldValue {
  /** The form's current value (read when needed: setting it does not re-render the form). */
  get: () => string | null;
  set: (value: string | null) => void;
}

export interface PhoneNumberInputProps {
  field: PhoneFieldValue;
  name: string;
  inputRef: Ref<HTMLInputElement>;
  inputId: string;
  describedBy: string;
  invalid: boolean;
  readOnly: boolean;
  /** The country the picker shows now. */
  country: CountryCode | undefined;
  onCountryChange: (country: CountryCode | undefined) => void;
  /** The user changed the number. */
  onEdit: () => void;
  /** The host's `allowedCountries`: the picker offers only these. */
  allowedCountries?: readonly CountryCode[] | undefined;
}

export function PhoneNumberInput(props: PhoneNumberInputProps) {
  const part = useParts('addPhoneNumber');
  const { field, name, inputRef, inputId, describedBy, invalid, readOnly, country, onCountryChange, onEdit } = props;
  const { messages, locale } = useAddPhoneNumberMessages();
  const options = useCountryOptions(locale, messages.addPhoneNumber, props.allowedCountries, country);
  // What the input shows, as a partial E.164 (`+44`, `+4420`); the form's value is `null` until it has digits
  // beyond a calling code. Starts with the picked country's calling code, so the user types straight after it.
  // A store, not state: react-phone-number-input reports changes from an effect, and a `setState` there would render
  // after the next keystroke, whose digit the stale `value` would then wipe out. A store update renders at once.
  const [shownStore] = useState(() => createValueStore<string | undefined>(field.get() ?? (country ? callingCodePrefix(country) : undefined)));
  const shown = useSyncExternalStore(shownStore.subscribe, shownStore.get, shownStore.get);
  const setShown = shownStore.set;
  const show = (value: string | undefined) => {
    setShown(value);
    const next = numberOrNull(value);
    if (next !== field.get()) {
      field.set(next);
      onEdit();
    }
  };
  const change = (value: string | undefined) => {
    show(value);
    const next = countryOfInput(value, country);
    if (next !== country) onCountryChange(next);
  };
  /**
   * Puts a value the field works out itself (a tidied number, a paste) into the input as typing would: through the
   * input's own `input` event, so react-phone-number-input takes it at once. Given as the `value` prop instead, it
   * takes it in an effect whose update renders later: on a busy page after the next keystroke, which then edited the
   * old text, and the old and new values could swap back and forth until React gave up.
   */
  const enter = (input: HTMLInputElement, value: string) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.setSelectionRange(value.length, value.length);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const pick = (picked: CountryCode | undefined) => {
    onCountryChange(picked);
    show(valueForPickedCountry(shown, picked));
  };
  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const replacesAll = input.value.length === 0 || (input.selectionStart === 0 && input.selectionEnd === input.value.length);
    const text = event.clipboardData.getData('text');
    const value = pastedNumber(text, country, replacesAll) ?? typedOver(input.value, input.selectionStart, input.selectionEnd, text, country);
    if (!value || value === '+') return;
    event.preventDefault();
    enter(input, value);
  };
  // Typing that the input alone would misread (`typedOver`): `201…` over the whole value as `+20 1…` (Egypt), `+1`
  // typed after the prefilled `+1` as `+1 1…`, a trunk `0` kept on screen. A native listener: React has no
  // `beforeinput` of its own (its `onBeforeInput` is `textInput` or `keypress`, which cannot cancel every edit).
  const control = useRef<HTMLDivElement>(null);
  // A "+" typed to start over: the input cannot show a bare "+" as its value, so it shows once a digit follows.
  const plusTyped = useRef(false);
  useEffect(() => {
    const element = control.current;
    if (!element || readOnly) return;
    const beforeInput = (event: InputEvent) => {
      const afterPlus = plusTyped.current;
      plusTyped.current = false;
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || event.inputType !== 'insertText' || !event.data) return;
      const value = typedOver(input.value, input.selectionStart, input.selectionEnd, event.data, country, afterPlus);
      if (value === null) return;
      event.preventDefault();
      if (value === '+') plusTyped.current = true;
      else enter(input, value);
    };
    element.addEventListener('beforeinput', beforeInput);
    return () => element.removeEventListener('beforeinput', beforeInput);
  });
  const focus = (event: FocusEvent<HTMLInputElement>) => {
    // Tabbing in selects the whole value; when that is only the calling code ("+33"), the first digit typed
    // would replace it and pick another country. Put the caret after it instead.
    // Browsers select after the focus event, hence the deferred second pass.
    const input = event.currentTarget;
    const caretAfterPrefix = () => {
      if (activeElementOf(input) === input && /^\+\d*\s*$/.test(input.value)) input.setSelectionRange(input.value.length, input.value.length);
    };
    caretAfterPrefix();
    setTimeout(caretAfterPrefix, 0);
  };
  const { PhoneInput } = phoneLibrary();
  return (
    <div className={part('control')} ref={control}>
      <CountrySelect value={country} onChange={pick} options={options} readOnly={readOnly} />
      <PhoneInput
        // The typings name the class, but the default export forwards its ref to the `<input>`.
        ref={inputRef as never}
        metadata={phoneLibrary().metadata}
        name={name}
        value={shown}
        onChange={change}
        onFocus={focus}
        onPaste={paste}
        readOnly={readOnly}
        className={part('input')}
        id={inputId}
        type="tel"
        // Numbers read left to right in every language; the input must not reverse them on a right-to-left page.
        dir="ltr"
        autoComplete="tel"
        aria-invalid={invalid}
        aria-describedby={describedBy}
      />
    </div>
  );
}
