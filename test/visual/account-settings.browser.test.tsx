/**
 * Visual regression: the Account settings demo in light, dark, a brand theme, right-to-left and on a 375 px phone
 * screen, compared with the
 * reference screenshots in __screenshots__/ (pixelmatch, a small tolerance for anti-aliasing). To accept an
 * intended change: `npx vitest run --project browser test/visual --update`, look at the new PNGs, commit them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { en, PhoneNumberKitLocalization } from '../../src/i18n/index.ts';
import { PhoneNumberKitAppearance, type Appearance } from '../../src/components/parts/appearance.ts';
import { brands } from '../../stories/support/brands.ts';
import { loaded, story } from '../i18n/storyHarness.tsx';

const cases: { name: string; appearance?: Appearance; dir: 'ltr' | 'rtl'; page?: { background: string; color: string }; width?: number }[] = [
  { name: 'light', dir: 'ltr' },
  // A dark page behind the dark theme, as the Storybook toolbar does, so the story's own text stays readable.
  { name: 'dark', appearance: { theme: 'dark' }, dir: 'ltr', page: { background: '#15171c', color: '#e8eaee' } },
  { name: 'brand-bank', appearance: brands.bank, dir: 'ltr' },
  { name: 'rtl', dir: 'rtl' },
  { name: 'mobile-375', dir: 'ltr', width: 375 },
];

const DESKTOP = { width: 1100, height: 800 };

beforeAll(async () => {
  await page.viewport(DESKTOP.width, DESKTOP.height);
});

describe('Account settings', () => {
  for (const { name, appearance, dir, page: pageColors, width } of cases) {
    it(`looks as it did: ${name}`, async () => {
      // A phone's viewport, so the story's own media queries see 375 px too.
      await page.viewport(width ?? DESKTOP.width, DESKTOP.height);
      const container = await story('Demo/Account settings › Default').render((node) => (
        <PhoneNumberKitLocalization messages={en} locale="en">
          <PhoneNumberKitAppearance appearance={appearance}>
            <div dir={dir} data-testid="page" style={{ ...pageColors, width: width ?? 1040, fontFamily: 'system-ui, sans-serif' }}>
              {node}
            </div>
          </PhoneNumberKitAppearance>
        </PhoneNumberKitLocalization>
      ));
      await expect.poll(() => container.querySelectorAll('.pnk-phone-numbers-section__row').length).toBe(2);
      await loaded(container);
      await expect.element(page.getByTestId('page')).toMatchScreenshot(`account-settings-${name}`, {
        comparatorName: 'pixelmatch',
        comparatorOptions: { allowedMismatchedPixelRatio: 0.002 },
      });
    });
  }
});
