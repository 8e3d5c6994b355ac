/**
 * Adapter methods only some pages ever call (the account-level ones: the account read, the primary number, the
 * authenticator app, re-verifying a session) load with `import()` on their first call, so an app's first chunk does
 * not carry them or their parsers. A failed load (offline, a deploy removed the old chunk) rejects that call with
 * `network_error`, a `PhoneKitError` like every adapter rejection, and the next call tries again.
 */
import { KitErrorCode, PhoneKitError } from '../model/errors.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any method signature; each keeps its own type in the result
type Method = (...args: any[]) => Promise<unknown>;

/**
 * The methods `names` of what `load` resolves to, each loading it on first call (once, shared by all of them) and
 * then calling the loaded method of the same name with the same arguments.
 */
export function lazyMethods<T extends Record<K, Method>, K extends keyof T>(load: () => Promise<T>, names: readonly K[]): Pick<T, K> {
  let loaded: Promise<T> | undefined;
  const get = () =>
    (loaded ??= load().catch((cause: unknown) => {
      loaded = undefined;
      throw new PhoneKitError({ code: KitErrorCode.network, message: 'Could not load the code for this request', cause });
    }));
  const methods = {} as Pick<T, K>;
  for (const name of names) methods[name] = (async (...args: unknown[]) => (await get())[name](...args)) as T[K];
  return methods;
}
