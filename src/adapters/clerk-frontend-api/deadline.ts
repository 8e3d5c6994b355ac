/**
 * One signal for a request that fires when the caller aborts or when the adapter's timeout passes, and
 * remembers which of the two it was. Built by hand rather than with `AbortSignal.any`/`AbortSignal.timeout`,
 * which Node 20.0–20.2 and older Safari lack, and which cannot say whether the caller or the timer fired.
 */
import { timeoutError } from './errors.ts';
import { abortedError, type PhoneKitError } from '../../model/errors.ts';

/** A request's abort state. Always call {@link Deadline.dispose} when the request is over. */
export interface Deadline {
  /** Passed to `fetch`, so a well-behaved `fetch` stops the request. */
  readonly signal: AbortSignal;
  /**
   * Rejects with the right `PhoneKitError` as soon as the deadline fires. Raced against `fetch` and the body
   * read, so a `fetch` that ignores its signal (some polyfills, test doubles) still cannot hang the caller.
   */
  readonly fired: Promise<never>;
  /** The error for the current state, or `null` while neither the caller nor the timer has fired. */
  reason(): PhoneKitError | null;
  /** Clears the timer and the listener on the caller's signal. */
  dispose(): void;
}

/**
 * Starts a deadline. `timeoutMs` of `0`, a negative number or `Infinity` means no timeout.
 * A caller signal that is already aborted yields a deadline that has already fired.
 */
export function startDeadline(callerSignal: AbortSignal | undefined, timeoutMs: number): Deadline {
  const controller = new AbortController();
  let failure: PhoneKitError | null = null;
  let rejectFired: (error: PhoneKitError) => void = () => {};
  const fired = new Promise<never>((_, reject) => {
    rejectFired = reject;
  });
  // Nobody may be listening when it fires (e.g. after the response has arrived); that is not an unhandled rejection.
  fired.catch(() => {});

  const fire = (error: PhoneKitError) => {
    if (failure) return;
    failure = error;
    controller.abort(error);
    rejectFired(error);
  };
  const onCallerAbort = () => fire(abortedError(callerSignal?.reason));

  let timer: ReturnType<typeof setTimeout> | undefined;
  if (callerSignal?.aborted) onCallerAbort();
  else {
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    if (timeoutMs > 0 && Number.isFinite(timeoutMs)) timer = setTimeout(() => fire(timeoutError(timeoutMs)), timeoutMs);
  }

  return {
    signal: controller.signal,
    fired,
    reason: () => failure,
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
