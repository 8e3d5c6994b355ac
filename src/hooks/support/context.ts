'use client';
import { createContext, useContext } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { SupportAdapter } from '../../adapters/support/types.ts';

/** What every support hook reads from `SupportKitProvider`. */
export interface SupportKitContextValue {
  adapter: SupportAdapter;
  queryClient: QueryClient;
  scope: string;
}

export const SupportKitContext = createContext<SupportKitContextValue | null>(null);

/** The provider's value; throws a clear error when a hook is used outside `SupportKitProvider`. */
export function useSupportKit(): SupportKitContextValue {
  const value = useContext(SupportKitContext);
  if (!value) throw new Error('phone-number-kit/support: hooks and components must be rendered inside <SupportKitProvider>.');
  return value;
}
