'use client';
/**
 * The section's interaction state: which inline card is open (only one at a time), what was last announced,
 * which removals are in flight or failed, and where focus goes when a card closes.
 */
import { useState, type RefObject } from 'react';
import { useRemovePhoneNumber } from '../../hooks/index.ts';
import { usePhoneNumbersSectionMessages } from './messages.ts';
import { asPhoneKitError, type PhoneKitError } from '../../model/errors.ts';
import { useFocusRequest } from './useFocusRequest.ts';

/** The one inline card the section shows, if any. */
export type OpenCard =
  | { kind: 'add'; step: 'form' }
  | { kind: 'add'; step: 'code'; phoneNumberId: string }
  | { kind: 'verify'; phoneNumberId: string }
  | { kind: 'remove'; phoneNumberId: string };

export function useSectionController(root: RefObject<HTMLElement | null>) {
  const { messages } = usePhoneNumbersSectionMessages();
  const text = messages.phoneNumbersSection;
  const { removePhoneNumber } = useRemovePhoneNumber();
  const focus = useFocusRequest(root);
  const [inline, setInline] = useState<OpenCard | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pendingRemovals, setPendingRemovals] = useState<ReadonlySet<string>>(() => new Set());
  const [removeFailures, setRemoveFailures] = useState<Readonly<Record<string, PhoneKitError>>>({});

  /** Opening a card starts a new task: old announcements and failure notes go, so a repeat is announced again. */
  const open = (card: OpenCard) => {
    setInline(card);
    setAnnouncement('');
    setRemoveFailures({});
  };
  const close = (announce?: string) => {
    setInline(null);
    if (announce) setAnnouncement(announce);
  };

  const confirmRemove = (phoneNumberId: string) => {
    close();
    // The row leaves the list at once, so its trigger cannot take focus back.
    focus({ kind: 'heading' });
    setPendingRemovals((current) => new Set(current).add(phoneNumberId));
    removePhoneNumber(phoneNumberId)
      .then(() => setAnnouncement(text.removed))
      .catch((error: unknown) => setRemoveFailures((current) => ({ ...current, [phoneNumberId]: asPhoneKitError(error) })))
      .finally(() =>
        setPendingRemovals((current) => {
          const next = new Set(current);
          next.delete(phoneNumberId);
          return next;
        }),
      );
  };

  return {
    inline,
    announcement,
    pendingRemovals,
    removeFailures,
    add: {
      open: () => open({ kind: 'add', step: 'form' }),
      added: (phoneNumberId: string) => setInline({ kind: 'add', step: 'code', phoneNumberId }),
      changeNumber: () => setInline({ kind: 'add', step: 'form' }),
      verified: () => {
        close(text.addedAndVerified);
        focus({ kind: 'add-button' });
      },
      cancel: () => {
        close();
        focus({ kind: 'add-button' });
      },
    },
    verify: {
      open: (phoneNumberId: string) => open({ kind: 'verify', phoneNumberId }),
      verified: (phoneNumberId: string) => {
        close(text.verified);
        focus({ kind: 'trigger', phoneNumberId });
      },
      cancel: (phoneNumberId: string) => {
        close();
        focus({ kind: 'trigger', phoneNumberId });
      },
    },
    remove: {
      open: (phoneNumberId: string) => open({ kind: 'remove', phoneNumberId }),
      confirm: confirmRemove,
      cancel: (phoneNumberId: string) => {
        close();
        focus({ kind: 'trigger', phoneNumberId });
      },
    },
  };
}

export type SectionController = ReturnType<typeof useSectionController>;
