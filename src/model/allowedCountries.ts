/**
 * The host's country policy (`allowedCountries`): which numbers the kit may add. One rule, used by the add form's
 * picker (it offers only these) and its check of a typed or pasted number (anything else gets a message naming them).
 * A number's country is the one its digits name (the add form reads it with libphonenumber: `+1 416…` is Canada, not
 * the US); a number whose country cannot be told is not allowed by a list, since nothing shows it is in one.
 */
import type { CountryCode } from './countryCode.ts';

/** True when `allowed` lets `country` in: no list allows every country; a list allows only its own. */
export function isCountryAllowed(country: CountryCode | undefined, allowed: readonly CountryCode[] | undefined): boolean {
  if (!allowed) return true;
  return country !== undefined && allowed.includes(country);
}
