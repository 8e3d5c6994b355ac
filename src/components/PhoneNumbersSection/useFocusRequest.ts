'use client';
import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Where focus goes once an inline card closes. */
export type FocusTarget =
  | { kind: 'heading' }
  | { kind: 'add-button' }
  | { kind: 'trigger'; phoneNumberId: string };

const SECTION = 'pnk-phone-numbers-section';

function findTarget(root: HTMLElement, target: FocusTarget): HTMLElement | null {
  const heading = root.querySelector<HTMLElement>(`.${SECTION}__heading`);
  const addButton = root.querySelector<HTMLElement>(`.${SECTION}__add-button`);
  if (target.kind === 'heading') return heading;
  if (target.kind === 'add-button') return addButton ?? heading;
  const rows = Array.from(root.querySelectorAll<HTMLElement>('[data-phone-number-id]'));
  const row = rows.find((element) => element.dataset['phoneNumberId'] === target.phoneNumberId);
  // The row may be gone (removed meanwhile); the section's first control is the next best place.
  return row?.querySelector<HTMLElement>('.pnk-menu__trigger') ?? addButton ?? heading;
}

/**
 * Moves focus after the next render, once the element to focus exists again (a closing card re-shows the Add
 * button, for instance). Returns the function to request it.
 */
export function useFocusRequest(root: RefObject<HTMLElement | null>): (target: FocusTarget) => void {
  // A fresh object per request, so asking for the same target twice still runs the effect.
  const [request, setRequest] = useState<{ target: FocusTarget } | null>(null);
  useEffect(() => {
    if (request && root.current) findTarget(root.current, request.target)?.focus();
  }, [request, root]);
  return useCallback((target: FocusTarget) => setRequest({ target }), []);
}
