/**
 * Three example tenant themes, written as plain data: exactly what a tenant would store as JSON and pass to
 * `appearance`. Colour pairs were checked for WCAG AA contrast (text ≥ 4.5:1).
 */
import type { Appearance } from '../../src/components/parts/appearance.ts';

/** A conservative bank: deep green, serif type, square corners, roomy spacing. */
export const bankBrand = {
  theme: 'light',
  variables: {
    colorPrimary: '#0b4f3c',
    colorPrimaryText: '#ffffff',
    colorText: '#15201c',
    colorSurface: '#f3f6f4',
    colorBorder: '#9fb3aa',
    fontFamily: "'Iowan Old Style', 'Palatino Linotype', Georgia, serif",
    fontSize: '1rem',
    borderRadius: '2px',
    density: 'comfortable',
  },
} as const satisfies Appearance;

/** A playful consumer app: raspberry and plum, round corners, a friendly sans. */
export const playfulBrand = {
  theme: 'light',
  variables: {
    colorPrimary: '#c2185b',
    colorPrimaryText: '#ffffff',
    colorText: '#4a2a6a',
    colorSurface: '#fff3f8',
    colorBorder: '#e7a9c4',
    colorFocus: '#7a2e8e',
    fontFamily: "'Trebuchet MS', 'Avenir Next', 'Segoe UI', sans-serif",
    borderRadius: '18px',
    spacing: '0.55rem',
  },
} as const satisfies Appearance;

/** A dark developer tool: terminal green on near-black, monospace, tight and compact. */
export const devToolBrand = {
  theme: 'dark',
  variables: {
    colorPrimary: '#3ddc97',
    colorPrimaryText: '#06140d',
    colorText: '#e6edf3',
    colorTextMuted: '#9da7b3',
    colorBackground: '#0d1117',
    colorSurface: '#161b22',
    colorBorder: '#3a4452',
    fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
    fontSize: '0.875rem',
    borderRadius: '4px',
    density: 'compact',
  },
} as const satisfies Appearance;

export const brands = { bank: bankBrand, playful: playfulBrand, devtool: devToolBrand } as const;
export type BrandName = keyof typeof brands;
