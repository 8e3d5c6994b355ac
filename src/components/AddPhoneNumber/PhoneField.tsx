/**
 * The phone field: a visible label, a hint, the number input wired to react-hook-form through its
 * `Controller` (checked with libphonenumber), and the message under the field.
 */
import { useId, type Ref } from 'react';
import { Controller, type Control } from 'react-hook-form';
import type { CountryCode } from 'libphonenumber-js/min';
import { useLocalization } from '../../i18n/index.ts';
import { findPhoneProblem, type PhoneProblem } from './phoneProblem.ts';
import { PhoneNumberInput } from './PhoneNumberInput.tsx';
import { useParts } from '../../theme/useParts.ts';

/** The form's values: the number in E.164, or `null` while the field holds no digits. */
export interface AddPhoneNumberValues {
  phone: string | null;
}

export interface PhoneFieldProps {
  control: Control<AddPhoneNumberValues>;
  defaultCountry: CountryCode | undefined;
  country: CountryCode | undefined;
  onCountryChange: (country: CountryCode | undefined) => void;
  /** The message under the field, if any. */
  error: string | null;
  /** The user changed the number (so a server error about the old one can go). */
  onEdit: () => void;
  readOnly: boolean;
  inputRef: Ref<HTMLInputElement>;
}

/** In react-hook-form's terms: the problem's name is the error "message", turned into text by the form. */
export function validatePhone(value: string | null): PhoneProblem | true {
  return findPhoneProblem(value) ?? true;
}

export function PhoneField({ control, error, ...inputProps }: PhoneFieldProps) {
  const part = useParts('addPhoneNumber');
  const t = useLocalization().messages.addPhoneNumber;
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <div className={part('field')} data-invalid={error ? '' : undefined}>
      <label className={part('label')} htmlFor={inputId}>
        {t.phoneLabel}
      </label>
      <p className={part('hint')} id={hintId}>
        {t.phoneHint}
      </p>
      <Controller
        name="phone"
        control={control}
        rules={{ validate: validatePhone }}
        render={({ field }) => (
          <PhoneNumberInput
            {...inputProps}
            field={field}
            inputId={inputId}
            describedBy={error ? `${hintId} ${errorId}` : hintId}
            invalid={!!error}
          />
        )}
      />
      {error && (
        <p className={part('error', 'fieldError')} id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
