import { useMemo } from 'react';
import { getCountries } from 'libphonenumber-js/min';
import type { Labels } from 'react-phone-number-input';
import type { Messages } from '../../i18n/index.ts';

function regionNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  } catch {
    return null; // an invalid locale tag, or an engine without DisplayNames: ISO codes are shown instead
  }
}

/** The input's labels: every country's name in the user's language (from `Intl`, so nothing to download). */
export function useCountryLabels(locale: string, messages: Messages['addPhoneNumber']): Labels {
  return useMemo(() => {
    const names = regionNames(locale);
    const labels: Labels = { country: messages.countryLabel, ZZ: messages.internationalOption, phone: messages.phoneLabel };
    for (const country of getCountries()) labels[country] = names?.of(country) ?? country;
    return labels;
  }, [locale, messages]);
}

/** One country's localized name, for messages such as "not a valid phone number for United Kingdom". */
export function countryName(locale: string, country: string): string {
  return regionNames(locale)?.of(country) ?? country;
}
