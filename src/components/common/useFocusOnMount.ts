'use client';
import { useEffect, useRef } from 'react';

/** Moves focus to the element when it mounts: the first field of a step that just opened. */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
