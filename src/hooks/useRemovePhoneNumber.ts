'use client';
import type { PhoneKitError } from '../model/errors.ts';
import { needsRefetch } from '../model/secondFactor.ts';
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
    needsRefetch,
  });
  return { removePhoneNumber: mutation.run, isPending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
