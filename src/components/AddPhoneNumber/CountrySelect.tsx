'use client';
/**
 * The country picker beside the number input: a native `<select>` (so keyboard, type-ahead and mobile pickers work
 * as users expect), transparent over a compact face showing the region and calling code ("US +1"). Text only, no
 * flags: emoji flags are boxes without an emoji font and letter pairs on Windows, and SVG flags cost bytes that
 * words do not need. Options read "United Kingdom (+44)": the name first, so typing "Uni…" jumps to it.
 */
import type { ChangeEvent } from 'react';
import { phoneLibrary } from './loadPhoneLibrary.ts';
import type { CountryCode } from '../../model/countryCode.ts';
import { formatMessage } from '../../i18n/index.ts';
import { useAddPhoneNumberMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';
import type { CountryOption } from './useCountryOptions.ts';

export interface CountrySelectProps {
  /** The country shown; `undefined` is "International". */
  value: CountryCode | undefined;
  onChange: (country: CountryCode | undefined) => void;
  options: readonly CountryOption[];
  readOnly: boolean;
}

/** The `<select>` needs a string for "no country". */
const INTERNATIONAL = 'ZZ';

export function CountrySelect({ value, onChange, options, readOnly }: CountrySelectProps) {
  const part = useParts('addPhoneNumber');
  const { messages } = useAddPhoneNumberMessages();
  const t = messages.addPhoneNumber;
  const select = (event: ChangeEvent<HTMLSelectElement>) => {
    const picked = event.target.value;
    onChange(picked === INTERNATIONAL ? undefined : (picked as CountryCode));
  };
  return (
    <div className={part('country')} data-country={value ?? 'international'} data-disabled={readOnly ? '' : undefined}>
      <select
        className={part('countrySelect')}
        aria-label={t.countryLabel}
        value={value ?? INTERNATIONAL}
        disabled={readOnly}
        onChange={select}
      >
        {options.map((option) => (
          <option key={option.value ?? INTERNATIONAL} value={option.value ?? INTERNATIONAL}>
            {option.value ? formatMessage(t.countryOption, { country: option.label, callingCode: phoneLibrary().getCountryCallingCode(option.value) }) : option.label}
          </option>
        ))}
      </select>
      {/* The select's own text is what assistive technology reads; the face repeats it compactly. */}
      <span className={part('countryCode')} aria-hidden="true">
        {value ?? t.internationalShort}
      </span>
      {value && (
        <span className={part('callingCode')} aria-hidden="true">
          +{phoneLibrary().getCountryCallingCode(value)}
        </span>
      )}
      <span className={part('chevron')} aria-hidden="true" />
    </div>
  );
}
