import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en } from './en/index.ts';
import type { DeepPartial, Messages } from './types.ts';

interface Localization {
  messages: Messages;
  /** BCP 47 tag used for `Intl` formatting and country names. */
  locale: string;
}

const LocalizationContext = createContext<Localization>({ messages: en, locale: 'en' });

function merge<T>(base: T, override: DeepPartial<T> | undefined): T {
  if (!override) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = typeof value === 'object' && value !== null && typeof current === 'object' && current !== null ? merge(current, value) : value;
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
export function PhoneNumberKitLocalization({ localization, messages = en, locale = 'en', children }: PhoneNumberKitLocalizationProps) {
  const value = useMemo(() => ({ messages: merge(messages, localization), locale }), [messages, localization, locale]);
  return <LocalizationContext.Provider value={value}>{children}</LocalizationContext.Provider>;
}

/** The active catalog and locale. */
export function useLocalization(): Localization {
  return useContext(LocalizationContext);
}
