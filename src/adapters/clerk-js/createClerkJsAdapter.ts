/**
 * A {@link PhoneNumberAdapter} over clerk-js: the `user` that `useUser()` returns in Clerk's React SDKs. The kit
 * then goes through clerk-js for every call (sessions, dev-browser tokens, proxies and reverification included)
 * instead of calling the Frontend API itself.
 *
 * ```tsx
 * const { user } = useUser();
 * const adapter = useMemo(() => (user ? createClerkJsAdapter(user) : null), [user]);
 * ```
 *
 * How clerk-js's objects are kept fresh: every mutation resolves with the resource updated from the server's
 * answer, which is what these methods return. clerk-js also rebuilds its user from the `client` piggybacked on
 * that answer, but as a *new* object: the `user` given here keeps its old `phoneNumbers` (a number made the
 * default still shows the old default as such; a new number is missing; a deleted one is still there) until
 * `user.reload()` (`GET /v1/me`) refreshes it in place. So:
 * - `listPhoneNumbers` calls `user.reload()` first when the user has it (turn off with `reloadOnList: false` if
 *   you recreate the adapter from a fresh `user` on every change and want to save the request);
 * - a method given an id that `user.phoneNumbers` lacks also reloads once before answering 404
 *   `resource_not_found`; numbers created through this adapter are found without a reload.
 *
 * Mapping (see `mapResource.ts`): clerk-js resources have no `reserved`, `createdAt` or `updatedAt`; they map to
 * `false`, `0`, `0` (read when a clerk-js version does carry them). A verification whose `status` is `null` (what
 * clerk-js makes of a `null` verification) maps to `null`; strategy `admin` to `verification_admin`; `Date`s to
 * Unix milliseconds. clerk-js turns a `null` `expire_at` into the current time, so `expireAt` is rarely `null` here.
 *
 * Errors (see `mapError.ts`): every method rejects with a `PhoneKitError` only: Clerk's `ClerkAPIResponseError`
 * keeps the server's code, status, field and `retryAfter` (clerk-js reads `Retry-After` on a 429), and the trace id
 * when clerk-js sets one (6.40's resource calls do not copy `clerk_trace_id`); anything else is `network_error`.
 *
 * Checked against the real clerk-js 6.40 in Chromium (test/adapters/clerk-js-real.browser.test.tsx).
 *
 * Abort: clerk-js takes no `AbortSignal`; an aborted signal rejects at once with `request_aborted`, but a call
 * already sent may still complete on the server (see `abortable.ts`). Multi-step methods check the signal between
 * steps, so no step starts after an abort.
 */
import type { PhoneNumber } from '../../model/types.ts';
import type { AdapterCallOptions, PhoneNumberAdapter, PhoneNumberChanges } from '../types.ts';
import { abortable, throwIfAborted } from './abortable.ts';
import { guarded, phoneNumberNotFound, unsupportedChange } from './mapError.ts';
import { toBackupCodes, toPhoneNumber, toPhoneNumberList } from './mapResource.ts';
import type { ClerkPhoneNumberLike, ClerkUserLike } from './types.ts';
import type { ClerkSessionSource } from './sessionVerification.ts';
import { lazyMethods } from '../lazyMethods.ts';

/** Options of {@link createClerkJsAdapter}. */
export interface ClerkJsAdapterOptions {
  /**
   * Call `user.reload()` before each `listPhoneNumbers`, so the list reflects the server rather than the state of
   * the `user` object when it was handed over. Default `true`. Ignored when the user has no `reload`.
   */
  reloadOnList?: boolean;
  /**
   * The signed-in session (`useSession().session` or `clerk.session`), or a getter for it, used only by the
   * re-verification methods (`session.startVerification` and its steps) that the built-in step-up dialog calls.
   * Without it those methods reject with `session_missing`; everything else works as before.
   */
  session?: ClerkSessionSource;
}

function isUserLike(value: unknown): value is ClerkUserLike {
  return (
    value !== null &&
    typeof value === 'object' &&
    Array.isArray((value as ClerkUserLike).phoneNumbers) &&
    typeof (value as ClerkUserLike).createPhoneNumber === 'function'
  );
}

/**
 * Creates an adapter over a clerk-js `UserResource` (or anything shaped like one, see {@link ClerkUserLike}).
 *
 * `updatePhoneNumber(id, changes)`:
 * - `reservedForSecondFactor` → `setReservedForSecondFactor({ reserved })`;
 * - `defaultSecondFactor: true` → `makeDefaultSecondFactor()`, after the reservation when both are given (a number
 *   must be reserved to be the default), and skipped when reserving already made it the default (Clerk makes the
 *   first reserved number the default). Backup codes from the reservation answer are kept in the result;
 * - `defaultSecondFactor: false`: clerk-js has no call to unset the default. It is accepted as a no-op when the
 *   number is not the default (per the user's current state) or is being unreserved in the same call (which drops
 *   the default); otherwise it rejects with code `unsupported_change` before any call. So does
 *   `{ reservedForSecondFactor: false, defaultSecondFactor: true }`;
 * - no changes: no call; resolves with the number as the user holds it.
 */
