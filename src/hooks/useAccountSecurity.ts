'use client';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { PhoneNumberAdapter } from '../adapters/types.ts';
import type { PhoneNumberKitCallbacks } from '../core/events.ts';
import type { AccountSecurity } from '../model/account.ts';
import type { PhoneKitError } from '../model/errors.ts';
import { usePhoneNumberKit } from './context.ts';
import { phoneNumberKeys } from '../core/queryKeys.ts';
import { runOperation } from '../core/runOperation.ts';

/** Read again only when stale; the kit's own writes keep it current from the server's answers meanwhile. */
const ACCOUNT_STALE_TIME_MS = 60_000;

/** The account query, for `useQuery` and for a write that must read the account again (`fetchQuery`). */
function accountQuery(kit: { adapter: PhoneNumberAdapter; scope: string; callbacks: PhoneNumberKitCallbacks }) {
  return {
    queryKey: phoneNumberKeys.account(kit.scope),
    queryFn: ({ signal }: { signal: AbortSignal }) => runOperation(kit.callbacks, 'getAccountSecurity', () => kit.adapter.getAccountSecurity({ signal })),
    staleTime: ACCOUNT_STALE_TIME_MS,
    // A failed read shows an error state with a retry button; silent retries would only delay it.
    retry: false,
  } as const;
}

/** Reads the account again, e.g. after a write whose answer was lost; a failure is left to the next read. */
export function rereadAccount(kit: { adapter: PhoneNumberAdapter; scope: string; callbacks: PhoneNumberKitCallbacks; queryClient: QueryClient }): void {
  void kit.queryClient.fetchQuery({ ...accountQuery(kit), staleTime: 0 }).catch(() => undefined);
}

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
  const kit = usePhoneNumberKit();
  const enabled = options.enabled ?? true;
  const query = useQuery<AccountSecurity, PhoneKitError>({ ...accountQuery(kit), enabled }, kit.queryClient);
  const { refetch } = query;
  return {
    account: query.data ?? null,
    isLoading: enabled && query.isPending,
    isFetching: query.isFetching,
    error: query.error,
    refetch: () => void refetch(),
  };
}
