'use client';
import type { PhoneKitError } from '../model/errors.ts';
import { removePhoneNumber } from '../core/cache.ts';
import { useKitMutation } from './useKitMutation.ts';

/** What {@link useRemovePhoneNumber} returns. */
export interface UseRemovePhoneNumberResult {
  /** Removes a number. It leaves the list at once and comes back if the server refuses. */
  removePhoneNumber: (phoneNumberId: string) => Promise<void>;
  isPending: boolean;
  error: PhoneKitError | null;
  reset: () => void;
}

/** Removes a phone number, optimistically. */
export function useRemovePhoneNumber(): UseRemovePhoneNumberResult {
  const mutation = useKitMutation<string, void>({
    operation: 'removePhoneNumber',
    run: (kit, id) => kit.adapter.deletePhoneNumber(id),
    phoneNumberId: (id) => id,
    optimistic: (list, id) => removePhoneNumber(list, id),
    apply: (list, _result, id) => removePhoneNumber(list, id),
    // Removing the default while other numbers stay reserved: the server picks the heir; read it back.
    needsRefetch: (before, id) =>
      !!before?.find((p) => p.id === id)?.defaultSecondFactor && before.some((p) => p.id !== id && p.reservedForSecondFactor),
  });
  return { removePhoneNumber: mutation.run, isPending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
