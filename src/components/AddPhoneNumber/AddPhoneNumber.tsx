'use client';
/**
 * The "add a phone number" step: a country picker and an as-you-type formatted number field, checked with
 * libphonenumber before anything is sent, then created (and its code sent) through `useAddPhoneNumber`.
 *
 * Parts (classes) and their data attributes:
 * - `pnk pnk-add-phone-number` (root `<form>`): `data-state="idle|pending|error|success"`.
 * - `pnk-add-phone-number__field`: label, hint, control and error; `data-invalid` while the field has an error.
 * - `pnk-add-phone-number__label`, `pnk-add-phone-number__hint`.
 * - `pnk-add-phone-number__control`: the country picker and the number input side by side.
 * - `pnk-add-phone-number__country`: the picker's face; `data-country="GB|…|international"`, `data-disabled`.
 *   Inside it `pnk-add-phone-number__country-select` (the transparent native `<select>`),
 *   `pnk-add-phone-number__flag` (emoji flag), `pnk-add-phone-number__country-code` (e.g. "GB") and
 *   `pnk-add-phone-number__chevron`.
 * - `pnk-add-phone-number__input`: the `<input type="tel" autocomplete="tel">`.
 * - `pnk-add-phone-number__error` (also `pnk-field-error`): the field's message.
 * - `pnk-alert`: errors that are not about the number (offline, server error, cancelled reverification).
 * - `pnk-add-phone-number__actions`: `pnk-add-phone-number__submit` (`aria-busy` while pending) and
 *   `pnk-add-phone-number__cancel`.
 */
import { useEffect, useRef, useState } from 'react';
import type { Country } from 'react-phone-number-input';
import { useAddPhoneNumber } from '../../hooks/index.ts';
import { errorMessage, formatMessage, type Messages } from '../../i18n/index.ts';
import { useAddPhoneNumberMessages } from './messages.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { Alert } from '../common/Alert.tsx';
import { guessCountry } from './guessCountry.ts';
import { PhoneField } from './PhoneField.tsx';
import { countryOfNumber, type PhoneProblem } from './phoneProblem.ts';
import { usePhoneForm } from './usePhoneForm.ts';
import { countryName } from './useCountryLabels.ts';
import type { Appearance } from '../parts/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import './AddPhoneNumber.css';

/** Props of {@link AddPhoneNumber}. */
export interface AddPhoneNumberProps {
  /**
   * ISO 3166-1 alpha-2 country preselected, e.g. `'US'`. Default: the region of the first browser language that
   * names one (`navigator.languages`, e.g. `en-GB` → GB), else none ("International").
   */
  defaultCountry?: Country;
  /** Called after the number was created and its code sent (the next step is `VerifyPhoneNumber`). */
  onAdded?: (phoneNumber: PhoneNumber) => void;
  /** When given, a Cancel button is shown and calls it. */
  onCancel?: () => void;
  /** Focus the phone field on mount. Default `true`. */
  autoFocus?: boolean;
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled; merged over `PhoneNumberKitAppearance`'s. */
  appearance?: Appearance;
}

const problemMessage: Record<PhoneProblem, keyof Messages['addPhoneNumber']> = {
  empty: 'errorEmpty',
  tooShort: 'errorTooShort',
  tooLong: 'errorTooLong',
  invalidForCountry: 'errorInvalidForCountry',
  invalid: 'errorInvalid',
  notMobile: 'errorNotMobile',
};

/** Adds a phone number: validates it as typed (after the first submit), creates it and sends its code. */
export function AddPhoneNumber({ defaultCountry, onAdded, onCancel, autoFocus = true, className, appearance }: AddPhoneNumberProps) {
  const root = useKitRoot('addPhoneNumber', appearance, className);
  const part = root.part;
  const { messages, locale } = useAddPhoneNumberMessages();
  const t = messages.addPhoneNumber;
  const { addPhoneNumber, isPending, error, data, reset } = useAddPhoneNumber();
  const [guessedCountry] = useState(() => guessCountry());
  const initialCountry = defaultCountry ?? guessedCountry;
  const [country, setCountry] = useState<Country | undefined>(initialCountry);
  const inputRef = useRef<HTMLInputElement>(null);
  // Checked on submit, then again on every change until the number is fine; a failed check focuses the field.
  const form = usePhoneForm();

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  const create = async (phone: string) => {
    try {
      const created = await addPhoneNumber(phone);
      onAdded?.(created);
    } catch (caught) {
      // The error shows through the hook; a problem with the number sends the user back to it.
      if ((caught as { field?: unknown }).field === 'phone_number') inputRef.current?.focus();
    }
  };

  const problem: PhoneProblem | undefined = form.problem;
  const serverFieldError = error?.field === 'phone_number' ? error : null;
  const alertError = error && !serverFieldError ? error : null;
  let fieldError: string | null = null;
  if (problem) {
    const where = countryOfNumber(form.get()) ?? country;
    const key = problem === 'invalidForCountry' && !where ? 'errorInvalid' : problemMessage[problem];
    fieldError = formatMessage(t[key], { country: where ? countryName(locale, where) : '' });
  } else if (serverFieldError) {
    fieldError = errorMessage(serverFieldError, messages);
  }
  const state = isPending ? 'pending' : fieldError || alertError ? 'error' : data ? 'success' : 'idle';

  return (
    <AppearanceScope value={root.appearance}>
      <form
        {...root.props}
        data-state={state}
        aria-label={t.formLabel}
        noValidate
        onSubmit={(event) => form.submit(event, (phone) => void create(phone), () => inputRef.current?.focus())}
      >
        <PhoneField
          form={form}
          country={country}
          onCountryChange={setCountry}
          error={fieldError}
          onEdit={() => {
            if (serverFieldError) reset();
          }}
          readOnly={isPending}
          inputRef={inputRef}
        />
        {alertError && <Alert>{errorMessage(alertError, messages)}</Alert>}
        <div className={part('actions')}>
          <button
            type="submit"
            className={part('submit', 'button')}
            data-variant="primary"
            disabled={isPending}
            aria-busy={isPending || undefined}
          >
            {isPending ? t.submitting : t.submit}
          </button>
          {onCancel && (
            <button type="button" className={part('cancel', 'button')} data-variant="secondary" onClick={onCancel}>
              {messages.common.cancel}
            </button>
          )}
        </div>
      </form>
    </AppearanceScope>
  );
}
