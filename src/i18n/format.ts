import { formatNumber } from './intl.ts';

/**
 * Fills `{name}` placeholders. Unknown placeholders stay visible, so a missing value is noticed, not hidden.
 * With a `locale`, number values are written with `Intl.NumberFormat` for it (digits and grouping).
 */
export function formatMessage(template: string, values: Record<string, string | number> = {}, locale?: string): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (!(name in values)) return match;
    const value = values[name];
    return typeof value === 'number' && locale ? formatNumber(value, locale) : String(value);
  });
}
