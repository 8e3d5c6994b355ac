'use client';
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { activeElementOf } from '../common/activeElement.ts';

type View = 'loading' | 'code' | 'new-code' | 'success';

/**
 * Keeps keyboard focus where the step is: on its first view (when `autoFocus`), then on the new view's control
 * whenever the view changes (the code field gives way to "Get a new code", and back), but only when focus was in
 * the step or fell to the page because its element vanished; a user working elsewhere is left alone.
 */
export function useStepFocus(
  view: View,
  autoFocus: boolean,
  root: RefObject<HTMLElement | null>,
  targets: Record<Exclude<View, 'loading'>, RefObject<HTMLElement | null>>,
): void {
  const shown = useRef<View | null>(null);
  const { code, 'new-code': newCode, success } = targets;
  // A layout effect: focus moves in the same commit that removed its old place, never resting on the page.
  useLayoutEffect(() => {
    const previous = shown.current;
    shown.current = view;
    if (view === 'loading' || previous === view) return;
    const target = { code, 'new-code': newCode, success }[view].current;
    if (previous === null || previous === 'loading') {
      if (autoFocus) target?.focus();
      return;
    }
    const active = activeElementOf(root.current);
    const focusIsHere = !active || active === document.body || !!root.current?.contains(active);
    if (focusIsHere) target?.focus();
  }, [view, autoFocus, root, code, newCode, success]);
}
