'use client';
import type { PhoneKitError } from '../model/errors.ts';
import type { PhoneNumber } from '../model/types.ts';
import { upsertPhoneNumber } from '../core/cache.ts';
import { phoneNumberKeys } from '../core/queryKeys.ts';
import { useKitMutation } from './useKitMutation.ts';

/** What {@link useAddPhoneNumber} returns. */
export interface UseAddPhoneNumberResult {
  /**
   * Adds the number (E.164) and sends its verification code. Resolves with the new number once it exists, even
   * if the SMS could not be sent (that error shows in `usePhoneNumberVerification(id).sendError`).
   */
  addPhoneNumber: (phoneNumber: string) => Promise<PhoneNumber>;
  isPending: boolean;
  /** Why the number could not be added (e.g. `form_identifier_exists`). */
  error: PhoneKitError | null;
  /** The number just added. */
  data: PhoneNumber | undefined;
  reset: () => void;
}

/** Adds a phone number and sends its code in one flow; the new number appears in the list without a refetch. */
export function useAddPhoneNumber(): UseAddPhoneNumberResult {
  const mutation = useKitMutation<string, PhoneNumber>({
    operation: 'createPhoneNumber',
    run: async (kit, phoneNumber) => {
      const created = await kit.adapter.createPhoneNumber(phoneNumber);
      // Shown at once, before the SMS is sent.
      kit.queryClient.setQueryData<PhoneNumber[]>(phoneNumberKeys.list(kit.scope), (list) => upsertPhoneNumber(list, created));
      try {
        return await kit.verification.send(created.id, () => kit.adapter.prepareVerification(created.id), kit.resendCooldownSeconds, kit.now);
      } catch {
        // The number exists; the code step offers "send new code" and shows the send error from the store.
        return created;
      }
    },
    apply: (list, phone) => upsertPhoneNumber(list, phone),
  });
  return { addPhoneNumber: mutation.run, isPending: mutation.isPending, error: mutation.error, data: mutation.data, reset: mutation.reset };
}
