/**
 * The toolbar's theme, locale and direction, applied to every story: the appearance through
 * `PhoneNumberKitAppearance`, the catalog through `PhoneNumberKitLocalization`, the direction on a wrapper.
 * With the defaults (light, en, ltr) the providers change nothing, so stories behave as without them.
 */
import type { Decorator } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { en, PhoneNumberKitLocalization, type Messages } from '../src/i18n/index.ts';
import { de } from '../src/i18n/locales/de.ts';
import { es } from '../src/i18n/locales/es.ts';
import { pseudoLocalize } from '../src/i18n/pseudo.ts';
import { PhoneNumberKitAppearance, type Appearance } from '../src/components/parts/appearance.ts';
import { brands, type BrandName } from '../stories/support/brands.ts';

type ThemeGlobal = 'light' | 'dark' | 'auto' | BrandName;
type LocaleGlobal = 'en' | 'es' | 'de' | 'pseudo';

const catalogs: Record<LocaleGlobal, { messages: Messages; locale: string }> = {
  en: { messages: en, locale: 'en' },
  es: { messages: es, locale: 'es' },
  de: { messages: de, locale: 'de' },
  // Pseudo text over English number and date formats.
  pseudo: { messages: pseudoLocalize(en), locale: 'en' },
};

function appearanceFor(theme: ThemeGlobal | undefined): Appearance | undefined {
  if (!theme || theme === 'light') return undefined;
  if (theme === 'dark' || theme === 'auto') return { theme };
  return brands[theme];
}

/** A dark page behind a dark theme, so the story's own text (headings, the SMS outbox) stays readable too. */
function pageStyle(appearance: Appearance | undefined): CSSProperties | undefined {
  if (appearance?.theme !== 'dark') return undefined;
  return {
    background: appearance.variables?.colorBackground ?? '#15171c',
    color: appearance.variables?.colorText ?? '#e8eaee',
    colorScheme: 'dark',
    padding: '1rem',
  };
}

export const withThemeLocaleDirection: Decorator = (Story, context) => {
  const appearance = appearanceFor(context.globals['theme'] as ThemeGlobal | undefined);
  const catalog = catalogs[(context.globals['locale'] as LocaleGlobal | undefined) ?? 'en'] ?? catalogs.en;
  const dir = context.globals['direction'] === 'rtl' ? 'rtl' : 'ltr';
  return (
    <PhoneNumberKitLocalization messages={catalog.messages} locale={catalog.locale}>
      <PhoneNumberKitAppearance appearance={appearance}>
        <div dir={dir} lang={catalog.locale} style={pageStyle(appearance)}>
          <Story />
        </div>
      </PhoneNumberKitAppearance>
    </PhoneNumberKitLocalization>
  );
};
