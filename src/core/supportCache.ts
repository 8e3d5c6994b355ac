/**
 * What an answer of the support handler does to the console's cache: the answered user replaces the cached one,
 * and in every lookup result that holds them, so no view needs a refetch. Framework-free (type-only QueryClient).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { AdminPhoneNumber, AdminUser } from '../model/admin.ts';
import { supportKeys } from './supportKeys.ts';

/** Writes the whole fresh `user` (every mutation's answer) into the user's query and every lookup holding them. */
export function writeSupportUser(queryClient: QueryClient, scope: string, user: AdminUser): void {
  queryClient.setQueryData(supportKeys.user(scope, user.id), user);
  queryClient.setQueriesData<AdminUser[]>({ queryKey: supportKeys.lookups(scope) }, (users) =>
    users?.some((cached) => cached.id === user.id) ? users.map((cached) => (cached.id === user.id ? user : cached)) : users,
  );
}

/** Writes one answered number (send/check code) into its cached user, if the user is cached. */
export function writeSupportPhoneNumber(queryClient: QueryClient, scope: string, phoneNumber: AdminPhoneNumber): void {
  const user = queryClient.getQueryData<AdminUser>(supportKeys.user(scope, phoneNumber.userId));
  if (!user) return;
  const phoneNumbers = user.phoneNumbers.map((cached) => (cached.id === phoneNumber.id ? phoneNumber : cached));
  writeSupportUser(queryClient, scope, { ...user, phoneNumbers });
}
