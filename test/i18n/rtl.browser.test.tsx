/**
 * Right-to-left pages and the shipped translations, in Chromium: the layout mirrors, phone numbers and the code
 * input stay left-to-right, and Spanish and German render their own strings.
 */
import { describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PhoneNumberKitLocalization, type Messages } from '../../src/i18n/index.ts';
import { es } from '../../src/i18n/locales/es.ts';
import { de } from '../../src/i18n/locales/de.ts';
import { loaded, story } from './storyHarness.tsx';

const rtl = (node: ReactNode) => (
  <div dir="rtl" lang="ar">
    {node}
  </div>
);

/** Renders the story and waits until it has loaded (its list answered, its code sent), however long that takes. */
async function show(name: string, wrap: (node: ReactNode) => ReactNode = rtl): Promise<HTMLElement> {
  const container = await story(name).render(wrap);
  await loaded(container);
  return container;
}

/** A template as a whole-string pattern, each placeholder standing for the given pattern. */
function filled(template: string, patterns: Record<string, string>): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\{(\w+)\}/g, (_m, name: string) => patterns[name] ?? '.*')}$`);
}

const direction = (element: Element) => getComputedStyle(element).direction;

describe('dir="rtl"', () => {
  it('PhoneNumbersSection: the row mirrors (actions on the left), the number stays left-to-right', async () => {
    const container = await show('Sections/PhoneNumbersSection › ManyNumbers');
    const number = container.querySelector('.pnk-phone-numbers-section__number .pnk-phone-number')!;
    expect(direction(container.querySelector('.pnk')!)).toBe('rtl');
    expect(direction(number)).toBe('ltr');
    const row = number.closest('li')!;
    const trigger = row.querySelector('.pnk-menu__trigger')!;
    // Mirrored: the number starts on the right, the row's actions end on the left.
    expect(trigger.getBoundingClientRect().right).toBeLessThan(number.getBoundingClientRect().left);
    expect(number.getBoundingClientRect().right).toBeGreaterThan(row.getBoundingClientRect().right - 80);
  });

  it('PhoneNumbersSection in a left-to-right page keeps the actions on the right (the check above is not vacuous)', async () => {
    const container = await show('Sections/PhoneNumbersSection › ManyNumbers', (node) => node);
    const number = container.querySelector('.pnk-phone-numbers-section__number .pnk-phone-number')!;
    const trigger = number.closest('li')!.querySelector('.pnk-menu__trigger')!;
    expect(trigger.getBoundingClientRect().left).toBeGreaterThan(number.getBoundingClientRect().right);
  });

  it('VerifyPhoneNumber: the code input and its slots are left-to-right', async () => {
    const container = await show('Components/VerifyPhoneNumber › Default');
    const input = await screen.findByRole('textbox', { name: /verification code/i });
    expect(direction(input)).toBe('ltr');
    expect(direction(input.closest('.pnk-verify-phone-number__code')!)).toBe('ltr');
    expect(direction(container.querySelector('.pnk-verify-phone-number')!)).toBe('rtl');
  });

  it('AddPhoneNumber: the phone input is left-to-right, the form is not', async () => {
    const container = await show('Components/AddPhoneNumber › Default');
    const input = screen.getByRole('textbox', { name: /phone number/i });
    expect(direction(input)).toBe('ltr');
    expect(direction(container.querySelector('.pnk-add-phone-number')!)).toBe('rtl');
    // The country picker comes first in reading order, so on the right.
    const select = screen.getByRole('combobox', { name: /country/i });
    expect(select.getBoundingClientRect().left).toBeGreaterThan(input.getBoundingClientRect().left);
  });

  it('DefaultSecondFactor: numbers are left-to-right, the switch sits on the left', async () => {
    const container = await show('Components/DefaultSecondFactor › ManyNumbers');
    // The number part holds the formatted number, a `pnk-phone-number` isolated left-to-right.
    const number = container.querySelector('.pnk-default-second-factor__number .pnk-phone-number')!;
    expect(direction(number)).toBe('ltr');
    const switchControl = screen.getAllByRole('switch')[0]!;
    expect(switchControl.getBoundingClientRect().left).toBeLessThan(number.getBoundingClientRect().left);
  });

  it('VerifyPhoneNumber: the number inside "Sent to …" is isolated left-to-right', async () => {
    const container = await show('Components/VerifyPhoneNumber › Default');
    const sentTo = container.querySelector('.pnk-verify-phone-number__sent-to')!;
    expect(sentTo.querySelector('bdi[dir="ltr"]')).toHaveTextContent(/^\+1 201 555 0123$/);
  });

  it('SmsTwoFactorSection: renders mirrored', async () => {
    const container = await show('Sections/SmsTwoFactorSection › OnOneNumber');
    expect(direction(container.querySelector('.pnk-sms-two-factor-section__status')!)).toBe('rtl');
  });

  it('BackupCodes: renders mirrored', async () => {
    const container = await show('Components/BackupCodes › WithCodes');
    expect(direction(container.querySelector('.pnk-backup-codes')!)).toBe('rtl');
    expect(container.querySelectorAll('code').length).toBeGreaterThan(0);
  });
});

describe.each([
  ['es', es, 'Números de teléfono', 'Código de verificación', 'Activar la verificación por SMS'],
  ['de', de, 'Telefonnummern', 'Bestätigungscode', 'SMS-Verifizierung aktivieren'],
] as const)('the %s catalog', (locale, messages: Messages, heading, codeLabel, enable) => {
  const inLocale = (node: ReactNode) => (
    <PhoneNumberKitLocalization messages={messages} locale={locale}>
      <div lang={locale}>{node}</div>
    </PhoneNumberKitLocalization>
  );

  it('renders the phone numbers section in the language', async () => {
    await show('Sections/PhoneNumbersSection › ManyNumbers', inLocale);
    expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: filled(messages.phoneNumbersSection.actionsLabel, { number: '\\+[\\d ]+' }) }).length).toBeGreaterThan(0);
  });

  it('renders the code step in the language, countdown included', async () => {
    await show('Components/VerifyPhoneNumber › Default', inLocale);
    expect(await screen.findByRole('textbox', { name: codeLabel })).toBeInTheDocument();
    expect(screen.getByText(filled(messages.verifyPhoneNumber.expiresIn, { time: '\\d+:\\d\\d' }))).toBeInTheDocument();
    cleanup();
    await show('Components/VerifyPhoneNumber › SendsCodeOnMount', inLocale);
    expect(await screen.findByRole('button', { name: filled(messages.verifyPhoneNumber.resendIn, { seconds: '\\d+' }) })).toBeInTheDocument();
  });

  it('renders the SMS two-step section and localized country names', async () => {
    await show('Sections/SmsTwoFactorSection › OffWithVerifiedNumber', inLocale);
    expect(screen.getByRole('button', { name: enable })).toBeInTheDocument();
    cleanup();
    await show('Components/AddPhoneNumber › Default', inLocale);
    const germany = new Intl.DisplayNames([locale], { type: 'region' }).of('DE')!;
    expect(screen.getByRole('option', { name: `${germany} (+49)` })).toBeInTheDocument();
    expect(germany).not.toBe('Germany');
  });
});
