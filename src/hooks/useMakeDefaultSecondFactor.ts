'use client';
import type { PhoneKitError } from '../model/errors.ts';
import type { PhoneNumber } from '../model/types.ts';
import { setDefaultSecondFactor, upsertPhoneNumber } from '../core/cache.ts';
import { useKitMutation } from './useKitMutation.ts';

/** What {@link useMakeDefaultSecondFactor} returns. */
export interface UseMakeDefaultSecondFactorResult {
  /** Makes a reserved number the default second factor; the others lose the flag at once. */
  makeDefault: (phoneNumberId: string) => Promise<PhoneNumber>;
  isPending: boolean;
  error: PhoneKitError | null;
  reset: () => void;
}

/** Chooses the default second factor, optimistically, rolling back exactly on failure. */
export function useMakeDefaultSecondFactor(): UseMakeDefaultSecondFactorResult {
  const mutation = useKitMutation<string, PhoneNumber>({
    operation: 'makeDefaultSecondFactor',
    run: (kit, id) => kit.adapter.updatePhoneNumber(id, { defaultSecondFactor: true }),
    phoneNumberId: (id) => id,
    optimistic: (list, id) => setDefaultSecondFactor(list, id),
    apply: (list, phone) => setDefaultSecondFactor(upsertPhoneNumber(list, phone), phone.id),
  });
  return { makeDefault: mutation.run, isPending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
