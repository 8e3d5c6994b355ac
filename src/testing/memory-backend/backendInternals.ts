/**
 * What the msw entry needs from a backend that the public object does not show: its engine and its current fault
 * plan. Kept in a WeakMap keyed by the public object, so `phone-number-kit/testing` stays msw-free and the
 * handlers (`phone-number-kit/testing/msw`) still serve the very same state.
 */
import type { MemoryEngine } from './engine.ts';
import type { FaultPlan } from './faults.ts';

export interface BackendInternals {
  readonly engine: MemoryEngine;
  /** The fault plan now (it changes with `setFaults`), or `null` when faults are off. */
  readonly faults: () => FaultPlan | null;
}

const internalsByBackend = new WeakMap<object, BackendInternals>();

export function registerBackendInternals(backend: object, internals: BackendInternals): void {
  internalsByBackend.set(backend, internals);
}

/** @throws TypeError when `backend` was not made by `createMemoryBackend`. */
export function backendInternals(backend: object): BackendInternals {
  const internals = internalsByBackend.get(backend);
  if (!internals) throw new TypeError('createMemoryBackendHandlers: expected a backend made by createMemoryBackend()');
  return internals;
}
