'use client';
import type { PhoneKitError } from '../model/errors.ts';
import { needsRefetch } from '../model/secondFactor.ts';
import type { PhoneNumber } from '../model/types.ts';
import { setReservedForSecondFactor, upsertPhoneNumber, withoutBackupCodes } from '../core/cache.ts';
import { useKitMutation } from './useKitMutation.ts';
import { backupCodesStoreOf } from './backupCodesStoreOf.ts';

/** Variables of {@link UseReserveForSecondFactorResult.setReserved}. */
export interface ReserveVariables {
  phoneNumberId: string;
  reserved: boolean;
}

/** What {@link useReserveForSecondFactor} returns. */
export interface UseReserveForSecondFactorResult {
  /** Uses a verified number for two-step verification (or stops). The list changes at once; rolls back on failure. */
  setReserved: (variables: ReserveVariables) => Promise<PhoneNumber>;
  isPending: boolean;
  error: PhoneKitError | null;
  reset: () => void;
}

/**
 * Reserves a number for SMS two-step verification, optimistically. When this is the user's first second factor,
 * the server answers with backup codes: they go to `useBackupCodes()` (memory only), never into the list.
 */
export function useReserveForSecondFactor(): UseReserveForSecondFactorResult {
  const mutation = useKitMutation<ReserveVariables, PhoneNumber>({
    operation: 'reserveForSecondFactor',
    run: async (kit, { phoneNumberId, reserved }) => {
      const phone = await kit.adapter.updatePhoneNumber(phoneNumberId, { reservedForSecondFactor: reserved });
      // Codes go to memory here, before TanStack Query keeps the result in its mutation cache.
      if (phone.backupCodes && phone.backupCodes.length > 0) backupCodesStoreOf(kit).set(phone.backupCodes, 'reservation', phone.updatedAt);
      return withoutBackupCodes(phone);
    },
    phoneNumberId: (v) => v.phoneNumberId,
    optimistic: (list, { phoneNumberId, reserved }) => setReservedForSecondFactor(list, phoneNumberId, reserved),
    apply: (list, phone) => upsertPhoneNumber(list, phone),
    needsRefetch: (before, { phoneNumberId, reserved }) => !reserved && needsRefetch(before, phoneNumberId),
  });
  return { setReserved: mutation.run, isPending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
