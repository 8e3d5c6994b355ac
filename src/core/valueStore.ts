/**
 * One value outside React state, read in handlers with `get()` and rendered through `useSyncExternalStore`.
 * Two reasons to use it: only the components that subscribe re-render when it changes, and an update made from an
 * effect (where `setState` would wait for a later render) is rendered synchronously, before the next keystroke.
 */
export interface ValueStore<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
