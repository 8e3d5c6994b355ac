/**
 * The host's country policy (`allowedCountries`): which numbers the kit may add. One rule, used by the add form's
 * picker (it offers only these) and its check of a typed or pasted number (anything else gets a message naming them).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import type { CountryCode } from './countryCode.ts';

/** True when `allowed` lets `country` in: no list allows every country; a list allows only its own. */
export function isCountryAllowed(country: CountryCode | undefined, allowed: readonly CountryCode[] | undefined): boolean {
  if (!allowed) return true;
  return country !== undefined && allowed.includes(country);
}

/**
 * True when an E.164 number belongs to an allowed country. The country is the one the number's digits name
 * (libphonenumber, mobile metadata: `+1 416…` is Canada, not the US); a number whose country cannot be told is
 * not allowed by a list, since nothing shows it is in one.
 */
export function isNumberInAllowedCountry(e164: string, allowed: readonly CountryCode[] | undefined): boolean {
  if (!allowed) return true;
  return isCountryAllowed(parsePhoneNumberFromString(e164)?.country, allowed);
}
