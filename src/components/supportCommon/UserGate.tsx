'use client';
/**
 * What the support components that work on one user show until the user is there: a placeholder while it loads,
 * the error with "Try again" when it failed (the button keeps focus while the retry runs), and a line when no user
 * is picked yet.
 */
import type { UseSupportUserResult } from '../../hooks/support/useSupportUser.ts';
import type { Messages } from '../../i18n/types.ts';
import { Alert } from '../common/Alert.tsx';
import { Skeleton } from '../common/Skeleton.tsx';
import { useParts } from '../parts/useParts.ts';
import { supportErrorText } from './supportErrorText.ts';

/** The root's `data-state` while there is no user to show. */
export const gateState = (query: UseSupportUserResult): 'none' | 'loading' | 'error' =>
  query.error ? 'error' : query.isLoading ? 'loading' : 'none';

export interface UserGateProps {
  query: UseSupportUserResult;
  t: Messages['supportConsole'];
  retryLabel: string;
  className: string;
}

export function UserGate({ query, t, retryLabel, className }: UserGateProps) {
  const common = useParts('common');
  if (query.error) {
    return (
      <div className={common('listError')}>
        <Alert>
          <span className={common('listErrorTitle')}>{t.userLoadFailed}</span> {supportErrorText(query.error, t)}
        </Alert>
        <button
          type="button"
          className={common('listErrorRetry', 'button')}
          data-variant="secondary"
          data-state={query.isFetching ? 'pending' : 'idle'}
          aria-disabled={query.isFetching || undefined}
          aria-busy={query.isFetching || undefined}
          onClick={() => !query.isFetching && query.refetch()}
        >
          {retryLabel}
        </button>
      </div>
    );
  }
  if (query.isLoading) return <Skeleton label={t.loadingUser} rows={2} />;
  return <p className={className}>{t.noUser}</p>;
}
