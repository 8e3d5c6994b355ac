'use client';
/** The support console's changes to a user: each is one request whose answer (the fresh user) replaces the cache. */
import type { AdminAddPhoneNumberBody, AdminUpdatePhoneNumberBody, AdminUser } from '../../model/admin.ts';
import { writeSupportUser } from '../../core/supportCache.ts';
import type { SupportKitContextValue } from './context.ts';
import { useSupportMutation, type SupportMutation } from './useSupportMutation.ts';

const writeUser = (kit: SupportKitContextValue, user: AdminUser) => writeSupportUser(kit.queryClient, kit.scope, user);

/** Variables of {@link useAddSupportPhoneNumber}. */
export interface AddSupportPhoneNumberVariables extends AdminAddPhoneNumberBody {
  userId: string;
}

/** Adds a number to a user, optionally already verified, reserved for two-step verification, or primary. */
export function useAddSupportPhoneNumber(): SupportMutation<AddSupportPhoneNumberVariables, AdminUser> {
  return useSupportMutation(
    'addPhoneNumber',
    ({ adapter }, { userId, ...body }: AddSupportPhoneNumberVariables) => adapter.addPhoneNumber(userId, body),
    writeUser,
  );
}

/** Variables of {@link useUpdateSupportPhoneNumber}. */
export interface UpdateSupportPhoneNumberVariables extends AdminUpdatePhoneNumberBody {
  phoneNumberId: string;
}

/** Marks a number verified, reserves it for two-step verification (or releases it), or makes it primary. */
export function useUpdateSupportPhoneNumber(): SupportMutation<UpdateSupportPhoneNumberVariables, AdminUser> {
  return useSupportMutation(
    'updatePhoneNumber',
    ({ adapter }, { phoneNumberId, ...changes }: UpdateSupportPhoneNumberVariables) => adapter.updatePhoneNumber(phoneNumberId, changes),
    writeUser,
  );
}

/** Removes a number from its user; takes the number's id. */
export function useRemoveSupportPhoneNumber(): SupportMutation<string, AdminUser> {
  return useSupportMutation('deletePhoneNumber', ({ adapter }, phoneNumberId: string) => adapter.deletePhoneNumber(phoneNumberId), writeUser);
}

/** Resets a user's two-step verification (every second factor: SMS, authenticator app, backup codes); takes the user's id. */
export function useResetTwoStep(): SupportMutation<string, AdminUser> {
  return useSupportMutation('resetTwoStep', ({ adapter }, userId: string) => adapter.resetTwoStep(userId), writeUser);
}
