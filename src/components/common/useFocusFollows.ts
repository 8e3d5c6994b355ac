'use client';
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { activeElementOf } from './activeElement.ts';

/**
 * Focus that follows what a component shows: each time `shown` changes to a view with a `target`, the target takes
 * focus, but only while focus was inside `scope` or fell to the page because its element vanished; a user working
 * elsewhere is left alone. The first view with a target takes focus only when `focusFirst` (an `autoFocus` prop).
 */
export function useFocusFollows(shown: string, target: RefObject<HTMLElement | null> | null, scope: RefObject<HTMLElement | null>, focusFirst: boolean): void {
  const focused = useRef<string | null>(null);
  // A layout effect: focus moves in the same commit that removed its old place, never resting on the page.
  useLayoutEffect(() => {
    if (!target || focused.current === shown) return;
    const first = focused.current === null;
    focused.current = shown;
    const active = activeElementOf(scope.current);
    const focusIsHere = !active || active === document.body || !!scope.current?.contains(active);
    if (first ? focusFirst : focusIsHere) target.current?.focus();
  });
}
