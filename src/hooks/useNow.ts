import { useEffect, useState } from 'react';

/**
 * The clock, re-read every `intervalMs` while `active`; idle otherwise, so a page with no countdown runs no timer.
 */
export function useNow(now: () => number, active: boolean, intervalMs = 1000): number {
  const [time, setTime] = useState(now);
  useEffect(() => {
    if (!active) return;
    const tick = () => setTime(now());
    // The first tick is immediate, so a countdown that just started does not show a stale clock for a second.
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, intervalMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [active, intervalMs, now]);
  return active ? time : now();
}
