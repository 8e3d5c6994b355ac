/**
 * The one listener set behind the kit's stores, like TanStack Query's `Subscribable`: `subscribe` has the shape
 * `useSyncExternalStore` takes, and `notify` tells every listener that something changed (they read it themselves).
 */
export interface Subscribable {
  /** Adds `listener`; the returned function removes it. */
  subscribe(listener: () => void): () => void;
  /** Calls every listener once. */
  notify(): void;
}

/** Creates an empty {@link Subscribable}. */
export function createSubscribable(): Subscribable {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify: () => listeners.forEach((listener) => listener()),
  };
}
