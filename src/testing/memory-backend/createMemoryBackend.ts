/**
 * The reference backend: one user's phone numbers in memory, with the rules Clerk's server enforces, served as a
 * direct adapter here and as msw handlers for the Frontend API by `phone-number-kit/testing/msw`. Imports no msw.
 */
import type { PhoneNumberAdapter } from '../../adapters/types.ts';
import { createMemoryAdapter } from './adapter.ts';
import { registerBackendInternals } from './backendInternals.ts';
import { createEngine, type MemoryBackendListener, type MemoryBackendSnapshot } from './engine.ts';
import type { MemoryBackendOptions } from './options.ts';
import type { SmsOutbox } from './outbox.ts';
import { createFaultPlan, type FaultOptions, type FaultPlan } from './faults.ts';

export type { MemoryBackendOptions, PhoneNumberSeed } from './options.ts';
export type { SmsMessage, SmsOutbox } from './outbox.ts';
export type { MemoryBackendSnapshot, MemoryBackendListener } from './engine.ts';
export { MemoryBackendErrorCode } from './errors.ts';
export type { FaultOptions } from './faults.ts';

/**
 * A running memory backend. Its direct adapter and its msw handlers (`createMemoryBackendHandlers(backend)` from
 * `phone-number-kit/testing/msw`) share one state.
 */
export interface MemoryBackend {
  /** A direct adapter: no network, copies out, and the same `PhoneKitError`s the HTTP API would produce. */
  readonly adapter: PhoneNumberAdapter;
  /** Every SMS sent, oldest first; live. */
  readonly outbox: SmsOutbox;
  /** The base URL the msw handlers serve, without a trailing slash. */
  readonly frontendApiUrl: string;
  /** The session id the msw handlers expect in `_clerk_session_id`. */
  readonly sessionId: string;
  /** The state now, frozen. The same object until something changes, so it suits `useSyncExternalStore`. */
  snapshot(): MemoryBackendSnapshot;
  /** Back to the seeded state: seeds (with their ids), initial backup codes, empty outbox, initial reverification. */
  reset(): void;
  /** Calls `listener` after every change (including each SMS). Returns the unsubscribe function. */
  subscribe(listener: MemoryBackendListener): () => void;
  /**
   * Makes the sensitive operations (add a number, reserve or unreserve one, delete one, regenerate backup codes,
   * the ones Clerk's UI wraps in reverification) answer 403 `session_reverification_required` until
   * {@link MemoryBackend.reverify} is called or this is called with `false`.
   */
  requireReverification(required?: boolean): void;
  /** Completes reverification: sensitive operations work again. */
  reverify(): void;
  /**
   * The 6-digit code an authenticator app shows for the user's authenticator-app secret (enabled, or created and
   * waiting for its first code) at `atMs` (default: the backend's clock); `null` when the user has none. For the
   * demo's "authenticator app" panel and for tests. RFC 6238: SHA-1, 30-second steps.
   */
  authenticatorCode(atMs?: number): string | null;
  /**
   * Turns fault injection on for the msw handlers (seeded latency, 5xx, 429, network errors, timeouts, malformed
   * bodies), or off with `null`. The direct adapter is never affected. Also settable as the `faults` option.
   */
  setFaults(faults: FaultOptions | null): void;
}

/**
 * Creates a memory backend. Needs no msw: pass `backend.adapter` to the provider, read `backend.outbox`.
 *
 * @example
 * import { createMemoryBackend } from 'phone-number-kit/testing';
 * const backend = createMemoryBackend({
 *   code: '424242',
 *   phoneNumbers: [{ phoneNumber: '+15555550100', verified: true, reservedForSecondFactor: true }],
 * });
 * <PhoneNumberKitProvider adapter={backend.adapter}>…</PhoneNumberKitProvider>
 *
 * // Over HTTP with the real Frontend API adapter (msw installed):
 * import { createMemoryBackendHandlers } from 'phone-number-kit/testing/msw';
 * server.use(...createMemoryBackendHandlers(backend));
 *
 * @throws TypeError or RangeError for invalid options or inconsistent seeds.
 */
export function createMemoryBackend(options: MemoryBackendOptions = {}): MemoryBackend {
  const engine = createEngine(options);
  let faults: FaultPlan | null = options.faults ? createFaultPlan(options.faults) : null;
  const backend: MemoryBackend = {
    adapter: createMemoryAdapter(engine),
    outbox: engine.outbox,
    frontendApiUrl: engine.config.frontendApiUrl,
    sessionId: engine.config.sessionId,
    snapshot: () => engine.snapshot(),
    reset: () => engine.reset(),
    subscribe: (listener) => engine.subscribe(listener),
    requireReverification: (required = true) => engine.setReverificationRequired(required),
    reverify: () => engine.setReverificationRequired(false),
    authenticatorCode: (atMs) => engine.authenticatorCode(atMs),
    setFaults: (next) => {
      faults = next ? createFaultPlan(next) : null;
    },
  };
  registerBackendInternals(backend, { engine, faults: () => faults });
  return backend;
}
