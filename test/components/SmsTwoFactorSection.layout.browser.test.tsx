/**
 * SmsTwoFactorSection's "on" view laid out in Chromium at 375 px, in English, Spanish and German: nothing runs
 * past the card, every control is at least 24×24 px (WCAG 2.5.8 without the spacing exception), each row keeps
 * one layout (the switch at the same place in every row), and the status sentence never splits a number.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SmsTwoFactorSection } from '../../src/components/SmsTwoFactorSection/SmsTwoFactorSection.tsx';
import { PhoneNumberKitProvider } from '../../src/hooks/PhoneNumberKitProvider.tsx';
import { PhoneNumberKitLocalization } from '../../src/i18n/index.ts';
import { de } from '../../src/i18n/locales/de.ts';
import { es } from '../../src/i18n/locales/es.ts';
import { createMemoryBackend } from '../../src/testing/index.ts';

afterEach(cleanup);

const catalogs = { en: {}, es, de } as const;

async function renderOn(locale: keyof typeof catalogs) {
  const backend = createMemoryBackend({
    phoneNumbers: [
      { id: 'idn_a', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true, createdAt: 1 },
      { id: 'idn_b', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, createdAt: 2 },
      { id: 'idn_c', phoneNumber: '+12015550102', verified: true, createdAt: 3 },
      { id: 'idn_d', phoneNumber: '+12015550103', createdAt: 4 },
    ],
  });
  const view = render(
    <QueryClientProvider client={new QueryClient()}>
      <PhoneNumberKitProvider adapter={backend.adapter}>
        <PhoneNumberKitLocalization localization={catalogs[locale]} locale={locale}>
          <SmsTwoFactorSection />
        </PhoneNumberKitLocalization>
      </PhoneNumberKitProvider>
    </QueryClientProvider>,
  );
  const root = view.container.querySelector<HTMLElement>('.pnk-sms-two-factor-section')!;
  await waitFor(() => expect(root).toHaveAttribute('data-state', 'on'));
  return root;
}

describe('SmsTwoFactorSection "on" view at 375 px', () => {
  for (const locale of ['en', 'es', 'de'] as const) {
    it(`${locale}: fits the card, 24 px targets, one row layout, numbers on one line`, async () => {
      await page.viewport(375, 740);
      const root = await renderOn(locale);
      const card = root.getBoundingClientRect();
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, `${element.className} inside the card`).toBeLessThanOrEqual(card.right + 0.5);
      }
      const controls = ['button', 'switch', 'radio', 'checkbox'].flatMap((role) => within(root).queryAllByRole(role));
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        expect(box.height, `${control.textContent || control.getAttribute('aria-label')} height`).toBeGreaterThanOrEqual(24);
        expect(box.width, `${control.textContent || control.getAttribute('aria-label')} width`).toBeGreaterThanOrEqual(24);
      }
      const switches = within(root).getAllByRole('switch');
      expect(switches).toHaveLength(3);
      expect(new Set(switches.map((s) => Math.round(s.getBoundingClientRect().right))).size).toBe(1);
      for (const number of root.querySelectorAll('.pnk-phone-number')) expect(number.getClientRects()).toHaveLength(1);
      expect(screen.queryByRole('radio')).toBeNull();
    });
  }
});
