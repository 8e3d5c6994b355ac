'use client';
import { useQuery } from '@tanstack/react-query';
import type { AdminUser } from '../../model/admin.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { supportKeys } from '../../core/supportKeys.ts';
import { useSupportKit } from './context.ts';

/** Kept fresh by every change's answer meanwhile; read again after this long. */
const USER_STALE_TIME_MS = 30_000;

/** What {@link useSupportUser} returns. */
export interface UseSupportUserResult {
  /** The user with their numbers, or `null` until loaded. */
  user: AdminUser | null;
  isLoading: boolean;
  /** A (re)fetch is in flight. */
  isFetching: boolean;
  error: PhoneKitError | null;
  refetch: () => void;
}

/**
 * One user with their phone numbers and two-step state. Shared by every support component for the same user, and
 * seeded by `useSupportUserLookup`, so a user picked from a lookup costs no further request.
 */
export function useSupportUser(userId: string | null): UseSupportUserResult {
  const { adapter, queryClient, scope } = useSupportKit();
  const query = useQuery<AdminUser, PhoneKitError>(
    {
      queryKey: supportKeys.user(scope, userId ?? ''),
      queryFn: ({ signal }) => adapter.getUser(userId!, { signal }),
      enabled: userId !== null,
      staleTime: USER_STALE_TIME_MS,
      retry: false,
    },
    queryClient,
  );
  const { refetch } = query;
  return {
    user: query.data ?? null,
    isLoading: userId !== null && query.isPending,
    isFetching: query.isFetching,
    error: query.error,
    refetch: () => void refetch(),
  };
}
