import { FALLBACK, FORMATS } from './displayFormats.ts';

/**
 * An E.164 number in international format for display (`+1 201 555 0123`, `+44 7400 123456`), grouped as
 * libphonenumber-js's formatInternational() groups it, from rules generated out of its metadata (displayFormats.ts),
 * so showing a number never loads libphonenumber (~35 KB gzip). Anything but `+` and 3–15 digits, a known calling
 * code then at least 2 more, comes back as is; digits are never added or dropped. When no rule of the code fits,
 * FALLBACK groups the national number as most calling codes group numbers of its length (e.g. 10 digits → 3 3 4).
 * Exact for every number the add form accepts (mobile numbers: phoneProblem.ts), so a number is shown in the list as
 * it was typed (test/properties/displayFormat.property.test.ts); a landline added elsewhere may be grouped
 * generically, since exact rules for every landline range would add ~2.3 KB gzip to the list view.
 */
export function formatPhoneNumber(e164: string): string {
  let code = 0;
  if (/^\+[1-9]\d{2,14}$/.test(e164)) {
    for (const entry of FORMATS.split(';')) {
      const rules = entry.replace(/[A-Z]/g, (skip) => ((code += parseInt(skip, 36) - 9), ''));
      const callingCode = `${++code}`, national = e164.slice(callingCode.length + 1);
      // Calling codes are prefix-free: the first one the number starts with is the only one.
      if (!e164.startsWith(callingCode, 1)) continue;
      if (national[1]) {
        for (const rule of `${rules},${FALLBACK}`.split(',')) {
          const [, leading = '', sizes = '', exact] = /^(.*?)([a-z]*)(!?)$/.exec(rule) ?? [];
          let at = 0, out = `+${callingCode}`;
          for (const size of sizes) out += ` ${national.slice(at, (at += parseInt(size, 36) - 9))}`;
          if (rule && new RegExp(`^(${leading})`).test(national) && (exact ? at === national.length : at < national.length)) {
            return exact ? out : `${out} ${national.slice(at)}`;
          }
        }
      }
      break;
    }
  }
  return e164;
}
