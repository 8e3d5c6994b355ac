'use client';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { UsePhoneNumbersResult } from '../../hooks/usePhoneNumbers.ts';
import type { PhoneKitError } from '../../model/errors.ts';

/** What {@link useListRetry} returns, for a section's {@link ListError}. */
export interface ListRetry {
  /** The error to show, or null: kept while a retry of a list that never loaded is in flight. */
  error: PhoneKitError | null;
  /** A retry is in flight: "Try again" shows pending instead of giving way to the skeleton. */
  retrying: boolean;
  retry: () => void;
}

/**
 * The one retry behaviour of a list that failed: the error stays on screen, "Try again" pending, until the answer.
 * (TanStack Query clears a never-loaded list's error when it refetches, which would swap the error for the
 * skeleton and drop the focused button.) Once a retry brings the list, `focusOnRecovery` takes focus: the button
 * the user was on is gone.
 */
export function useListRetry(list: Pick<UsePhoneNumbersResult, 'error' | 'isLoaded' | 'isFetching' | 'refetch'>, focusOnRecovery: RefObject<HTMLElement | null>): ListRetry {
  // The query's error, except that a refetch in flight does not clear it (set during render: React's pattern for
  // state that follows changing inputs).
  const [error, setError] = useState(list.error);
  if (list.error !== error && (list.error || !list.isFetching)) setError(list.error);
  const retried = useRef(false);
  const retrying = error !== null && list.isFetching;
  const recovered = error === null && list.isLoaded;

  useEffect(() => {
    if (!recovered || !retried.current) return;
    retried.current = false;
    focusOnRecovery.current?.focus();
  }, [recovered, focusOnRecovery]);

  return {
    error,
    retrying,
    // ListError ignores presses while retrying.
    retry: () => {
      retried.current = true;
      list.refetch();
    },
  };
}
