/**
 * Which country a number or a partly typed input is in, and a country's name in the user's language. The number is
 * typed in international format, so what is typed names its country, and picking a country starts the number with
 * that country's calling code; this keeps the picker and the input in step.
 */
import { AsYouType, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import metadata from 'libphonenumber-js/min/metadata';
import type { CountryCode } from '../../model/countryCode.ts';

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/**
 * The country of the first browser language that names one (`en-GB` → GB). A bare language (`en`) names no
 * country: guessing US for English or ES for Spanish would be wrong for most of their speakers, so none is picked.
 */
export function guessCountry(languages: readonly string[] = browserLanguages()): CountryCode | undefined {
  for (const tag of languages) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).region;
    } catch {
      continue; // not a valid language tag
    }
    if (region && isSupportedCountry(region)) return region;
  }
  return undefined;
}

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

/** Countries' names in `locale` (English where it has none), or `null` where they cannot be had. */
export function regionNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  } catch {
    return null; // an invalid locale tag, or an engine without DisplayNames: ISO codes are shown instead
  }
}

/** One country's localized name, for messages such as "not a valid phone number for United Kingdom". */
export function countryName(locale: string, country: CountryCode): string {
  return regionNames(locale)?.of(country) ?? country;
}

/** The country a whole number belongs to, when its digits say so (`+1 555…` fits no country, so the caller's guess). */
export function countryOfNumber(value: string | null | undefined): CountryCode | undefined {
  return value ? parsePhoneNumberFromString(value)?.country : undefined;
}
