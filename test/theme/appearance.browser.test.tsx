/**
 * In real Chromium, with the kit's real CSS: `appearance` changes computed styles, dark and auto themes switch the
 * palette, `elements` classes land on their parts, unlayered host CSS beats the kit without !important,
 * `unstyled` drops the kit's look, and the kit's rules never reach elements outside a kit root.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AddPhoneNumber } from '../../src/components/AddPhoneNumber/AddPhoneNumber.tsx';
import { LiveRegion } from '../../src/components/common/LiveRegion.tsx';
import { PhoneNumberKitProvider } from '../../src/hooks/PhoneNumberKitProvider.tsx';
import type { PhoneNumberAdapter } from '../../src/adapters/types.ts';
import { PhoneNumberKitAppearance, type Appearance } from '../../src/components/parts/appearance.ts';
import { loadPhoneLibrary } from '../../src/components/AddPhoneNumber/loadPhoneLibrary.ts';

// AddPhoneNumber sends nothing until submitted, so no method of the adapter is reached.
const adapter = new Proxy({}, { get: () => () => Promise.reject(new Error('not used')) }) as PhoneNumberAdapter;

function Kit({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <PhoneNumberKitProvider adapter={adapter}>{children}</PhoneNumberKitProvider>
    </QueryClientProvider>
  );
}

function renderAdd(appearance?: Appearance, providerAppearance?: Appearance) {
  render(
    <Kit>
      <PhoneNumberKitAppearance appearance={providerAppearance}>
        <AddPhoneNumber defaultCountry="US" appearance={appearance} />
      </PhoneNumberKitAppearance>
    </Kit>,
  );
  const form = screen.getByRole('form');
  const submit = screen.getByRole('button', { name: /add/i });
  const input = screen.getByRole('textbox', { name: /phone number/i });
  return { form, submit, input };
}

const style = (element: Element) => getComputedStyle(element);
const hostStyles: HTMLStyleElement[] = [];
function addHostCss(css: string) {
  const element = document.createElement('style');
  element.textContent = css;
  document.head.append(element);
  hostStyles.push(element);
}

afterEach(async () => {
  hostStyles.splice(0).forEach((element) => element.remove());
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
});

// The add form's modules read the phone library as they render; the add step's loader awaits it, these tests load it.
beforeAll(() => loadPhoneLibrary());

describe('appearance.variables', () => {
  it('sets the primary button colour, radius, font size and spacing', () => {
    const { form, submit } = renderAdd({ variables: { colorPrimary: 'rgb(200, 30, 90)', colorPrimaryText: 'rgb(255, 255, 255)', borderRadius: '3px', fontSize: '20px' } });
    expect(style(submit).backgroundColor).toBe('rgb(200, 30, 90)');
    expect(style(submit).color).toBe('rgb(255, 255, 255)');
    expect(style(submit).borderTopLeftRadius).toBe('3px');
    expect(style(form).fontSize).toBe('20px');
  });

  it('keeps the defaults without appearance, and a component prop wins over the provider', () => {
    const { submit } = renderAdd({ variables: { colorPrimary: 'rgb(0, 128, 0)' } }, { variables: { colorPrimary: 'rgb(1, 2, 3)', borderRadius: '9px' } });
    expect(style(submit).backgroundColor).toBe('rgb(0, 128, 0)');
    expect(style(submit).borderTopLeftRadius).toBe('9px');
  });

  it('scales spacing with density', () => {
    const { form } = renderAdd({ variables: { spacing: '10px', density: 'compact' } });
    expect(form).toHaveAttribute('data-density', 'compact');
    // The form's gap is 1.5 × --pnk-space = 1.5 × 10px × 0.75.
    expect(style(form).rowGap).toBe('11.25px');
  });

  it('ignores values that are not strings (stored themes are data)', () => {
    const { submit } = renderAdd({ variables: { colorPrimary: { evil: true } as unknown as string } });
    expect(style(submit).backgroundColor).toBe('rgb(47, 79, 216)');
  });
});

describe('themes', () => {
  it('dark switches the palette and paints the root', () => {
    const { form, submit } = renderAdd({ theme: 'dark' });
    expect(form).toHaveAttribute('data-theme', 'dark');
    expect(style(form).color).toBe('rgb(232, 234, 238)');
    expect(style(form).backgroundColor).toBe('rgb(21, 23, 28)');
    expect(style(submit).backgroundColor).toBe('rgb(141, 162, 255)');
    expect(style(form).colorScheme).toBe('dark');
  });

  it('auto follows prefers-color-scheme', async () => {
    const { form } = renderAdd({ theme: 'auto' });
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    expect(style(form).color).toBe('rgb(27, 29, 33)');
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    expect(style(form).color).toBe('rgb(232, 234, 238)');
  });

  it('auto under a dark preference resolves every colour token exactly as dark does, and light as light', async () => {
    const tokens = ['text', 'text-muted', 'background', 'surface', 'border', 'primary', 'primary-text', 'danger', 'danger-text', 'success', 'focus', 'shadow'];
    const palette = (element: Element) => [...tokens.map((token) => style(element).getPropertyValue(`--pnk-color-${token}`).trim()), style(element).backgroundColor, style(element).colorScheme];
    const dark = palette(renderAdd({ theme: 'dark' }).form);
    document.body.replaceChildren();
    const light = palette(renderAdd({ theme: 'light' }).form);
    document.body.replaceChildren();
    expect(dark).not.toEqual(light);
    expect(dark.slice(0, 4)).toEqual(['#e8eaee', '#a6adba', '#15171c', '#1f232b']);
    const { form } = renderAdd({ theme: 'auto' });
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    expect(palette(form)).toEqual(dark);
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    expect(palette(form)).toEqual(light);
  });

  it('light stays light when the user prefers dark', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    const { form } = renderAdd({ theme: 'light' });
    expect(style(form).color).toBe('rgb(27, 29, 33)');
  });
});

describe('appearance.elements', () => {
  it('adds host classes to the named parts, next to the kit classes', () => {
    const { form, submit, input } = renderAdd({
      elements: { 'addPhoneNumber.root': 'host-root', 'addPhoneNumber.input': 'host-input', 'addPhoneNumber.submit': 'host-submit', 'common.button': 'host-button' },
    });
    expect(form).toHaveClass('pnk', 'pnk-add-phone-number', 'host-root');
    expect(input).toHaveClass('pnk-add-phone-number__input', 'host-input');
    expect(submit).toHaveClass('pnk-button', 'host-button', 'pnk-add-phone-number__submit', 'host-submit');
  });
});

describe('cascade', () => {
  it('unlayered host CSS beats the kit without !important, even with lower specificity', () => {
    addHostCss('button { background-color: rgb(10, 20, 30); border-radius: 0px; }');
    const { submit } = renderAdd();
    expect(style(submit).backgroundColor).toBe('rgb(10, 20, 30)');
    expect(style(submit).borderTopLeftRadius).toBe('0px');
  });

  it('host custom properties on the root override the kit tokens', () => {
    addHostCss('.pnk { --pnk-color-primary: rgb(5, 6, 7); }');
    const { submit } = renderAdd();
    expect(style(submit).backgroundColor).toBe('rgb(5, 6, 7)');
  });

  it('per-component properties change one part only', () => {
    addHostCss('.pnk { --pnk-button-primary-background: rgb(9, 9, 9); }');
    const { submit } = renderAdd();
    expect(style(submit).backgroundColor).toBe('rgb(9, 9, 9)');
    expect(style(screen.getByRole('form').querySelector('.pnk-add-phone-number__control')!).borderTopColor).toBe('rgb(201, 206, 214)');
  });

  it('the root is its own stacking context', () => {
    const { form } = renderAdd();
    expect(style(form).isolation).toBe('isolate');
  });
});

describe('unstyled', () => {
  it('keeps structure, classes and data attributes, and drops the kit look', () => {
    const { form, submit } = renderAdd({ unstyled: true, variables: { colorPrimary: 'rgb(200, 30, 90)' } });
    expect(form).toHaveClass('pnk-unstyled', 'pnk-add-phone-number');
    expect(form).not.toHaveClass('pnk');
    expect(form).toHaveAttribute('data-state', 'idle');
    expect(submit).toHaveClass('pnk-button', 'pnk-add-phone-number__submit');
    // The browser's own button look, not the kit's.
    expect(style(submit).backgroundColor).not.toBe('rgb(200, 30, 90)');
    expect(style(submit).backgroundColor).not.toBe('rgb(47, 79, 216)');
    expect(style(form).display).toBe('block');
    expect(style(form).isolation).toBe('auto');
  });

  it('still hides screen-reader-only text', () => {
    render(
      <PhoneNumberKitAppearance appearance={{ unstyled: true }}>
        <div className="pnk-unstyled">
          <LiveRegion message="Code sent" />
        </div>
      </PhoneNumberKitAppearance>,
    );
    expect(style(screen.getByRole('status')).position).toBe('absolute');
    expect(style(screen.getByRole('status')).width).toBe('1px');
  });
});

describe('no leaks', () => {
  it('host elements with kit-like classes outside a kit root are untouched', () => {
    renderAdd({ theme: 'dark' });
    const outside = document.createElement('div');
    outside.innerHTML = '<button class="pnk-button" data-variant="primary">Host</button><p class="pnk-alert">x</p><span class="pnk-badge">b</span>';
    document.body.append(outside);
    const button = outside.querySelector('button')!;
    const reference = document.createElement('button');
    document.body.append(reference);
    try {
      expect(style(button).backgroundColor).toBe(style(reference).backgroundColor);
      expect(style(button).borderTopLeftRadius).toBe(style(reference).borderTopLeftRadius);
      expect(style(outside.querySelector('.pnk-alert')!).borderTopStyle).toBe('none');
      expect(style(outside.querySelector('.pnk-badge')!).display).toBe('inline');
      expect(style(outside).boxSizing).toBe('content-box');
      expect(style(document.body).getPropertyValue('--pnk-color-primary')).toBe('');
    } finally {
      outside.remove();
      reference.remove();
    }
  });
});
