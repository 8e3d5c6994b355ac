'use client';
import type { AccountSecurity } from '../model/account.ts';
import type { PhoneKitError } from '../model/errors.ts';
import { writeBackAccount } from '../core/cachedAccount.ts';
import { listMayBeStale } from '../core/staleness.ts';
import { useKitMutation } from './useKitMutation.ts';
import { usePhoneNumberKit } from './context.ts';
import { rereadAccount } from './useAccountSecurity.ts';

/** What {@link useSetPrimaryPhoneNumber} returns. */
export interface UseSetPrimaryPhoneNumberResult {
  /** Makes a verified number the user's primary one (`PATCH /v1/me`, one request); resolves with the account. */
  setPrimary: (phoneNumberId: string) => Promise<AccountSecurity>;
  /** The number being made primary while the request is in flight, else `null`. */
  pendingId: string | null;
  isPending: boolean;
  error: PhoneKitError | null;
  reset: () => void;
}

/**
 * Sets the primary phone number. Optimistic: the cached account's `primaryPhoneNumberId` changes at once and goes
 * back exactly if the server refuses; the answer (the whole account) is written into the cache, so every reader
 * shows the new primary with no request of its own.
 */
export function useSetPrimaryPhoneNumber(): UseSetPrimaryPhoneNumberResult {
  const kit = usePhoneNumberKit();
  const mutation = useKitMutation<string, AccountSecurity>({
    operation: 'setPrimaryPhoneNumber',
    run: (kit, id) => kit.adapter.setPrimaryPhoneNumber(id),
    phoneNumberId: (id) => id,
    account: { optimistic: (account, id) => ({ ...account, primaryPhoneNumberId: id }) },
    onSuccess: (kit, account) => void writeBackAccount(kit, account),
  });
  return {
    // The change may have been made after all (the answer was lost): read the account, so the badge shows the truth.
    setPrimary: (id) =>
      mutation.run(id).catch((error: PhoneKitError) => {
        if (listMayBeStale(error)) rereadAccount(kit);
        throw error;
      }),
    pendingId: mutation.isPending ? (mutation.variables ?? null) : null,
    isPending: mutation.isPending,
    error: mutation.error,
    reset: mutation.reset,
  };
}
