'use client';
import { useAccountSecurity } from '../../hooks/index.ts';

/**
 * Which number is primary. The phone-number list does not say, so it comes from the account:
 * - with the `primaryPhoneNumberId` prop, that is the starting value and nothing is read (no extra request);
 * - without it, the account is read once (`GET /v1/me`: the list view costs 2 requests instead of 1);
 * - either way the cached account wins once it is there (the user set a new primary here, or another component
 *   read it), and a number being made primary shows as primary at once.
 */
export function usePrimaryPhoneNumberId(fromProps: string | undefined, pendingId: string | null): string | undefined {
  const { account } = useAccountSecurity({ enabled: fromProps === undefined });
  return pendingId ?? (account ? (account.primaryPhoneNumberId ?? undefined) : fromProps);
}
