/**
 * The list as the host's QueryClient caches it: what every answer does to it, in one place for the mutation hooks
 * and the verification hook alike. Framework-free: it takes the client, never a React hook.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { PhoneKitError } from '../model/errors.ts';
import type { PhoneNumber } from '../model/types.ts';
import { upsertPhoneNumber } from './cache.ts';
import { phoneNumberKeys } from './queryKeys.ts';
import { listMayBeStale } from './staleness.ts';

/** Where a provider's list is cached: the QueryClient and the provider's scope (the hooks' kit context is one). */
export interface CachedListLocation {
  queryClient: QueryClient;
  scope: string;
}

/** Replaces the cached list with `edit`'s result. */
export function editList(kit: CachedListLocation, edit: (list: PhoneNumber[] | undefined) => PhoneNumber[]): void {
  kit.queryClient.setQueryData<PhoneNumber[]>(phoneNumberKeys.list(kit.scope), edit);
}

/** Writes the number a server answer returned into the cached list (no refetch); returns it, for `.then`. */
export function writeBackPhone(kit: CachedListLocation, phone: PhoneNumber): PhoneNumber {
  editList(kit, (list) => upsertPhoneNumber(list, phone));
  return phone;
}

/**
 * Reads the list (or the query `queryKey` names, e.g. the account: the authenticator app may be on, or gone, after
 * all) again after a failure that may hide a change (the answer was lost, or the refusal shows the cache is behind;
 * see `listMayBeStale`), so the page shows what the server did rather than a guess.
 */
export function rereadIfStale(kit: CachedListLocation, error: PhoneKitError, queryKey: readonly unknown[] = phoneNumberKeys.list(kit.scope)): void {
  if (listMayBeStale(error)) void kit.queryClient.invalidateQueries({ queryKey });
}
