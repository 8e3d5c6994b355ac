'use client';
/**
 * The phone field: a visible label, a hint, the number input (its value kept in react-hook-form through
 * `setValue`, checked by the form's resolver with libphonenumber), and the message under the field.
 */
import { useId, type Ref } from 'react';
import type { FieldErrors, Resolver, UseFormReturn } from 'react-hook-form';
import type { CountryCode } from 'libphonenumber-js/min';
import { useMessages } from './messages.ts';
import { findPhoneProblem } from './phoneProblem.ts';
import { PhoneNumberInput } from './PhoneNumberInput.tsx';
import { useParts } from '../../theme/useParts.ts';

/** The form's values: the number in E.164, or `null` while the field holds no digits. */
export interface AddPhoneNumberValues {
  phone: string | null;
}

/**
 * The form's check, as a react-hook-form resolver: the problem's name is the error "message", turned into text by
 * the form. A resolver rather than `Controller` rules: the input is controlled by the field itself (it shows a
 * partial number the form does not hold), so `Controller` would add code without adding anything.
 */
export const phoneResolver: Resolver<AddPhoneNumberValues> = (values) => {
  const problem = findPhoneProblem(values.phone);
  if (!problem) return { values, errors: {} };
  const errors: FieldErrors<AddPhoneNumberValues> = { phone: { type: 'validate', message: problem } };
  return { values: {}, errors };
};

export interface PhoneFieldProps {
  form: UseFormReturn<AddPhoneNumberValues>;
  country: CountryCode | undefined;
  onCountryChange: (country: CountryCode | undefined) => void;
  /** The message under the field, if any. */
  error: string | null;
  /** The user changed the number (so a server error about the old one can go). */
  onEdit: () => void;
  readOnly: boolean;
  inputRef: Ref<HTMLInputElement>;
}

export function PhoneField({ form, error, ...inputProps }: PhoneFieldProps) {
  const part = useParts('addPhoneNumber');
  const t = useMessages().messages.addPhoneNumber;
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const field = {
    get: () => form.getValues('phone'),
    // Checked as the user types once a submit has failed (`reValidateMode: 'onChange'` for a field outside `register`).
    set: (value: string | null) => form.setValue('phone', value, { shouldValidate: form.formState.isSubmitted }),
  };
  return (
    <div className={part('field')} data-invalid={error ? '' : undefined}>
      <label className={part('label')} htmlFor={inputId}>
        {t.phoneLabel}
      </label>
      <p className={part('hint')} id={hintId}>
        {t.phoneHint}
      </p>
      <PhoneNumberInput {...inputProps} field={field} name="phone" inputId={inputId} describedBy={error ? `${hintId} ${errorId}` : hintId} invalid={!!error} />
      {error && (
        <p className={part('error', 'fieldError')} id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
