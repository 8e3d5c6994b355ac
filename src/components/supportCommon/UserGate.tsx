'use client';
/**
 * What the support components that work on one user show until the user is there: a placeholder while it loads,
 * the error with "Try again" when it failed, and a line when no user is picked yet.
 */
import type { UseSupportUserResult } from '../../hooks/support/useSupportUser.ts';
import type { Messages } from '../../i18n/types.ts';
import { ListError } from '../common/ListError.tsx';
import { Skeleton } from '../common/Skeleton.tsx';

/** The root's `data-state` while there is no user to show. */
export const gateState = (query: UseSupportUserResult): 'none' | 'loading' | 'error' =>
  query.error ? 'error' : query.isLoading ? 'loading' : 'none';

export function UserGate({ query, t, className }: { query: UseSupportUserResult; t: Messages['supportConsole']; className: string }) {
  if (query.error) return <ListError title={t.userLoadFailed} error={query.error} retrying={query.isFetching} onRetry={query.refetch} />;
  if (query.isLoading) return <Skeleton label={t.loadingUser} rows={2} />;
  return <p className={className}>{t.noUser}</p>;
}
