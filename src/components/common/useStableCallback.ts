'use client';
import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function whose identity never changes and that always calls the latest `callback`, so memoized children
 * (list rows) can take it as a prop without re-rendering whenever their parent does. For event handlers and
 * effects only: called during render it would see the previous render's callback.
 */
export function useStableCallback<Args extends unknown[], Result>(callback: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(callback);
  // Insertion effects run before layout effects and event handlers, so no caller can see a stale callback.
  useInsertionEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
