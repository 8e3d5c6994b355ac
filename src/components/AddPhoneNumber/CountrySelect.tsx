/**
 * The country picker handed to react-phone-number-input as `countrySelectComponent`: a native `<select>` (so
 * keyboard, type-ahead and mobile pickers work as users expect), transparent over a compact face showing the
 * flag emoji and the ISO code. Options read "United Kingdom (+44)": the name first, so typing "Uni…" jumps to it.
 */
import type { ChangeEvent, FocusEventHandler } from 'react';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/min';
import { formatMessage, useLocalization } from '../../i18n/index.ts';
import { flagEmoji, INTERNATIONAL_ICON } from './flagEmoji.ts';
import { useParts } from '../../theme/useParts.ts';

interface CountryOption {
  value?: CountryCode;
  label: string;
  divider?: boolean;
}

/** What react-phone-number-input passes to a `countrySelectComponent`. */
export interface CountrySelectProps {
  value?: CountryCode;
  onChange: (country?: CountryCode) => void;
  options: CountryOption[];
  disabled?: boolean;
  readOnly?: boolean;
  name?: string;
  'aria-label'?: string;
  onFocus?: FocusEventHandler<HTMLSelectElement>;
  onBlur?: FocusEventHandler<HTMLSelectElement>;
}

/** The `<select>` needs a string for "no country". */
const INTERNATIONAL = 'ZZ';

export function CountrySelect({ value, onChange, options, disabled, readOnly, name, onFocus, onBlur, ...rest }: CountrySelectProps) {
  const part = useParts('addPhoneNumber');
  const { messages } = useLocalization();
  const t = messages.addPhoneNumber;
  const select = (event: ChangeEvent<HTMLSelectElement>) => {
    const picked = event.target.value;
    onChange(picked === INTERNATIONAL ? undefined : (picked as CountryCode));
  };
  const inactive = disabled || readOnly;
  return (
    <div className={part('country')} data-country={value ?? 'international'} data-disabled={inactive ? '' : undefined}>
      <select
        className={part('countrySelect')}
        aria-label={rest['aria-label'] ?? t.countryLabel}
        name={name}
        value={value ?? INTERNATIONAL}
        disabled={inactive}
        onChange={select}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {/* Dividers only come with `countryOptionsOrder`, which this form does not use. */}
        {options
          .filter((option) => !option.divider)
          .map((option) => (
            <option key={option.value ?? INTERNATIONAL} value={option.value ?? INTERNATIONAL}>
              {option.value ? formatMessage(t.countryOption, { country: option.label, callingCode: getCountryCallingCode(option.value) }) : option.label}
            </option>
          ))}
      </select>
      <span className={part('flag')} aria-hidden="true">
        {value ? flagEmoji(value) : INTERNATIONAL_ICON}
      </span>
      {/* The code too: not everyone tells flags apart, and some systems have no flag glyphs at all. */}
      {value && (
        <span className={part('countryCode')} aria-hidden="true">
          {value}
        </span>
      )}
      <span className={part('chevron')} aria-hidden="true" />
    </div>
  );
}
