'use client';
import { useState } from 'react';
import type { CountryCode } from '../../model/countryCode.ts';
import { PolicyScope, useAddPhoneNumber, usePolicy, type KitPolicy } from '../../hooks/index.ts';
import { mayAdd } from '../../core/policy.ts';
import { isCountryAllowed } from '../../model/allowedCountries.ts';
import { errorMessage, formatMessage, type Messages } from '../../i18n/index.ts';
import { useAddPhoneNumberMessages } from './messages.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { Alert } from '../common/Alert.tsx';
import { useFocusOnMount } from '../common/useFocusAfterRender.ts';
import { countryName, countryOfNumber, guessCountry } from './country.ts';
import { PhoneField } from './PhoneField.tsx';
import { usePhoneForm, type FormProblem } from './usePhoneForm.ts';
import type { Appearance } from '../parts/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { useKitRoot } from '../parts/useParts.ts';
import { usePhoneLibraryLoaded } from './usePhoneLibraryLoaded.ts';
import '../../theme/tokens.css';
import './AddPhoneNumber.css';

/**
 * Props of {@link AddPhoneNumber}. Host policy props refine the provider's for this form: `allowedCountries` (the
 * picker offers only these; a number from elsewhere gets a message naming them), `onBeforeAction`, and `readOnly` /
 * `allowAdd={false}`, with which the form renders nothing.
 */
export interface AddPhoneNumberProps extends Pick<KitPolicy, 'allowedCountries' | 'readOnly' | 'allowAdd' | 'onBeforeAction'> {
  /**
   * ISO 3166-1 alpha-2 country preselected, e.g. `'US'`. Default: the region of the first browser language that
   * names one (`navigator.languages`, e.g. `en-GB` → GB), else none ("International").
   */
  defaultCountry?: CountryCode;
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

const problemMessage: Record<FormProblem, keyof Messages['addPhoneNumber']> = {
  countryNotAllowed: 'errorCountryNotAllowed',
  empty: 'errorEmpty',
  tooShort: 'errorTooShort',
  tooLong: 'errorTooLong',
  invalid: 'errorInvalid',
  notMobileForCountry: 'errorNotMobile',
};

/**
 * The "add a phone number" step: a country picker and an as-you-type formatted number field, checked with
 * libphonenumber before anything is sent (and as typed after the first submit), then created (and its code sent)
 * through `useAddPhoneNumber`.
 *
 * Parts: generated from `PART_REGISTRY.addPhoneNumber` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-add-phone-number` (`addPhoneNumber.root`): the `<form>`; `data-state="idle|pending|error|success"`, `data-theme`, `data-density`
 * - `pnk-add-phone-number__field` (`addPhoneNumber.field`): label, hint, control and error; `data-invalid`
 * - `pnk-add-phone-number__label` (`addPhoneNumber.label`): the field label
 * - `pnk-add-phone-number__hint` (`addPhoneNumber.hint`): format hint under the label
 * - `pnk-add-phone-number__control` (`addPhoneNumber.control`): country picker and number input side by side
 * - `pnk-add-phone-number__country` (`addPhoneNumber.country`): the country picker's face; `data-country="GB|…|international"`, `data-disabled`
 * - `pnk-add-phone-number__country-select` (`addPhoneNumber.countrySelect`): the transparent native `<select>` over the face
 * - `pnk-add-phone-number__country-code` (`addPhoneNumber.countryCode`): region code, e.g. "GB" (a short "International" when none)
 * - `pnk-add-phone-number__calling-code` (`addPhoneNumber.callingCode`): calling code of the picked country, e.g. "+44"
 * - `pnk-add-phone-number__chevron` (`addPhoneNumber.chevron`): the picker arrow
 * - `pnk-add-phone-number__input` (`addPhoneNumber.input`): the `<input type="tel">`
 * - `pnk-add-phone-number__error` (`addPhoneNumber.error`): the field's message (also `pnk-field-error`)
 * - `pnk-add-phone-number__actions` (`addPhoneNumber.actions`): the buttons
 * - `pnk-add-phone-number__submit` (`addPhoneNumber.submit`): submit button (also `pnk-button`); `data-variant="primary"`
 * - `pnk-add-phone-number__cancel` (`addPhoneNumber.cancel`): cancel button (also `pnk-button`); `data-variant="secondary"`
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function AddPhoneNumber(props: AddPhoneNumberProps) {
  // The form's modules read the phone library as they render, so the form waits for it. The add step's loader awaits
  // it (and says so if it fails, with Try again), so this waits only where AddPhoneNumber.tsx is imported directly.
  if (!usePhoneLibraryLoaded()) return null;
  return (
    <PolicyScope overrides={props}>
      <AddPhoneNumberContent {...props} />
    </PolicyScope>
  );
}

/** The allowed countries as a phrase in the user's language: "United States or Canada". */
function allowedList(locale: string, countries: readonly CountryCode[]): string {
  const names = countries.map((country) => countryName(locale, country));
  try {
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(names);
  } catch {
    return names.join(', '); // an engine without ListFormat
  }
}

function AddPhoneNumberContent({ defaultCountry, onAdded, onCancel, autoFocus = true, className, appearance }: AddPhoneNumberProps) {
  const policy = usePolicy();
  const allowed = policy.allowedCountries;
  const root = useKitRoot('addPhoneNumber', appearance, className);
  const part = root.part;
  const { messages, locale } = useAddPhoneNumberMessages();
  const t = messages.addPhoneNumber;
  const { addPhoneNumber, isPending, error, data, reset } = useAddPhoneNumber();
  const [guessedCountry] = useState(() => guessCountry());
  const preferred = defaultCountry ?? guessedCountry;
  // Under an allow-list the form starts in an allowed country, never on one it would refuse.
  const initialCountry = allowed && !isCountryAllowed(preferred, allowed) ? allowed[0] : preferred;
  const [country, setCountry] = useState<CountryCode | undefined>(initialCountry);
  const inputRef = useFocusOnMount<HTMLInputElement>(autoFocus);
  // Checked on submit, then again on every change until the number is fine; a failed check focuses the field.
  const form = usePhoneForm(allowed);

  const create = async (phone: string) => {
    try {
      const created = await addPhoneNumber(phone);
      onAdded?.(created);
    } catch (caught) {
      // The error shows through the hook; a problem with the number sends the user back to it.
      if ((caught as { field?: unknown }).field === 'phone_number') inputRef.current?.focus();
    }
  };

  // A number from a country the host does not allow is named at once (as typed or pasted), not only on submit.
  const foreign = allowed && country && !isCountryAllowed(country, allowed);
  const problem: FormProblem | undefined = form.problem ?? (foreign ? 'countryNotAllowed' : undefined);
  const serverFieldError = error?.field === 'phone_number' ? error : null;
  const alertError = error && !serverFieldError ? error : null;
  let fieldError: string | null = null;
  if (problem) {
    const where = countryOfNumber(form.get()) ?? country;
    const key = problem === 'notMobileForCountry' && !where ? 'errorInvalid' : problemMessage[problem];
    fieldError = formatMessage(t[key], { country: where ? countryName(locale, where) : '', countries: allowed ? allowedList(locale, allowed) : '' });
  } else if (serverFieldError) {
    fieldError = errorMessage(serverFieldError, messages);
  }
  const state = isPending ? 'pending' : fieldError || alertError ? 'error' : data ? 'success' : 'idle';

  if (!mayAdd(policy)) return null;

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
          allowedCountries={allowed}
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
