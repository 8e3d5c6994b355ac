import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';

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
