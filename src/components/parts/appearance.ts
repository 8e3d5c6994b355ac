/**
 * The theme's `appearance` narrowed to the kit's parts: `elements` keys are the `PartKey`s of the registries, so a
 * mistyped `'addPhoneNumber.inptu'` fails type-checking. The theme itself stays generic and knows no component.
 */
import type { Appearance as ThemeAppearance } from '../../theme/appearance.ts';
import { PhoneNumberKitAppearance as ThemeAppearanceProvider } from '../../theme/AppearanceProvider.tsx';
import type { ReactElement, ReactNode } from 'react';
import type { PartKey } from './registry.ts';

/** How the kit looks: theme, variables, per-part host classes (`elements`, keyed by {@link PartKey}), unstyled. */
export type Appearance = ThemeAppearance<PartKey>;

/** Props of {@link PhoneNumberKitAppearance}. */
export interface PhoneNumberKitAppearanceProps {
  /** The look for every component below; merged over an outer `PhoneNumberKitAppearance`, if any. */
  appearance?: Appearance;
  children?: ReactNode;
}

/** Sets the look of every kit component below it (theme, variables, per-part classes, unstyled). */
export const PhoneNumberKitAppearance: (props: PhoneNumberKitAppearanceProps) => ReactElement = ThemeAppearanceProvider;
