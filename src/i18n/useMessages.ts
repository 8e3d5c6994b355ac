'use client';
import { useContext, useMemo } from 'react';
import { LocalizationContext, mergeMessages } from './LocalizationProvider.tsx';
import type { Messages } from './types.ts';

/**
 * The namespaces a component shows, in the active language: its English `defaults` (a module-level object of the
 * namespaces it imports, so only those reach the bundle) with the provider's catalog merged over them.
 */
export function useMessages<K extends keyof Messages>(defaults: Pick<Messages, K>): { messages: Pick<Messages, K>; locale: string } {
  const { catalog, locale } = useContext(LocalizationContext);
  return useMemo(() => {
    const messages = { ...defaults };
    for (const key of Object.keys(defaults) as K[]) {
      const override = catalog?.[key];
      if (override) messages[key] = mergeMessages(defaults[key], override);
    }
    return { messages, locale };
  }, [defaults, catalog, locale]);
}
