'use client';
import type { AccountSecurity } from '../model/account.ts';
import { isPhoneKitError, type PhoneKitError } from '../model/errors.ts';
import type { PhoneNumber } from '../model/types.ts';
import { totpRemovalOutcome } from '../model/signInOrder.ts';
import { phoneNumberKeys } from '../core/queryKeys.ts';
import { listMayBeStale } from '../core/staleness.ts';
import type { PhoneNumberAdapter } from '../adapters/types.ts';
import type { PhoneNumberKitContextValue } from './context.ts';
import { usePhoneNumberKit } from './context.ts';
import { useKitMutation } from './useKitMutation.ts';

/** What {@link useDisableAuthenticatorApp} returns. */
export interface UseDisableAuthenticatorAppResult {
  /** Removes the authenticator app. The account shows it off at once and comes back if the server refuses. */
  disable: () => Promise<void>;
  isPending: boolean;
  error: PhoneKitError | null;
  reset: () => void;
}

/** The account once the app is gone, by the model's rule (`totpRemovalOutcome`): what remains of two-step verification. */
function withoutTotp(kit: PhoneNumberKitContextValue, account: AccountSecurity): AccountSecurity {
  const list = kit.queryClient.getQueryData<PhoneNumber[]>(phoneNumberKeys.list(kit.scope)) ?? [];
  const outcome = totpRemovalOutcome(account, list);
  return { ...account, totpEnabled: false, twoFactorEnabled: outcome.twoFactorEnabled, backupCodeEnabled: outcome.backupCodesRemain };
}

/**
 * `deleteTotp`; when its answer is lost (offline, timeout, an unreadable body) the server may have removed the app
 * all the same, so the account is read once: gone means done, and only otherwise does the removal fail.
 */
async function deleteTotp(adapter: PhoneNumberAdapter): Promise<void> {
  try {
    await adapter.deleteTotp();
  } catch (error) {
    if (!isPhoneKitError(error) || !listMayBeStale(error)) throw error;
    const account = await adapter.getAccountSecurity().catch(() => null);
    if (account?.totpEnabled !== false) throw error;
  }
}

/** Removes the authenticator app (`deleteTotp`), optimistically with exact rollback, through `useKitMutation`. */
export function useDisableAuthenticatorApp(): UseDisableAuthenticatorAppResult {
  const kit = usePhoneNumberKit();
  const mutation = useKitMutation<void, void>({
    operation: 'deleteTotp',
    run: (current) => deleteTotp(current.adapter),
    account: {
      optimistic: (account) => withoutTotp(kit, account),
      apply: (account) => withoutTotp(kit, account),
    },
  });
  return { disable: () => mutation.run(undefined), isPending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
