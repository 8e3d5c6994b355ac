/** The `localization` prop deep-merges, the locale reaches `Intl`, and errors read the catalog before the server. */
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import {
  en,
  errorMessage,
  formatClockDuration,
  formatMessage,
  formatMessageNodes,
  formatNumber,
  LeftToRight,
  PhoneNumberKitLocalization,
  useLocalization,
  type DeepPartial,
  type Messages,
} from '../../src/i18n/index.ts';
import { es } from '../../src/i18n/locales/es.ts';
import { PhoneKitError } from '../../src/model/errors.ts';

function Probe() {
  const { messages, locale } = useLocalization();
  return (
    <dl>
      <dt>locale</dt>
      <dd data-testid="locale">{locale}</dd>
      <dd data-testid="cancel">{messages.common.cancel}</dd>
      <dd data-testid="retry">{messages.common.retry}</dd>
      <dd data-testid="resend">{messages.verifyPhoneNumber.resend}</dd>
      <dd data-testid="generic">{messages.errors['generic']}</dd>
      <dd data-testid="custom">{messages.errors['my_code']}</dd>
    </dl>
  );
}

describe('PhoneNumberKitLocalization', () => {
  it('speaks English with locale "en" without a provider', () => {
    render(<Probe />);
    expect(screen.getByTestId('cancel')).toHaveTextContent('Cancel');
    expect(screen.getByTestId('locale')).toHaveTextContent(/^en$/);
  });

  it('deep-merges overrides over English: siblings and other namespaces keep their text', () => {
    render(
      <PhoneNumberKitLocalization localization={{ common: { cancel: 'Never mind' }, errors: { my_code: 'Custom' } }}>
        <Probe />
      </PhoneNumberKitLocalization>,
    );
    expect(screen.getByTestId('cancel')).toHaveTextContent('Never mind');
    expect(screen.getByTestId('retry')).toHaveTextContent(en.common.retry);
    expect(screen.getByTestId('resend')).toHaveTextContent(en.verifyPhoneNumber.resend);
    expect(screen.getByTestId('generic')).toHaveTextContent(en.errors['generic']!);
    expect(screen.getByTestId('custom')).toHaveTextContent('Custom');
  });

  it('deep-merges overrides over a shipped catalog and passes the locale on', () => {
    render(
      <PhoneNumberKitLocalization messages={es} locale="es-MX" localization={{ verifyPhoneNumber: { resend: 'Mándame otro' } }}>
        <Probe />
      </PhoneNumberKitLocalization>,
    );
    expect(screen.getByTestId('resend')).toHaveTextContent('Mándame otro');
    expect(screen.getByTestId('cancel')).toHaveTextContent('Cancelar');
    expect(screen.getByTestId('locale')).toHaveTextContent('es-MX');
  });

  it('never mutates the catalogs it merges', () => {
    const before = JSON.stringify(en);
    const overrides: DeepPartial<Messages> = { common: { cancel: 'X' } };
    render(
      <PhoneNumberKitLocalization localization={overrides}>
        <Probe />
      </PhoneNumberKitLocalization>,
    );
    expect(JSON.stringify(en)).toBe(before);
  });

  it('ignores undefined override values instead of blanking the string', () => {
    render(
      <PhoneNumberKitLocalization localization={{ common: { cancel: undefined } }}>
        <Probe />
      </PhoneNumberKitLocalization>,
    );
    expect(screen.getByTestId('cancel')).toHaveTextContent('Cancel');
  });
});

describe('errorMessage', () => {
  const error = (init: ConstructorParameters<typeof PhoneKitError>[0]) => new PhoneKitError(init);

  it('prefers <code>__<field>, then <code>', () => {
    const messages = { ...en, errors: { ...en.errors, form_identifier_exists__phone_number: 'field-specific', form_identifier_exists: 'by code' } };
    expect(errorMessage(error({ code: 'form_identifier_exists', field: 'phone_number', message: 'x' }), messages)).toBe('field-specific');
    expect(errorMessage(error({ code: 'form_identifier_exists', field: 'email_address', message: 'x' }), messages)).toBe('by code');
  });

  it("falls back to the server's long message, then its message, then the generic sentence", () => {
    expect(errorMessage(error({ code: 'brand_new_code', message: 'short', longMessage: 'The server explains.' }), en)).toBe('The server explains.');
    expect(errorMessage(error({ code: 'brand_new_code', message: 'Only short.' }), en)).toBe('Only short.');
    expect(errorMessage(error({ code: 'brand_new_code', message: '' }), en)).toBe(en.errors['generic']);
  });

  it('uses the active catalog, not English', () => {
    expect(errorMessage(error({ code: 'form_code_incorrect', field: 'code', message: 'Incorrect code' }), es)).toBe(es.errors['form_code_incorrect']);
  });

  it('fills {seconds} from retryAfter, in the locale digits when a locale is given', () => {
    const messages = { ...en, errors: { ...en.errors, too_many_requests: 'Wait {seconds} s.' } };
    const limited = error({ code: 'too_many_requests', message: 'Too many', status: 429, retryAfter: 1500 });
    expect(errorMessage(limited, messages)).toBe('Wait 1500 s.');
    expect(errorMessage(limited, messages, 'en')).toBe('Wait 1,500 s.');
    expect(errorMessage(limited, messages, 'de')).toBe('Wait 1.500 s.');
    expect(errorMessage(limited, messages, 'ar-EG')).toBe('Wait ١٬٥٠٠ s.');
  });
});

describe('Intl formatting', () => {
  it('formats numbers in a message only when given a locale, strings untouched', () => {
    expect(formatMessage('{count} numbers, {name}', { count: 12345, name: '12345' })).toBe('12345 numbers, 12345');
    expect(formatMessage('{count} numbers, {name}', { count: 12345, name: '12345' }, 'de')).toBe('12.345 numbers, 12345');
    expect(formatMessage('{missing}', {}, 'de')).toBe('{missing}');
  });

  it('writes clock durations as m:ss with the locale digits', () => {
    expect(formatClockDuration(598, 'en')).toBe('9:58');
    expect(formatClockDuration(61.9, 'de')).toBe('1:01');
    expect(formatClockDuration(-3, 'en')).toBe('0:00');
    expect(formatClockDuration(598, 'ar-EG')).toBe('٩:٥٨');
  });

  it('survives a malformed locale tag', () => {
    expect(formatNumber(17, 'not a locale!!')).toBe('17');
    expect(formatClockDuration(17, 'not a locale!!')).toBe('0:17');
  });
});

describe('formatMessageNodes', () => {
  it('puts elements in place of their placeholders and formats the rest like formatMessage', () => {
    const sentence = formatMessageNodes('{count} codes went to {number}.', { count: 1200, number: <LeftToRight>+1 201 555 0123</LeftToRight> }, 'de');
    const { container } = render(<p>{sentence}</p>);
    expect(container.querySelector('p')).toHaveTextContent('1.200 codes went to +1 201 555 0123.');
    expect(container.querySelector('bdi')).toHaveAttribute('dir', 'ltr');
  });
});
