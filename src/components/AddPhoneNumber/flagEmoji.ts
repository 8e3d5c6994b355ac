/**
 * A country's flag as an emoji: two regional-indicator symbols spelling its ISO code. No image, no request, no
 * bytes of flag data (the SVG set from country-flag-icons would add about 52 KB gzip). Systems without flag
 * glyphs (Windows) show the two letters instead, which still names the country.
 */
const REGIONAL_INDICATOR_A = 0x1f1e6;
const CODE_POINT_A = 'A'.charCodeAt(0);

/** `'GB'` → 🇬🇧; anything that is not two capital letters gives an empty string. */
export function flagEmoji(country: string | undefined): string {
  if (!country || !/^[A-Z]{2}$/.test(country)) return '';
  return String.fromCodePoint(...Array.from(country, (letter) => REGIONAL_INDICATOR_A + letter.charCodeAt(0) - CODE_POINT_A));
}

/** Shown when no country is selected ("International"); decorative. */
export const INTERNATIONAL_ICON = '\u{1F310}';
