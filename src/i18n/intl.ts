/**
 * Numbers and durations in the reader's locale. Formatters are cached per locale (the countdowns re-render every
 * second), and an unusable locale tag falls back to English instead of throwing mid-render.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, minimumIntegerDigits = 1): Intl.NumberFormat {
  const key = `${locale}|${minimumIntegerDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, minimumIntegerDigits });
    } catch {
      format = new Intl.NumberFormat('en', { maximumFractionDigits: 0, minimumIntegerDigits });
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** A whole number in the locale's digits and grouping (`1234` → `1.234` in German, `١٬٢٣٤` in Egyptian Arabic). */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/**
 * Seconds as a clock duration `m:ss` (`598` → `9:58`), with the locale's digits. `Intl.DurationFormat` is not in
 * every supported engine (Node 20, older Safari), and its digital style pads minutes differently across versions,
 * so the clock is assembled from `NumberFormat` parts: the same output everywhere.
 */
export function formatClockDuration(totalSeconds: number, locale: string): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  return `${numberFormat(locale).format(Math.floor(seconds / 60))}:${numberFormat(locale, 2).format(seconds % 60)}`;
}
