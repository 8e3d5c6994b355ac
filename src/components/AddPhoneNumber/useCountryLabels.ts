'use client';
import { useMemo } from 'react';
import { getCountries, type CountryCode } from 'libphonenumber-js/min';
import type { Messages } from '../../i18n/index.ts';

function regionNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  } catch {
    return null; // an invalid locale tag, or an engine without DisplayNames: ISO codes are shown instead
  }
}

/** One entry of the country picker; no `value` is "International". */
export interface CountryOption {
  value?: CountryCode;
  label: string;
}

/**
 * The picker's options: "International" first, then every country by its name in the user's language (from
 * `Intl`, so nothing to download), sorted in that language's order.
 */
export function useCountryOptions(locale: string, messages: Messages['addPhoneNumber']): CountryOption[] {
  return useMemo(() => {
    const names = regionNames(locale);
    const countries = getCountries().map((country) => ({ value: country, label: names?.of(country) ?? country }));
    const collator = new Intl.Collator([locale, 'en']);
    countries.sort((a, b) => collator.compare(a.label, b.label));
    return [{ label: messages.internationalOption }, ...countries];
  }, [locale, messages]);
}

/** One country's localized name, for messages such as "not a valid phone number for United Kingdom". */
export function countryName(locale: string, country: string): string {
  return regionNames(locale)?.of(country) ?? country;
}
