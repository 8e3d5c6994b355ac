import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** An E.164 number in international format for display (`+1 201 555 0123`); unparseable input comes back as is. */
export function formatPhoneNumber(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
