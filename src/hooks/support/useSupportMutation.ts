'use client';
/** The one mutation path of the support hooks: one request, its answer written into the cache, no refetch. */
import { useMutation } from '@tanstack/react-query';
import type { PhoneKitError } from '../../model/errors.ts';
import { asPhoneKitError } from '../../model/errors.ts';
import { supportKeys } from '../../core/supportKeys.ts';
import { useSupportKit, type SupportKitContextValue } from './context.ts';

/** What a support mutation hook returns. */
export interface SupportMutation<TVariables, TResult> {
  /** Runs the change: one request; rejects with a `PhoneKitError`. */
  run: (variables: TVariables) => Promise<TResult>;
  isPending: boolean;
  error: PhoneKitError | null;
  /** Clears `error` (e.g. when a confirmation is cancelled). */
  reset: () => void;
}

export function useSupportMutation<TVariables, TResult>(
  operation: string,
  call: (kit: SupportKitContextValue, variables: TVariables) => Promise<TResult>,
  write: (kit: SupportKitContextValue, result: TResult) => void,
): SupportMutation<TVariables, TResult> {
  const kit = useSupportKit();
  const mutation = useMutation<TResult, PhoneKitError, TVariables>(
    {
      mutationKey: supportKeys.operation(kit.scope, operation),
      mutationFn: (variables) => call(kit, variables).catch((error: unknown) => Promise.reject(asPhoneKitError(error))),
      onSuccess: (result) => write(kit, result),
    },
    kit.queryClient,
  );
  return { run: mutation.mutateAsync, isPending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
