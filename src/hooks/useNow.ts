'use client';
import { useEffect, useReducer } from 'react';

/**
 * The clock for countdowns: re-renders every `intervalMs` while `active` (idle otherwise, so a page with no
 * countdown runs no timer) and always returns the current time, never a stale tick.
 */
export function useNow(now: () => number, active: boolean, intervalMs = 1000): number {
  const [, tick] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(tick, intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now();
}
