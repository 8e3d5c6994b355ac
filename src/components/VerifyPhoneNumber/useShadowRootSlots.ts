'use client';
import { useCallback, useEffect, useRef, useState, type Ref } from 'react';
import type { SlotProps } from 'input-otp';
import { claimInputOtpStyle } from './inputOtpStyle.ts';

/** Where the caret or selection is, in a code input inside a shadow root. */
export interface ShadowSelection {
  focused: boolean;
  start: number;
  end: number;
}

const BLURRED: ShadowSelection = { focused: false, start: 0, end: 0 };

/**
 * input-otp decides which box is active by comparing `document.activeElement` with its input. In a shadow root
 * the document's active element is the shadow host, so on every `selectionchange` it clears the active box and the
 * fake caret. When the input lives in a shadow root, this hook tracks focus and selection from the input itself so
 * the boxes can be drawn from that; in light DOM `selection` is `null` and input-otp's own state is used.
 *
 * `attachInput` (the input's ref; it passes the input on to `inputRef`) also claims input-otp's style id as soon as the input is attached, before
 * input-otp's mount effect runs, so no `<style>` is injected (see inputOtpStyle.ts), and releases it when detached.
 */
export function useShadowRootSlots(inputRef: Ref<HTMLInputElement>): {
  attachInput: (input: HTMLInputElement | null) => void;
  selection: ShadowSelection | null;
} {
  const [shadowInput, setShadowInput] = useState<HTMLInputElement | null>(null);
  const [selection, setSelection] = useState<ShadowSelection>(BLURRED);
  const releaseStyleClaim = useRef<(() => void) | null>(null);

  const attachInput = useCallback(
    (node: HTMLInputElement | null) => {
      // Released when the input goes (React passes null), so an unmounted kit leaves no marker behind.
      releaseStyleClaim.current?.();
      releaseStyleClaim.current = node ? claimInputOtpStyle(node.ownerDocument) : null;
      setShadowInput(node && node.getRootNode() instanceof ShadowRoot ? node : null);
      setRef(inputRef, node);
    },
    [inputRef],
  );

  useEffect(() => {
    if (!shadowInput) return;
    const input = shadowInput;
    const root = input.getRootNode() as ShadowRoot;
    const read = () => setSelection({ focused: root.activeElement === input, start: input.selectionStart ?? 0, end: input.selectionEnd ?? 0 });
    // A text control's `selectionchange` reaches the document; arrow keys and clicks move the caret without input.
    const doc = input.ownerDocument;
    const events = ['focus', 'blur', 'input', 'keyup', 'pointerup', 'select'] as const;
    doc.addEventListener('selectionchange', read);
    for (const type of events) input.addEventListener(type, read);
    // The step may have focused the input before these listeners existed.
    const initial = requestAnimationFrame(read);
    return () => {
      cancelAnimationFrame(initial);
      doc.removeEventListener('selectionchange', read);
      for (const type of events) input.removeEventListener(type, read);
    };
  }, [shadowInput]);

  return { attachInput, selection: shadowInput ? selection : null };
}

/** Passes the input on to the caller's ref, object or callback. */
function setRef(ref: Ref<HTMLInputElement>, node: HTMLInputElement | null): void {
  if (typeof ref === 'function') ref(node);
  // React 18's types call RefObject.current read-only; a ref object handed to an element is written all the same.
  else if (ref) (ref as { current: HTMLInputElement | null }).current = node;
}

/** Box `index` as input-otp would draw it, with the active box taken from `selection` when there is one. */
export function slotFor(slot: SlotProps, index: number, selection: ShadowSelection | null): SlotProps {
  if (!selection) return slot;
  const { focused, start, end } = selection;
  const isActive = focused && (start === end ? index === start : index >= start && index < end);
  return { ...slot, isActive, hasFakeCaret: isActive && slot.char === null };
}
