import { phoneLibrary } from './loadPhoneLibrary.ts';
import type { CountryCode } from '../../model/countryCode.ts';
import { normalizedNumber } from './country.ts';

/**
 * What a paste into the phone field should become, when the input's own handling would get it wrong:
 * - a full international number (`+44 7400 123456`, `0044 7400 123456`) pasted after the prefilled `+1` would
 *   read `+1 44…`; it replaces the value instead, its trunk prefix dropped as libphonenumber reads it
 *   (`+44 (0) 7400 654321` is `+447400654321`);
 * - a national number (`(201) 555-0123`) pasted over the whole field, prefix included, would be read as
 *   `+201…` (Egypt); it is read in the selected country instead.
 * `null` lets the input insert the text itself (e.g. digits pasted after the prefix).
 */
export function pastedNumber(text: string, country: CountryCode | undefined, replacesAll: boolean): string | null {
  const international = /^\s*(\+|00)([\d\s().-]+)$/.exec(text);
  if (international) {
    const digits = international[2]!.replace(/\D/g, '');
    return digits ? normalizedNumber(`+${digits}`)! : null;
  }
  if (!replacesAll || !country || !/^[\d\s().-]+$/.test(text.trim())) return null;
  return phoneLibrary().parsePhoneNumberFromString(text, country)?.number ?? null;
}
