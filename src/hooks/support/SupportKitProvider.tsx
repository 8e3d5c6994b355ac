'use client';
import { useContext, useMemo, useState, type ReactNode } from 'react';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import type { SupportAdapter } from '../../adapters/support/types.ts';
import { SupportKitContext, type SupportKitContextValue } from './context.ts';

/** Props of {@link SupportKitProvider}. */
export interface SupportKitProviderProps {
  /** The backend: `createSupportAdapter({ baseUrl })`, talking to `phone-number-kit/server`'s handler. */
  adapter: SupportAdapter;
  /**
   * The QueryClient to cache in. Defaults to the host's (from an enclosing `QueryClientProvider`), else one the
   * provider creates.
   */
  queryClient?: QueryClient;
  /** Separates the caches of several consoles sharing one QueryClient (e.g. two tenants). Default `'default'`. */
  scope?: string;
  children?: ReactNode;
}

/** Gives every support hook and component below it the adapter and the cache. */
export function SupportKitProvider({ adapter, queryClient: given, scope = 'default', children }: SupportKitProviderProps) {
  const hostClient = useContext(QueryClientContext);
  const [ownClient] = useState(() => ((given ?? hostClient) ? null : new QueryClient()));
  const queryClient = given ?? hostClient ?? ownClient!;
  const value = useMemo<SupportKitContextValue>(() => ({ adapter, queryClient, scope }), [adapter, queryClient, scope]);
  const tree = <SupportKitContext.Provider value={value}>{children}</SupportKitContext.Provider>;
  // Hooks pass the client explicitly, but a host's own useQuery calls inside still want one when we made it.
  return queryClient === hostClient ? tree : <QueryClientProvider client={queryClient}>{tree}</QueryClientProvider>;
}
