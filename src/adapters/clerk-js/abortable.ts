/**
 * clerk-js methods take no `AbortSignal`. The adapter honours one by rejecting at once with `request_aborted`
 * when the signal is (or becomes) aborted; the clerk-js call itself cannot be cancelled and may still complete on
 * the server (and update clerk-js's state), so callers should refetch rather than assume nothing happened.
 */
import { abortedError } from '../../model/errors.ts';
import { toPhoneKitError } from './mapError.ts';

/** Throws {@link abortedError} if the signal is already aborted. Called before each step of a method. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedError(signal.reason);
}

/**
 * Runs one clerk-js call. Rejects with `request_aborted` if the signal is aborted before the call (which is then
 * never made) or while it runs; any failure of the call becomes a {@link PhoneKitError}.
 */
export function abortable<T>(signal: AbortSignal | undefined, call: () => Promise<T>): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortedError(signal.reason));
  let pending: Promise<T>;
  try {
    pending = Promise.resolve(call());
  } catch (error) {
    return Promise.reject(toPhoneKitError(error));
  }
  if (!signal) return pending.catch((error: unknown) => Promise.reject(toPhoneKitError(error)));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    // Settling twice is harmless: whichever comes first (the call or the abort) wins.
    pending
      .then(resolve, (error: unknown) => reject(toPhoneKitError(error)))
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}
