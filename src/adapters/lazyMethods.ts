/**
 * Adapter methods only some users ever call (re-verifying a session, the authenticator app) load with `import()` on
 * their first call, so an app's first chunk does not carry them or their parsers. A failed load (offline, a deploy
 * removed the old chunk) rejects that call with `network_error`, a `PhoneKitError` like every adapter rejection,
 * and the next call tries again.
 */
import { KitErrorCode, PhoneKitError } from '../model/errors.ts';

/** Returns a getter that loads the methods once (`load` runs the `import()`) and hands out the same ones afterwards. */
export function lazyMethods<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((cause: unknown) => {
      loaded = undefined;
      throw new PhoneKitError({ code: KitErrorCode.network, message: 'Could not load the code for this request', cause });
    }));
}
