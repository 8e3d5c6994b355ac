'use client';
import { useContext, useMemo, useState, type ReactNode } from 'react';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import type { PhoneNumberAdapter } from '../adapters/types.ts';
import { PhoneNumberKitContext, type PhoneNumberKitContextValue } from './context.ts';
import type { PhoneNumberKitCallbacks } from '../core/events.ts';
import { pickPolicy, type KitPolicy } from '../core/policy.ts';
import { createReverificationStore } from '../core/reverificationStore.ts';
import { perQueryClient } from '../core/storeRegistry.ts';

/** Props of {@link PhoneNumberKitProvider}. */
export interface PhoneNumberKitProviderProps extends PhoneNumberKitCallbacks, KitPolicy {
  /** The backend: `createClerkFrontendApiAdapter(…)`, `createClerkJsAdapter(user)` (from `phone-number-kit/clerk-js`), or your own. */
  adapter: PhoneNumberAdapter;
  /**
   * The QueryClient to cache in. Defaults to the host's (from an enclosing `QueryClientProvider`), else one the
   * provider creates.
   */
  queryClient?: QueryClient;
  /** Separates the caches of several providers sharing one QueryClient (e.g. two users). Default `'default'`. */
  scope?: string;
  /** Seconds before "resend" when the server gives no `Retry-After`. Default 30. */
  resendCooldownSeconds?: number;
  /** The clock, for tests. Default `Date.now`. */
  now?: () => number;
  children?: ReactNode;
}

const reverificationStoreFor = perQueryClient(createReverificationStore);

/** Gives every hook and component below it the adapter, the cache and the callbacks. */
export function PhoneNumberKitProvider(props: PhoneNumberKitProviderProps) {
  const { adapter, scope = 'default', resendCooldownSeconds = 30, now = Date.now, children } = props;
  const { onNeedsReverification, onError, onSuccess, onBeforeAction } = props;
  const { allowedCountries, readOnly, allowAdd, allowRemove, factors } = props;
  const hostClient = useContext(QueryClientContext);
  const [ownClient] = useState(() => ((props.queryClient ?? hostClient) ? null : new QueryClient()));
  const queryClient = props.queryClient ?? hostClient ?? ownClient!;

  const reverification = reverificationStoreFor(queryClient, scope);

  const value = useMemo<PhoneNumberKitContextValue>(
    () => ({
      adapter,
      queryClient,
      scope,
      // Without the host's own step-up UI, the kit's dialog asks the user (see ReverificationOutlet).
      callbacks: { onNeedsReverification: onNeedsReverification ?? reverification.handle, onError, onSuccess, onBeforeAction },
      resendCooldownSeconds,
      reverification,
      now,
      policy: pickPolicy({ allowedCountries, readOnly, allowAdd, allowRemove, onBeforeAction, factors }),
    }),
    [adapter, queryClient, scope, reverification, onNeedsReverification, onError, onSuccess, onBeforeAction, resendCooldownSeconds, now, allowedCountries, readOnly, allowAdd, allowRemove, factors],
  );

  const tree = <PhoneNumberKitContext.Provider value={value}>{children}</PhoneNumberKitContext.Provider>;
  // Hooks pass the client explicitly, but a host's own useQuery calls inside still want one when we made it.
  return queryClient === hostClient ? tree : <QueryClientProvider client={queryClient}>{tree}</QueryClientProvider>;
}
