'use client';
import { useQuery } from '@tanstack/react-query';
import type { AccountSecurity } from '../model/account.ts';
import type { PhoneKitError } from '../model/errors.ts';
import { usePhoneNumberKit } from './context.ts';
import { phoneNumberKeys } from '../core/queryKeys.ts';
import { runOperation } from '../core/runOperation.ts';

/** Read again only when stale; the kit's own writes keep it current from the server's answers meanwhile. */
const ACCOUNT_STALE_TIME_MS = 60_000;

/** Options of {@link useAccountSecurity}. */
export interface UseAccountSecurityOptions {
  /**
   * When `false`, the hook makes no request and only reports what is already cached (another component's read,
   * or a write's answer). Default `true`.
   */
  enabled?: boolean;
}

/** What {@link useAccountSecurity} returns. */
export interface UseAccountSecurityResult {
  /** The account, or `null` until it has been read. */
  account: AccountSecurity | null;
  /** True until the first answer (false while disabled). */
  isLoading: boolean;
  /** A read is in flight. */
  isFetching: boolean;
  error: PhoneKitError | null;
  /** Reads the account again (e.g. from an error state's "Try again"). */
  refetch: () => void;
}

/**
 * The user-level facts two-step verification depends on (primary number, whether two-step, the authenticator app
 * and backup codes are on): Frontend API `GET /v1/me`. Every hook and component on the page shares this one query,
 * so mounting several costs one request.
 */
export function useAccountSecurity(options: UseAccountSecurityOptions = {}): UseAccountSecurityResult {
  const { adapter, queryClient, scope, callbacks } = usePhoneNumberKit();
  const enabled = options.enabled ?? true;
  const query = useQuery<AccountSecurity, PhoneKitError>(
    {
      queryKey: phoneNumberKeys.account(scope),
      queryFn: ({ signal }) => runOperation(callbacks, 'getAccountSecurity', () => adapter.getAccountSecurity({ signal })),
      staleTime: ACCOUNT_STALE_TIME_MS,
      enabled,
      // A failed read shows an error state with a retry button; silent retries would only delay it.
      retry: false,
    },
    queryClient,
  );
  const { refetch } = query;
  return {
    account: query.data ?? null,
    isLoading: enabled && query.isPending,
    isFetching: query.isFetching,
    error: query.error,
    refetch: () => void refetch(),
  };
}
