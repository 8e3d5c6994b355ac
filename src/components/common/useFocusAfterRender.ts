'use client';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** An element to focus, by ref, or a function that picks one from refs (first that exists wins). Never a selector. */
export type FocusTarget = RefObject<HTMLElement | null> | (() => HTMLElement | null | undefined);

function resolve(target: FocusTarget): HTMLElement | null | undefined {
  return typeof target === 'function' ? target() : target.current;
}

/**
 * Returns `focusAfterRender(target)`: moves focus once React has committed the render the request came with, to
 * an element that may only exist from that render on (the Add button a closing card shows again, the sentence that
 * replaces an error). The request waits for a commit in which its target exists, then is done. The kit's one way
 * to move focus after a state change: by ref, so focus never depends on class names (the styling contract).
 */
export function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget | null>(null);
  // A request must be followed by a commit even when nothing else changes (the same target asked for twice).
  const [, setRequests] = useState(0);
  useEffect(() => {
    const element = pending.current && resolve(pending.current);
    if (!element) return;
    pending.current = null;
    element.focus();
  });
  return useCallback((target: FocusTarget) => {
    pending.current = target;
    setRequests((count) => count + 1);
  }, []);
}

/**
 * A ref whose element takes focus after the render that mounts it (while `enabled`): the first field of a step
 * that just opened, the heading of a confirmation.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T | null>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
