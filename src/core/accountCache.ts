/**
 * The cached `AccountSecurity` as the host's QueryClient holds it: pure patches, an exact rollback, and the one
 * place that reads and writes it. Framework-free, like `cachedList.ts` for the list.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { AccountSecurity } from '../model/account.ts';
import { phoneNumberKeys } from './queryKeys.ts';

/** Where a provider's account is cached: the QueryClient and the provider's scope (the hooks' kit context is one). */
export interface CachedAccountLocation {
  queryClient: QueryClient;
  scope: string;
}

/** The fields of {@link AccountSecurity} an optimistic edit may change. */
export type AccountPatch = Partial<Omit<AccountSecurity, 'userId'>>;

/** The cached account, or `undefined` when it has never been read. */
export function readAccount(kit: CachedAccountLocation): AccountSecurity | undefined {
  return kit.queryClient.getQueryData<AccountSecurity>(phoneNumberKeys.account(kit.scope));
}

/** Writes a server's answer (the whole account) into the cache, e.g. what `setPrimaryPhoneNumber` returned. */
export function writeAccount(kit: CachedAccountLocation, account: AccountSecurity): AccountSecurity {
  kit.queryClient.setQueryData<AccountSecurity>(phoneNumberKeys.account(kit.scope), account);
  return account;
}

/**
 * Applies `patch` to the cached account and returns the account as it was, for {@link rollbackAccount}. Does
 * nothing (and returns `undefined`) when the account was never read: there is nothing on screen to update, and a
 * half-made account would pass for the server's.
 */
export function patchAccount(kit: CachedAccountLocation, patch: AccountPatch): AccountSecurity | undefined {
  const before = readAccount(kit);
  if (before) kit.queryClient.setQueryData<AccountSecurity>(phoneNumberKeys.account(kit.scope), { ...before, ...patch });
  return before;
}

/**
 * Undoes an optimistic patch without clobbering changes made since: each patched field that still holds the
 * patched value goes back to its value in `before`; a field something else changed in the meantime (another
 * answer, a refetch) keeps that newer value.
 */
export function rollbackAccount(
  current: AccountSecurity | undefined,
  before: AccountSecurity,
  patch: AccountPatch,
): AccountSecurity | undefined {
  if (!current) return current;
  const restored: AccountSecurity = { ...current };
  for (const key of Object.keys(patch) as (keyof AccountPatch)[]) {
    if (current[key] === patch[key]) (restored as unknown as Record<string, unknown>)[key] = before[key];
  }
  return restored;
}

/** {@link rollbackAccount} on the cache itself. */
export function undoAccountPatch(kit: CachedAccountLocation, before: AccountSecurity | undefined, patch: AccountPatch): void {
  if (!before) return;
  const current = readAccount(kit);
  const restored = rollbackAccount(current, before, patch);
  if (restored) kit.queryClient.setQueryData<AccountSecurity>(phoneNumberKeys.account(kit.scope), restored);
}
