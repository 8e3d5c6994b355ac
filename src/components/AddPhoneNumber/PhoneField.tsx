'use client';
/**
 * The phone field: a visible label, a hint, the number input (its value kept by the form, which checks it
 * with libphonenumber: `usePhoneForm`), and the message under the field.
 */
import { useId, type Ref } from 'react';
import type { CountryCode } from '../../model/countryCode.ts';
import { useAddPhoneNumberMessages } from './messages.ts';
import { PhoneNumberInput } from './PhoneNumberInput.tsx';
import { useParts } from '../parts/useParts.ts';
import type { PhoneForm } from './usePhoneForm.ts';

export interface PhoneFieldProps {
  form: PhoneForm;
  country: CountryCode | undefined;
  onCountryChange: (country: CountryCode | undefined) => void;
  /** The message under the field, if any. */
  error: string | null;
  /** The user changed the number (so a server error about the old one can go). */
  onEdit: () => void;
  readOnly: boolean;
  inputRef: Ref<HTMLInputElement>;
  /** The host's `allowedCountries`: the picker offers only these. */
  allowedCountries?: readonly CountryCode[] | undefined;
}

export function PhoneField({ form, error, ...inputProps }: PhoneFieldProps) {
  const part = useParts('addPhoneNumber');
  const t = useAddPhoneNumberMessages().messages.addPhoneNumber;
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
      <PhoneNumberInput {...inputProps} field={form} name="phone" inputId={inputId} describedBy={error ? `${hintId} ${errorId}` : hintId} invalid={!!error} />
      {error && (
        <p className={part('error', 'fieldError')} id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
