/**
 * The writes waiting for the user to re-verify, for the kit's built-in step-up dialog. The provider passes
 * {@link ReverificationStore.handle} as `onNeedsReverification` when the host brings none; a dialog outlet shows the
 * first pending request and settles every pending one at once (one verification covers them all).
 *
 * Outlets (one per mounted section) {@link ReverificationStore.claim} the store; only the first one that still
 * holds its claim shows the dialog, so several sections on a page never open two dialogs.
 */
import type { ReverificationRequest } from './events.ts';
import { createSubscribable } from './subscribable.ts';

/** What a store exposes to the outlet and the dialog's hook. */
export interface ReverificationStore {
  /**
   * The built-in `onNeedsReverification`. Returns `false` (not handled: the write fails with the server's error, as
   * without a handler) when no outlet is mounted to show the dialog.
   */
  handle(request: ReverificationRequest): false | void;
  /** The oldest pending request, or `null`. The same object until it is settled, for `useSyncExternalStore`. */
  current(): ReverificationRequest | null;
  /** The user re-verified: every pending write runs again, each exactly once. */
  complete(): void;
  /** The user gave up: every pending write rejects with `reverification_cancelled`. */
  cancel(): void;
  /** Registers an outlet; the returned function releases it. */
  claim(outlet: object): () => void;
  /** The outlet that shows the dialog: the earliest claim still held, or `null`. */
  owner(): object | null;
  subscribe(listener: () => void): () => void;
}

export function createReverificationStore(): ReverificationStore {
  let pending: ReverificationRequest[] = [];
  const outlets: object[] = [];
  const changes = createSubscribable();

  /** Empties the queue before settling, so a retry refused again queues a fresh request for a fresh dialog. */
  function settle(how: (request: ReverificationRequest) => void): void {
    const settled = pending;
    if (settled.length === 0) return;
    pending = [];
    changes.notify();
    for (const request of settled) how(request);
  }

  return {
    handle(request) {
      if (outlets.length === 0) return false;
      pending = [...pending, request];
      changes.notify();
    },
    current: () => pending[0] ?? null,
    complete: () => settle((request) => request.retry()),
    cancel: () => settle((request) => request.cancel()),
    claim(outlet) {
      outlets.push(outlet);
      changes.notify();
      return () => {
        const index = outlets.indexOf(outlet);
        if (index < 0) return;
        outlets.splice(index, 1);
        changes.notify();
        // The last outlet went away with a dialog open: nobody can answer it any more.
        if (outlets.length === 0) settle((request) => request.cancel());
      };
    },
    owner: () => outlets[0] ?? null,
    subscribe: changes.subscribe,
  };
}
