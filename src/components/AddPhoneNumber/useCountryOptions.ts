'use client';
import { useMemo } from 'react';
import { phoneLibrary } from './loadPhoneLibrary.ts';
import type { Messages } from '../../i18n/index.ts';
import type { CountryCode } from '../../model/countryCode.ts';
import { regionNames } from './country.ts';

/** One entry of the country picker; no `value` is "International". */
export interface CountryOption {
  value?: CountryCode;
  label: string;
}

/**
 * The picker's options: "International" first, then every country by its name in the user's language (from
 * `Intl`, so nothing to download), sorted in that language's order. With the host's `allowedCountries`, only
 * those, and no "International"; the country of a number typed from elsewhere is listed too while it is shown,
 * so the picker says truthfully what was typed (the field's message says it cannot be added).
 */
export function useCountryOptions(
  locale: string,
  messages: Messages['addPhoneNumber'],
  allowed?: readonly CountryCode[],
  shown?: CountryCode,
): CountryOption[] {
  return useMemo(() => {
    const names = regionNames(locale);
    const offered = allowed ? [...new Set(shown ? [...allowed, shown] : allowed)] : phoneLibrary().getCountries();
    const countries = offered.map((country) => ({ value: country, label: names?.of(country) ?? country }));
    const collator = new Intl.Collator([locale, 'en']);
    countries.sort((a, b) => collator.compare(a.label, b.label));
    return allowed ? countries : [{ label: messages.internationalOption }, ...countries];
  }, [locale, messages, allowed, shown]);
}
