'use client';
/**
 * `PhoneNumberKitAppearance` sets the look of every kit component below it; each component's own `appearance`
 * prop is merged over it, and a component root passes the merged result on to the components nested in it.
 * Only data travels through context; the look itself is CSS (styles.css) reading the custom properties.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { mergeAppearance, type Appearance } from './appearance.ts';

const AppearanceContext = createContext<Appearance>({});

/** Props of {@link PhoneNumberKitAppearance}. */
export interface PhoneNumberKitAppearanceProps {
  /** The look for every component below; merged over an outer `PhoneNumberKitAppearance`, if any. */
  appearance?: Appearance;
  children?: ReactNode;
}

/** Sets the look of every kit component below it (theme, variables, per-part classes, unstyled). */
export function PhoneNumberKitAppearance({ appearance, children }: PhoneNumberKitAppearanceProps) {
  const outer = useContext(AppearanceContext);
  const value = useMemo(() => mergeAppearance(outer, appearance), [outer, appearance]);
  return <AppearanceContext.Provider value={value}>{children}</AppearanceContext.Provider>;
}

/** The appearance in effect here, with `own` (a component's prop) merged over the inherited one. */
export function useAppearance(own?: Appearance): Appearance {
  const inherited = useContext(AppearanceContext);
  return useMemo(() => mergeAppearance(inherited, own), [inherited, own]);
}

/** Hands the merged appearance of a component root to the parts and components inside it. */
export function AppearanceScope({ value, children }: { value: Appearance; children?: ReactNode }) {
  return <AppearanceContext.Provider value={value}>{children}</AppearanceContext.Provider>;
}