export function createClerkJsAdapter(user: ClerkUserLike, options: ClerkJsAdapterOptions = {}): PhoneNumberAdapter {
  const reloadOnList = options.reloadOnList ?? true;
  let current = user;
  /** Numbers created through this adapter: clerk-js does not add them to `current.phoneNumbers` until a reload. */
  const created = new Map<string, ClerkPhoneNumberLike>();

  /** Reloads the user when it can; `false` when it has no `reload`. */
  async function reload(signal: AbortSignal | undefined): Promise<boolean> {
    const target = current;
    if (typeof target.reload !== 'function') return false;
    const result = await abortable(signal, () => target.reload!());
    // clerk-js reloads in place and resolves with the same user; a wrapper may resolve with a new one.
    if (isUserLike(result)) current = result;
    created.clear();
    return true;
  }

  function lookup(id: string): ClerkPhoneNumberLike | undefined {
    const list = Array.isArray(current.phoneNumbers) ? current.phoneNumbers : [];
    return list.find((phone) => phone?.id === id) ?? created.get(id);
  }

  async function find(id: string, signal: AbortSignal | undefined): Promise<ClerkPhoneNumberLike> {
    throwIfAborted(signal);
    let found = lookup(id);
    if (!found && (await reload(signal))) found = lookup(id);
    if (!found) throw phoneNumberNotFound(id);
    throwIfAborted(signal);
    return found;
  }

  async function update(id: string, changes: PhoneNumberChanges, signal: AbortSignal | undefined): Promise<PhoneNumber> {
    const { reservedForSecondFactor: reserved, defaultSecondFactor: makeDefault } = changes;
    if (reserved === false && makeDefault === true) {
      throw unsupportedChange('A number must be reserved for two-step verification to be the default second factor.');
    }
    let resource = await find(id, signal);
    if (makeDefault === false && reserved !== false && resource.defaultSecondFactor) {
      throw unsupportedChange(
        'Clerk cannot unset the default second factor; make another reserved number the default instead.',
      );
    }

    let reservationCodes: readonly string[] | null | undefined;
    if (reserved !== undefined) {
      const target = resource;
      resource = await abortable(signal, () => target.setReservedForSecondFactor({ reserved }));
      reservationCodes = resource.backupCodes;
    }
    // Without a fresh answer the user's state may be stale, so the call is made whatever it says.
    if (makeDefault === true && (reserved === undefined || !resource.defaultSecondFactor)) {
      throwIfAborted(signal);
      const target = resource;
      resource = await abortable(signal, () => target.makeDefaultSecondFactor());
    }

    const phone = toPhoneNumber(resource);
    // clerk-js replaces `backupCodes` with each answer; the codes only come with the reservation.
    if (phone.backupCodes === null && reservationCodes && reservationCodes.length > 0) {
      return { ...phone, backupCodes: [...reservationCodes] };
    }
    return phone;
  }

  // The account-level methods (account read, primary number, authenticator app, step-up) and their parsers load on
  // the first call of any of them (accountLevelMethods.ts), so a page that only lists numbers never ships them.
  const accountLevel = lazyMethods(
    () => import('./accountLevelMethods.ts').then((module) => module.clerkJsAccountLevelMethods({ current: () => current, reload }, options.session)),
    ['getAccountSecurity', 'setPrimaryPhoneNumber', 'createTotp', 'verifyTotp', 'deleteTotp', 'startReverification', 'prepareReverification', 'attemptReverification'],
  );

  return {
    ...accountLevel,

    listPhoneNumbers: (options?: AdapterCallOptions) =>
      guarded(async () => {
        throwIfAborted(options?.signal);
        if (reloadOnList) await reload(options?.signal);
        throwIfAborted(options?.signal);
        return toPhoneNumberList(current.phoneNumbers);
      }),

    createPhoneNumber: (phoneNumber: string, options?: AdapterCallOptions) =>
      guarded(async () => {
        const target = current;
        const resource = await abortable(options?.signal, () => target.createPhoneNumber({ phoneNumber }));
        const phone = toPhoneNumber(resource);
        created.set(phone.id, resource);
        return phone;
      }),

    prepareVerification: (id: string, options?: AdapterCallOptions) =>
      guarded(async () => {
        const resource = await find(id, options?.signal);
        return toPhoneNumber(await abortable(options?.signal, () => resource.prepareVerification()));
      }),

    attemptVerification: (id: string, code: string, options?: AdapterCallOptions) =>
      guarded(async () => {
        const resource = await find(id, options?.signal);
        return toPhoneNumber(await abortable(options?.signal, () => resource.attemptVerification({ code })));
      }),

    updatePhoneNumber: (id: string, changes: PhoneNumberChanges, options?: AdapterCallOptions) =>
      guarded(() => update(id, changes ?? {}, options?.signal)),

    deletePhoneNumber: (id: string, options?: AdapterCallOptions) =>
      guarded(async () => {
        const resource = await find(id, options?.signal);
        await abortable(options?.signal, () => resource.destroy());
        created.delete(id);
      }),

    createBackupCodes: (options?: AdapterCallOptions) =>
      guarded(async () => {
        const target = current;
        return toBackupCodes(await abortable(options?.signal, () => target.createBackupCode()));
      }),
  };
}
