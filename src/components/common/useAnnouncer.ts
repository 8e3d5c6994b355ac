'use client';
import { useCallback, useState } from 'react';

/**
 * The message for a component's `LiveRegion` and the function that sets it. Saying the same words twice in a row
 * would change nothing in the region, so screen readers would stay silent: the repeat gets a trailing no-break
 * space, which they do not read but which makes the text new.
 */
export function useAnnouncer(): [message: string, announce: (message: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => setMessage((previous) => (previous === next ? `${next}\u00a0` : next)), []);
  return [message, announce];
}
