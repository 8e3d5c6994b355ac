/**
 * The direct {@link PhoneNumberAdapter} over the engine: no HTTP, same answers. It resolves with copies and
 * rejects with the very `PhoneKitError` the HTTP handlers would have produced, so hook and component tests can
 * skip msw and still see the server's rules.
 */
import type { AdapterCallOptions, PhoneNumberAdapter } from '../../adapters/types.ts';
import { abortedError, isPhoneKitError } from '../../model/errors.ts';
import type { MemoryEngine } from './engine.ts';
import { refusals } from './errors.ts';
import { totpEnrollment, totpVerification } from '../../model/accountWire.ts';

/** Waits `ms`, rejecting early (with the kit's `request_aborted`) when the signal fires. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(signal.reason));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal!.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Creates the direct adapter. `latencyMs` delays every call, as the handlers do, so loading states show. */
export function createMemoryAdapter(engine: MemoryEngine): PhoneNumberAdapter {
  async function call<T>(options: AdapterCallOptions | undefined, operation: () => T): Promise<T> {
    const signal = options?.signal;
    // An aborted call must not reach the state: like a request that was never sent.
    if (signal?.aborted) throw abortedError(signal.reason);
    if (engine.config.latencyMs > 0) await wait(engine.config.latencyMs, signal);
    try {
      return operation();
    } catch (error) {
      // The contract: reject with PhoneKitError only, even if the backend itself has a bug.
      if (isPhoneKitError(error)) throw error;
      throw refusals.internal(error);
    }
  }

  return {
    listPhoneNumbers: (options) => call(options, () => engine.list()),
    createPhoneNumber: (phoneNumber, options) => call(options, () => engine.create(phoneNumber)),
    prepareVerification: (id, options) => call(options, () => engine.prepare(id)),
    attemptVerification: (id, code, options) => call(options, () => engine.attempt(id, code)),
    updatePhoneNumber: (id, changes, options) => call(options, () => engine.update(id, changes)),
    deletePhoneNumber: (id, options) => call(options, () => void engine.remove(id)),
    createBackupCodes: (options) => call(options, () => engine.createBackupCodes()),
    getAccountSecurity: (options) => call(options, () => engine.accountSecurity()),
    setPrimaryPhoneNumber: (id, options) => call(options, () => engine.setPrimary(id)),
    createTotp: (options) => call(options, () => totpEnrollment(engine.createTotp())),
    verifyTotp: (code, options) => call(options, () => totpVerification(engine.verifyTotp(code))),
    deleteTotp: (options) => call(options, () => void engine.deleteTotp()),
    startReverification: (level, options) => call(options, () => engine.startReverification(level)),
    prepareReverification: (stage, factor, options) => call(options, () => engine.prepareReverification(stage, factor)),
    attemptReverification: (attempt, options) => call(options, () => engine.attemptReverification(attempt)),
  };
}
