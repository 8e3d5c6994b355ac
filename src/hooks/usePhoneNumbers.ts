'use client';
import { useQuery } from '@tanstack/react-query';
import type { PhoneKitError } from '../model/errors.ts';
import { sortPhoneNumbers } from '../model/sort.ts';
import type { PhoneNumber } from '../model/types.ts';
import { usePhoneNumberKit } from './context.ts';
import { phoneNumberKeys } from '../core/queryKeys.ts';
import { runOperation } from '../core/runOperation.ts';

/** The list is refetched only when stale; mutations keep it current from the server's answers meanwhile. */
const LIST_STALE_TIME_MS = 60_000;

/** What {@link usePhoneNumbers} returns. */
export interface UsePhoneNumbersResult {
  /** The user's numbers, sorted: default second factor, other two-step numbers, verified, unverified. */
  phoneNumbers: PhoneNumber[];
  /** True until the first answer. */
  isLoading: boolean;
  /**
   * The list has loaded at least once (it may be empty). A failed refetch keeps the last list: components show a
   * "could not be loaded" state only while this is false, so an open form is never swapped for an error page.
   */
  isLoaded: boolean;
  /** A refetch is in flight. */
  isFetching: boolean;
  error: PhoneKitError | null;
  /** Fetches the list again (e.g. from an error state's "Try again"). */
  refetch: () => void;
}

/**
 * The user's phone numbers. Every hook and component on the page shares this one query, so mounting five of
 * them costs one request.
 */
export function usePhoneNumbers(): UsePhoneNumbersResult {
  const { adapter, queryClient, scope, callbacks } = usePhoneNumberKit();
  const query = useQuery<PhoneNumber[], PhoneKitError, PhoneNumber[]>(
    {
      queryKey: phoneNumberKeys.list(scope),
      queryFn: ({ signal }) => runOperation(callbacks, 'listPhoneNumbers', () => adapter.listPhoneNumbers({ signal })),
      select: sortPhoneNumbers,
      staleTime: LIST_STALE_TIME_MS,
      // A failed list shows an error state with a retry button; silent retries would only delay it.
      retry: false,
    },
    queryClient,
  );
  const { refetch } = query;
  return {
    phoneNumbers: query.data ?? EMPTY,
    isLoading: query.isPending,
    isLoaded: query.data !== undefined,
    isFetching: query.isFetching,
    error: query.error,
    refetch: () => void refetch(),
  };
}

const EMPTY: PhoneNumber[] = [];
