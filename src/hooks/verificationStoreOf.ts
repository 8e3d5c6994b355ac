import { createVerificationStore, type VerificationStore } from '../core/verificationStore.ts';
import { perQueryClient } from '../core/storeRegistry.ts';
import type { PhoneNumberKitContextValue } from './context.ts';

const storeFor = perQueryClient(createVerificationStore);

/**
 * The provider's code-sending and code-checking state, made by the first hook that sends or checks a code (not by
 * the provider), so a page that only lists numbers does not ship it.
 */
export function verificationStoreOf(kit: Pick<PhoneNumberKitContextValue, 'queryClient' | 'scope'>): VerificationStore {
  return storeFor(kit.queryClient, kit.scope);
}
