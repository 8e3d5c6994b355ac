/**
 * react-phone-number-input set up for the kit: min metadata, international format as you type (the calling
 * code is part of the value the screen reader reads), our country picker with emoji flags (no images, no CDN),
 * country names from `Intl` in the user's language, and pastes of whole numbers that land right.
 */
import { useCallback, type ClipboardEvent, type FocusEvent, type Ref } from 'react';
import PhoneInput from 'react-phone-number-input/core';
import metadata from 'libphonenumber-js/min/metadata';
import type { CountryCode } from 'libphonenumber-js/min';
import { useLocalization } from '../../i18n/index.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { pastedNumber } from './pastedNumber.ts';
import { useCountryLabels } from './useCountryLabels.ts';
import { useParts } from '../../theme/useParts.ts';
import { activeElementOf } from '../common/activeElement.ts';

/** What react-hook-form's `Controller` hands to the input. */
export interface ControlledPhone {
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur: () => void;
  ref: Ref<HTMLInputElement>;
  name: string;
}

export interface PhoneNumberInputProps {
  field: ControlledPhone;
  inputRef: Ref<HTMLInputElement>;
  inputId: string;
  describedBy: string;
  invalid: boolean;
  readOnly: boolean;
  defaultCountry: CountryCode | undefined;
  /** The country the picker shows now. */
  country: CountryCode | undefined;
  onCountryChange: (country: CountryCode | undefined) => void;
  /** The user changed the number. */
  onEdit: () => void;
}

function assignRef<T>(ref: Ref<T> | undefined, node: T | null) {
  if (typeof ref === 'function') ref(node);
  else if (ref) ref.current = node;
}

export function PhoneNumberInput(props: PhoneNumberInputProps) {
  const part = useParts('addPhoneNumber');
  const { field, inputRef, inputId, describedBy, invalid, readOnly, defaultCountry, country, onCountryChange, onEdit } = props;
  const { messages, locale } = useLocalization();
  const labels = useCountryLabels(locale, messages.addPhoneNumber);
  // react-hook-form focuses the field after a failed check; the form focuses it on mount and after a server error.
  const fieldRef = field.ref;
  const ref = useCallback(
    (node: HTMLInputElement | null) => {
      assignRef(fieldRef, node);
      assignRef(inputRef, node);
    },
    [fieldRef, inputRef],
  );
  const change = (value: string | null) => {
    field.onChange(value);
    onEdit();
  };
  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const replacesAll = input.value.length === 0 || (input.selectionStart === 0 && input.selectionEnd === input.value.length);
    const value = pastedNumber(event.clipboardData.getData('text'), country, replacesAll);
    if (!value) return;
    event.preventDefault();
    change(value);
  };
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
  return (
    <PhoneInput
      // The typings name the class, but the default export forwards its ref to the `<input>`.
      ref={ref as never}
      metadata={metadata}
      labels={labels}
      locales={locale}
      name={field.name}
      // react-hook-form treats `undefined` as "unregistered", so an empty field is `null` in the form.
      value={field.value ?? undefined}
      onChange={(value?: string) => change(value ?? null)}
      onBlur={field.onBlur}
      onFocus={focus}
      onPaste={paste}
      defaultCountry={defaultCountry}
      onCountryChange={onCountryChange}
      international
      countrySelectComponent={CountrySelect}
      // A closed native select changes on every arrow key: jumping to the input after the first one would make
      // the list impossible to browse by keyboard. The user tabs on when done.
      focusInputOnCountrySelection={false}
      readOnly={readOnly}
      className={part('control')}
      id={inputId}
      type="tel"
      autoComplete="tel"
      aria-invalid={invalid}
      aria-describedby={describedBy}
      numberInputProps={{ className: part('input') }}
    />
  );
}
