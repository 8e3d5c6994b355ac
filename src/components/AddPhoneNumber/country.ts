/**
 * Which country a number or a partly typed input is in, and a country's name in the user's language. The number is
 * typed in international format, so what is typed names its country, and picking a country starts the number with
 * that country's calling code; this keeps the picker and the input in step.
 */
import { phoneLibrary } from './loadPhoneLibrary.ts';
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
    if (region && phoneLibrary().isSupportedCountry(region)) return region;
  }
  return undefined;
}

/** `GB` → `+44`: what the input holds once a country is picked and nothing else is typed yet. */
export function callingCodePrefix(country: CountryCode): string {
  return `+${phoneLibrary().getCountryCallingCode(country)}`;
}

/**
 * The country the picker should show for a partly typed number (`+4420…`): the country the digits identify;
 * while they only give a calling code, the picked country if it has that code (`+1` stays Canada rather than
 * jumping to the US), else the code's main country; "International" (`undefined`) until a calling code is complete.
 */
export function countryOfInput(value: string | undefined, current: CountryCode | undefined): CountryCode | undefined {
  if (!value) return current;
  const typed = new (phoneLibrary().AsYouType)();
  typed.input(value);
  const country = typed.getCountry();
  if (country) return country;
  const callingCode = typed.getCallingCode();
  if (!callingCode) return undefined;
  if (current && phoneLibrary().getCountryCallingCode(current) === callingCode) return current;
  // The metadata lists a calling code's countries main one first.
  return phoneLibrary().metadata.country_calling_codes[callingCode]?.[0] as CountryCode | undefined;
}

/** What the input should hold after the user picks a country (react-phone-number-input's rule for its own picker). */
export function valueForPickedCountry(value: string | undefined, country: CountryCode | undefined): string | undefined {
  if (!country) return value; // "International" keeps the number as typed
  const prefix = callingCodePrefix(country);
  return value?.startsWith(prefix) ? value : prefix;
}

/**
 * A whole number as libphonenumber reads it: `+44 (0) 7400 654321` is `+447400654321`, the national trunk prefix
 * dropped, for every country that has one (and only where libphonenumber reads it so, so Italy's 0 stays).
 * Anything not yet of a possible length is kept as typed.
 */
export function normalizedNumber(value: string | undefined): string | undefined {
  const phone = value ? phoneLibrary().parsePhoneNumberFromString(value) : undefined;
  // Possible, not valid: with mobile metadata "valid" means mobile, and a landline's trunk 0 goes too.
  return phone?.isPossible() ? phone.number : value;
}

/**
 * What inserting `text` (typed or pasted) over the input's selection should give instead of what the input would
 * make of it, or `null` to let the input take it:
 * - over the whole value (or into the empty field), digits are a national number of the picked country: `201…` is
 *   `+1 201…`, never Egypt's `+20 1…`;
 * - a `+` after a bare calling code (`+1`, then `+1 201…` as the hint asks) starts the number over instead of
 *   doubling the code (`+` alone: the caller waits for its first digit, then passes `afterPlus`);
 * - a number that libphonenumber reads differently once the text is in is shown as it reads it
 *   (`+44 0` + `7400 654321` is `+44 7400 654321`).
 */
export function typedOver(
  value: string,
  start: number | null,
  end: number | null,
  text: string,
  country: CountryCode | undefined,
  afterPlus = false,
): string | null {
  const from = start ?? value.length;
  const to = end ?? value.length;
  const replacesAll = value.length === 0 || (from === 0 && to === value.length);
  const afterBareCode = /^\+\d*\s*$/.test(value) && from === value.length && to === value.length;
  const digits = text.replace(/\D/g, '');
  if (text === '+' && replacesAll) return null; // the input shows a bare "+" itself
  if ((text.startsWith('+') || afterPlus) && (replacesAll || afterBareCode)) return normalizedNumber(`+${digits}`)!;
  if (replacesAll && country && /^\d/.test(text)) return normalizedNumber(`${callingCodePrefix(country)}${digits}`)!;
  const edited = value.slice(0, from) + text + value.slice(to);
  if (!edited.startsWith('+')) return null;
  const whole = `+${edited.replace(/\D/g, '')}`;
  const normalized = normalizedNumber(whole);
  return normalized === whole ? null : normalized!;
}

/** The form's value for what the input shows: `null` while it holds no more than a calling code (`+44`). */
export function numberOrNull(value: string | undefined): string | null {
  if (!value || value === '+') return null;
  const typed = new (phoneLibrary().AsYouType)();
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
  return value ? phoneLibrary().parsePhoneNumberFromString(value)?.country : undefined;
}
