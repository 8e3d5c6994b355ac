'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en } from './en/index.ts';
import type { DeepPartial, Messages } from './types.ts';

/**
 * What the provider holds: the catalog it was given with the overrides merged in, but not English. Components
 * merge their own English namespaces under it (`useMessages`), so a page bundles only the strings it can show.
 */
export interface LocalizationState {
  catalog: DeepPartial<Messages> | undefined;
  /** BCP 47 tag used for `Intl` formatting and country names. */
  locale: string;
}

export const LocalizationContext = createContext<LocalizationState>({ catalog: undefined, locale: 'en' });

/** Deep-merges `override` over `base` (either may be missing). */
export function mergeMessages<T>(base: T, override: DeepPartial<T> | undefined): T {
  if (!override) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = typeof value === 'object' && value !== null && typeof current === 'object' && current !== null ? mergeMessages(current, value) : value;
  }
  return out as T;
}

/** Props of {@link PhoneNumberKitLocalization}. */
export interface PhoneNumberKitLocalizationProps {
  /** Overrides deep-merged over English (or over `messages`). */
  localization?: DeepPartial<Messages>;
  /** A full catalog to start from (e.g. a shipped translation). Default English. */
  messages?: Messages;
  /** BCP 47 locale for numbers, dates and country names. Default `en`. */
  locale?: string;
  children?: ReactNode;
}

/** Sets the language of every kit component below it. Without it, components speak English. */
export function PhoneNumberKitLocalization({ localization, messages, locale = 'en', children }: PhoneNumberKitLocalizationProps) {
  const value = useMemo(
    () => ({ catalog: messages ? mergeMessages<DeepPartial<Messages>>(messages, localization) : localization, locale }),
    [messages, localization, locale],
  );
  return <LocalizationContext.Provider value={value}>{children}</LocalizationContext.Provider>;
}

/** The whole active catalog (English under whatever the provider sets) and locale, for custom UI on the hooks. */
export function useLocalization(): { messages: Messages; locale: string } {
  const { catalog, locale } = useContext(LocalizationContext);
  return useMemo(() => ({ messages: mergeMessages(en, catalog), locale }), [catalog, locale]);
}
