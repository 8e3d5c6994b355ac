/**
 * The account facts (`AccountSecurity`) as the host's QueryClient caches them: optimistic edits, their exact
 * rollback, and writing an answer back without a refetch. The account counterpart of `cachedList.ts`.
 * Framework-free: it takes the client, never a React hook.
 */
import type { AccountSecurity } from '../model/account.ts';
import type { CachedListLocation } from './cachedList.ts';
import { phoneNumberKeys } from './queryKeys.ts';

/** Replaces the cached account with `edit`'s result; nothing happens while the account was never read. */
export function editAccount(kit: CachedListLocation, edit: (account: AccountSecurity) => AccountSecurity): void {
  kit.queryClient.setQueryData<AccountSecurity>(phoneNumberKeys.account(kit.scope), (account) => (account ? edit(account) : account));
}

/**
 * Writes an answer that carries the whole account (e.g. `setPrimaryPhoneNumber`'s) into the cache, read before or
 * not: it is the server's, so every reader may show it without a request of its own.
 */
export function writeBackAccount(kit: CachedListLocation, account: AccountSecurity): AccountSecurity {
  kit.queryClient.setQueryData<AccountSecurity>(phoneNumberKeys.account(kit.scope), account);
  return account;
}

/** The cached account, if it was read. */
export function cachedAccount(kit: CachedListLocation): AccountSecurity | undefined {
  return kit.queryClient.getQueryData<AccountSecurity>(phoneNumberKeys.account(kit.scope));
}

/**
 * Undoes an optimistic edit without clobbering changes made since: each field still as the optimistic edit left
 * it goes back to its value before the edit; a field another update changed in the meantime is kept.
 */
export function rollbackAccount(current: AccountSecurity, before: AccountSecurity, optimistic: AccountSecurity): AccountSecurity {
  const restored: Record<keyof AccountSecurity, unknown> = { ...current };
  for (const key of Object.keys(before) as (keyof AccountSecurity)[]) {
    if (current[key] === optimistic[key] && optimistic[key] !== before[key]) restored[key] = before[key];
  }
  return restored as AccountSecurity;
}
