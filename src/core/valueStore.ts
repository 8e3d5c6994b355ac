/**
 * One value outside React state, read in handlers with `get()` and rendered through `useSyncExternalStore`.
 * Two reasons to use it: only the components that subscribe re-render when it changes, and an update made from an
 * effect (where `setState` would wait for a later render) is rendered synchronously, before the next keystroke.
 */
import { createSubscribable } from './subscribable.ts';

export interface ValueStore<T> {
  get(): T;
  /** Replaces the value; listeners hear of it only when it differs (`Object.is`). */
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const changes = createSubscribable();
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      changes.notify();
    },
    subscribe: changes.subscribe,
  };
}
