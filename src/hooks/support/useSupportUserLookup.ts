'use client';
import { useQuery } from '@tanstack/react-query';
import type { AdminUser } from '../../model/admin.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { writeSupportUser } from '../../core/supportCache.ts';
import { supportKeys } from '../../core/supportKeys.ts';
import { useSupportKit } from './context.ts';

/** What {@link useSupportUserLookup} returns. */
export interface UseSupportUserLookupResult {
  /** The users holding the number; empty before a search and when nobody holds it. */
  users: AdminUser[];
  /** A search ran and answered (so an empty `users` means "nobody holds this number"). */
  isLoaded: boolean;
  /** The search is in flight. */
  isLoading: boolean;
  error: PhoneKitError | null;
  refetch: () => void;
}

/**
 * The users holding `phoneNumber` (E.164), or nothing while it is `null`. One request per number; each user found
 * is also cached on its own, so opening it (`useSupportUser`) costs no request.
 */
export function useSupportUserLookup(phoneNumber: string | null): UseSupportUserLookupResult {
  const { adapter, queryClient, scope } = useSupportKit();
  const query = useQuery<AdminUser[], PhoneKitError>(
    {
      queryKey: supportKeys.lookup(scope, phoneNumber ?? ''),
      queryFn: async ({ signal }) => {
        const users = await adapter.findUsersByPhoneNumber(phoneNumber!, { signal });
        for (const user of users) writeSupportUser(queryClient, scope, user);
        return users;
      },
      enabled: phoneNumber !== null,
      // A support agent looks at the moment's state: a lookup made a minute ago may be stale.
      staleTime: 0,
      retry: false,
    },
    queryClient,
  );
  const { refetch } = query;
  return {
    users: query.data ?? EMPTY,
    isLoaded: query.data !== undefined,
    isLoading: phoneNumber !== null && query.isPending,
    error: query.error,
    refetch: () => void refetch(),
  };
}

const EMPTY: AdminUser[] = [];
