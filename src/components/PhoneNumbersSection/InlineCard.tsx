'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import { useStableCallback } from '../common/useStableCallback.ts';
import { useParts } from '../parts/useParts.ts';

export interface InlineCardProps {
  /** What the card holds, as `data-kind`: the add flow, a code step, a removal confirmation, or a failure. */
  kind: 'add' | 'verify' | 'remove' | 'alert';
  /** Escape anywhere inside closes the card, like its Cancel button. */
  onEscape?: () => void;
  /** The add card's step, as `data-step`. */
  step?: 'form' | 'code';
  children: ReactNode;
}

/** The box an inline card (code step, removal confirmation, failure) sits in: class `__inline`. */
export function InlineCard({ kind, onEscape, step, children }: InlineCardProps) {
  const part = useParts('phoneNumbersSection');
  const box = useRef<HTMLDivElement>(null);
  const onKeyDown = useStableCallback((event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !onEscape) return;
    event.preventDefault();
    onEscape();
  });
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    // A native listener: the box itself is not a control, only a container of controls.
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [onKeyDown]);
  return (
    <div ref={box} className={part('inline')} data-kind={kind} data-step={step}>
      {children}
    </div>
  );
}
