/**
 * Keeps the country picker and the number input in step: the number is typed in international format, so what
 * is typed names its country, and picking a country starts the number with that country's calling code.
 */
import { AsYouType, getCountryCallingCode, type CountryCode } from 'libphonenumber-js/min';
import metadata from 'libphonenumber-js/min/metadata';

/** `GB` → `+44`: what the input holds once a country is picked and nothing else is typed yet. */
export function callingCodePrefix(country: CountryCode): string {
  return `+${getCountryCallingCode(country)}`;
}

/**
 * The country the picker should show for a partly typed number (`+4420…`): the country the digits identify;
 * while they only give a calling code, the picked country if it has that code (`+1` stays Canada rather than
 * jumping to the US), else the code's main country; "International" (`undefined`) until a calling code is complete.
 */
export function countryOfInput(value: string | undefined, current: CountryCode | undefined): CountryCode | undefined {
  if (!value) return current;
  const typed = new AsYouType();
  typed.input(value);
  const country = typed.getCountry();
  if (country) return country;
  const callingCode = typed.getCallingCode();
  if (!callingCode) return undefined;
  if (current && getCountryCallingCode(current) === callingCode) return current;
  // The metadata lists a calling code's countries main one first.
  return metadata.country_calling_codes[callingCode]?.[0] as CountryCode | undefined;
}

/** What the input should hold after the user picks a country (react-phone-number-input's rule for its own picker). */
export function valueForPickedCountry(value: string | undefined, country: CountryCode | undefined): string | undefined {
  if (!country) return value; // "International" keeps the number as typed
  const prefix = callingCodePrefix(country);
  return value?.startsWith(prefix) ? value : prefix;
}

/** The form's value for what the input shows: `null` while it holds no more than a calling code (`+44`). */
export function numberOrNull(value: string | undefined): string | null {
  if (!value || value === '+') return null;
  const typed = new AsYouType();
  typed.input(value);
  const callingCode = typed.getCallingCode();
  return callingCode && value.replace(/\D/g, '') === callingCode ? null : value;
}
