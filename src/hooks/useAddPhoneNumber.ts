'use client';
import type { PhoneKitError } from '../model/errors.ts';
import type { PhoneNumber } from '../model/types.ts';
import { writeBackPhone } from '../core/cachedList.ts';
import { useKitMutation } from './useKitMutation.ts';
import { sendVerificationCode } from './verificationCalls.ts';

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
      // Written now, not once the SMS is sent: the number exists whatever the send does, so the list shows it at
      // once, and a failed send leaves nothing to write. The send writes its own answer (the pending code).
      writeBackPhone(kit, created);
      // The same path as every resend: one SMS per number, the cooldown, one `prepareVerification` event.
      // The number exists even if the send fails; the code step shows that error (from the store) and offers a resend.
      return sendVerificationCode(kit, created.id).catch(() => created);
    },
  });
  return { addPhoneNumber: mutation.run, isPending: mutation.isPending, error: mutation.error, data: mutation.data, reset: mutation.reset };
}
