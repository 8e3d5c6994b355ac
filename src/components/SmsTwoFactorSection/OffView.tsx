'use client';
import type { Ref } from 'react';
import { useSmsTwoFactorSectionMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

export interface OffViewProps {
  enableButtonRef: Ref<HTMLButtonElement>;
  onEnable: () => void;
}

/** SMS verification is off: the button that turns it on (the card's description says what it does). */
export function OffView({ enableButtonRef, onEnable }: OffViewProps) {
  const part = useParts('smsTwoFactorSection');
  const { messages } = useSmsTwoFactorSectionMessages();
  return (
    <div className={part('actions')}>
      <button ref={enableButtonRef} type="button" className={part('enableButton', 'button')} data-variant="primary" onClick={onEnable}>
        {messages.smsTwoFactorSection.enableButton}
      </button>
    </div>
  );
}
