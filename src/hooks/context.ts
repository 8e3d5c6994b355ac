'use client';
import { createContext, useContext } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { PhoneNumberAdapter } from '../adapters/types.ts';
import type { PhoneNumberKitCallbacks } from '../core/events.ts';
import type { KitPolicy } from '../core/policy.ts';
import type { ReverificationStore } from '../core/reverificationStore.ts';

/** What every hook reads from the provider. */
export interface PhoneNumberKitContextValue {
  adapter: PhoneNumberAdapter;
  queryClient: QueryClient;
  scope: string;
  callbacks: PhoneNumberKitCallbacks;
  /** Seconds a resend waits when the server gives no `Retry-After`. */
  resendCooldownSeconds: number;
  /** Writes waiting for the built-in step-up dialog (used when the host passes no `onNeedsReverification`). */
  reverification: ReverificationStore;
  now: () => number;
  /** The host's policy as it applies here (the provider's, refined by the enclosing section's props; `usePolicy`). */
  policy: KitPolicy;
}

export const PhoneNumberKitContext = createContext<PhoneNumberKitContextValue | null>(null);

/** The provider's value; throws a clear error when a hook is used outside `PhoneNumberKitProvider`. */
export function usePhoneNumberKit(): PhoneNumberKitContextValue {
  const value = useContext(PhoneNumberKitContext);
  if (!value) throw new Error('phone-number-kit: hooks and components must be rendered inside <PhoneNumberKitProvider>.');
  return value;
}
