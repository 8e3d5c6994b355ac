'use client';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus after the next render to an element that may only exist once that render is committed (e.g. the
 * Enable button, back after the wizard closes). `request(ref)` asks; the effect focuses when the element is there.
 */
export function usePendingFocus() {
  const pending = useRef<RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    const element = pending.current?.current;
    if (!element) return;
    element.focus();
    pending.current = null;
  });
  return {
    request(target: RefObject<HTMLElement | null>) {
      pending.current = target;
    },
  };
}
