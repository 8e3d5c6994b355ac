/** The types a caller of {@link describeAdapterConformance} fills in: the test runner, the adapter and its driver. */
import type { PhoneNumberAdapter } from '../../adapters/types.ts';
import type { PhoneNumber } from '../../model/types.ts';

/** Undoes {@link AdapterConformanceDriver.dropConnection}. */
export type RestoreConnection = () => void | Promise<void>;

/** The test body the suite hands to `it`. */
export type ConformanceTestBody = () => Promise<void>;

/**
 * `it` (or `test`) from Vitest or Jest, with `it.skip`: the suite reports a case it cannot run as skipped,
 * never as passed. The third argument is the per-test timeout in ms, passed only when the options set one.
 */
export interface ConformanceIt {
  (name: string, body: ConformanceTestBody, timeoutMs?: number): void;
  skip(name: string, body: ConformanceTestBody): void;
}

/** The two functions the suite needs from the caller's runner, so `phone-number-kit/testing` imports no runner. */
export interface ConformanceTestApi {
  describe(name: string, body: () => void): void;
  it: ConformanceIt;
}

/**
 * What only the backend can do, for the cases that need it. `lastCode` is required; a case that needs a missing
 * method fails with a message naming it, unless the caller skips that case (see {@link AdapterConformanceOptions.skip}).
 */
export interface AdapterConformanceDriver {
  /** The code in the newest SMS sent to `phoneNumber`, as the user's phone would show it; `undefined` when none. */
  lastCode(phoneNumber: PhoneNumber): string | undefined | Promise<string | undefined>;
  /** Makes the pending code of `phoneNumber` expire (e.g. moves the backend's clock past its lifetime). Used by `attempt.expired`. */
  expireCode?(phoneNumber: PhoneNumber): void | Promise<void>;
  /**
   * Makes requests fail before they reach the server, as a dropped connection does (retries included), until the
   * returned function restores the connection. Used by `errors.network`, which calls only `listPhoneNumbers` meanwhile.
   */
  dropConnection?(): RestoreConnection | Promise<RestoreConnection>;
  /**
   * Makes the next `prepareVerification` answer 429 with `Retry-After`. Only for backends without a resend limit
   * of their own: without it, `retryAfter` relies on a second code requested at once being refused.
   */
  rateLimitNextPrepare?(): void | Promise<void>;
  /**
   * The 6-digit code the user's authenticator app shows now for the secret of the latest `createTotp` (RFC 6238),
   * e.g. the memory backend's `authenticatorCode()`, or one computed from a secret your test server exposes. Used by
   * the `totp.*` cases.
   */
  authenticatorCode?(): string | null | undefined | Promise<string | null | undefined>;
  /** The user's password, for the `reverify.*` cases that re-verify the session with it (`strategy: 'password'`). */
  password?(): string | Promise<string>;
  /** The code in the newest email sent to the user (re-verification by `email_code`); `undefined` when none. Used by `reverify.email`. */
  lastEmailCode?(): string | undefined | Promise<string | undefined>;
  /**
   * Makes the backend refuse sensitive writes (adding a number, at least) with 403 `session_reverification_required`
   * until the session re-verifies, e.g. the memory backend's `requireReverification()`. Used by `reverify.unlocks`.
   */
  requireReverification?(): void | Promise<void>;
}

/** A fresh adapter for a user with no phone numbers and no second factor, and the driver of its backend. */
export interface AdapterConformanceFixture {
  adapter: PhoneNumberAdapter;
  driver: AdapterConformanceDriver;
  /** Runs after the case, passed or failed: delete the test user, stop a server. */
  teardown?(): void | Promise<void>;
}

/** Every case of the suite, by id: the keys of {@link AdapterConformanceOptions.skip}. */
export type AdapterConformanceCaseId =
  | 'list'
  | 'create'
  | 'create.invalid'
  | 'create.duplicate'
  | 'prepare'
  | 'attempt.correct'
  | 'attempt.wrong'
  | 'attempt.expired'
  | 'attempt.tooMany'
  | 'reserve'
  | 'reserve.backupCodes'
  | 'default'
  | 'remove'
  | 'remove.heir'
  | 'backupCodes'
  | 'account'
  | 'totp.enroll'
  | 'totp.wrong'
  | 'totp.delete'
  | 'primary'
  | 'primary.unverified'
  | 'reverify.start'
  | 'reverify.password'
  | 'reverify.email'
  | 'reverify.phone'
  | 'reverify.multiFactor'
  | 'reverify.unlocks'
  | 'errors.typed'
  | 'errors.network'
  | 'abort'
  | 'retryAfter';

/** Options of {@link describeAdapterConformance}. */
export interface AdapterConformanceOptions {
  /** A fresh adapter and driver for each case (a new user, or a backend reset to an empty one). */
  setup(): AdapterConformanceFixture | Promise<AdapterConformanceFixture>;
  /**
   * Cases this backend cannot run, each with the reason, reported as skipped: e.g.
   * `{ 'attempt.expired': 'the staging server cannot move its clock' }`. An unknown id throws.
   */
  skip?: Partial<Record<AdapterConformanceCaseId, string>>;
  /**
   * Three distinct valid E.164 numbers the backend accepts (and sends codes to). Default
   * `+12015550123`, `+12015550124`, `+12015550125`.
   */
  phoneNumbers?: readonly [string, string, string];
  /** Per-case timeout in ms for slow backends; the runner's default otherwise. */
  timeoutMs?: number;
}
