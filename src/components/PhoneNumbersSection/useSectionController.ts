'use client';
/**
 * The section's interaction state: which inline card is open (only one at a time), what was last announced,
 * which removals are in flight or failed, and where focus goes when a card closes.
 */
import { useRef, useState, type RefObject } from 'react';
import { useRemovePhoneNumber, useSetPrimaryPhoneNumber } from '../../hooks/index.ts';
import { formatMessage } from '../../i18n/index.ts';
import { formatPhoneNumber } from '../common/index.ts';
import { usePhoneNumbersSectionMessages } from './messages.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { useFocusAfterRender } from '../common/useFocusAfterRender.ts';
import { useStableCallback } from '../common/useStableCallback.ts';

/** The one inline card the section shows, if any. */
export type OpenCard =
  | { kind: 'add'; step: 'form' }
  | { kind: 'add'; step: 'code'; phoneNumberId: string }
  | { kind: 'verify'; phoneNumberId: string }
  | { kind: 'remove'; phoneNumberId: string };

/** A row change that failed, shown under its row until the next task starts. */
export interface RowFailure {
  kind: 'remove' | 'setPrimary';
  error: PhoneKitError;
}

/** The section's own elements that take focus when a card closes. */
export interface SectionFocusTargets {
  heading: RefObject<HTMLElement | null>;
  addButton: RefObject<HTMLElement | null>;
}

export function useSectionController({ heading, addButton }: SectionFocusTargets) {
  const { messages } = usePhoneNumbersSectionMessages();
  const text = messages.phoneNumbersSection;
  const { removePhoneNumber } = useRemovePhoneNumber();
  const primary = useSetPrimaryPhoneNumber();
  const focusAfterRender = useFocusAfterRender();
  // Each row's menu button, by phone number id: rows hand theirs over through `menuTriggerRef`.
  const menuTriggers = useRef<Record<string, HTMLElement | null>>({});
  const menuTriggerRef = useStableCallback((phoneNumberId: string, element: HTMLElement | null) => {
    menuTriggers.current[phoneNumberId] = element;
  });
  // The Add button is hidden while its card is open, and shown again by the render that closes it.
  const addButtonOrHeading = () => addButton.current ?? heading.current;
  const focusAddButton = () => focusAfterRender(addButtonOrHeading);
  // The row may be gone (removed meanwhile); the section's first control is the next best place.
  const focusMenuTrigger = (phoneNumberId: string) => focusAfterRender(() => menuTriggers.current[phoneNumberId] ?? addButtonOrHeading());
  const [inline, setInline] = useState<OpenCard | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pendingRemovals, setPendingRemovals] = useState<ReadonlySet<string>>(() => new Set());
  const [failures, setFailures] = useState<Readonly<Record<string, RowFailure>>>({});
  const fail = (phoneNumberId: string, kind: RowFailure['kind'], error: unknown) =>
    setFailures((current) => ({ ...current, [phoneNumberId]: { kind, error: error as PhoneKitError } }));

  /** Opening a card starts a new task: old announcements and failure notes go, so a repeat is announced again. */
  const open = (card: OpenCard | null) => {
    setInline(card);
    setAnnouncement('');
    setFailures({});
  };
  const close = (announce?: string) => {
    setInline(null);
    if (announce) setAnnouncement(announce);
  };

  const confirmRemove = (phoneNumberId: string) => {
    close();
    // The row leaves the list at once, so its trigger cannot take focus back.
    focusAfterRender(heading);
    setPendingRemovals((current) => new Set(current).add(phoneNumberId));
    removePhoneNumber(phoneNumberId)
      .then(() => setAnnouncement(text.removed))
      .catch((error: unknown) => fail(phoneNumberId, 'remove', error))
      .finally(() =>
        setPendingRemovals((current) => {
          const next = new Set(current);
          next.delete(phoneNumberId);
          return next;
        }),
      );
  };

  /**
   * Optimistic: the badge moves at once, and the row with it to the top of the list (the primary is listed first);
   * the move drops focus, so it goes back to the row's menu button.
   */
  const setPrimary = (phoneNumberId: string, e164: string) => {
    open(null);
    focusMenuTrigger(phoneNumberId);
    primary
      .setPrimary(phoneNumberId)
      .then(() => setAnnouncement(formatMessage(text.primarySet, { number: formatPhoneNumber(e164) })))
      .catch((error: unknown) => fail(phoneNumberId, 'setPrimary', error));
  };

  return {
    inline,
    announcement,
    pendingRemovals,
    failures,
    /** The number being made primary while its request is in flight. */
    pendingPrimaryId: primary.pendingId,
    setPrimary,
    menuTriggerRef,
    add: {
      open: () => open({ kind: 'add', step: 'form' }),
      added: (phoneNumberId: string) => setInline({ kind: 'add', step: 'code', phoneNumberId }),
      changeNumber: () => setInline({ kind: 'add', step: 'form' }),
      verified: () => {
        close(text.addedAndVerified);
        focusAddButton();
      },
      cancel: () => {
        close();
        focusAddButton();
      },
    },
    verify: {
      open: (phoneNumberId: string) => open({ kind: 'verify', phoneNumberId }),
      verified: (phoneNumberId: string) => {
        close(text.verified);
        focusMenuTrigger(phoneNumberId);
      },
      cancel: (phoneNumberId: string) => {
        close();
        focusMenuTrigger(phoneNumberId);
      },
    },
    remove: {
      open: (phoneNumberId: string) => open({ kind: 'remove', phoneNumberId }),
      confirm: confirmRemove,
      cancel: (phoneNumberId: string) => {
        close();
        focusMenuTrigger(phoneNumberId);
      },
    },
  };
}

export type SectionController = ReturnType<typeof useSectionController>;
