'use client';
import type { Ref } from 'react';
import { useSmsTwoFactorSectionMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

export interface OffViewProps {
  enableButtonRef: Ref<HTMLButtonElement>;
  /** False while the wizard is open: the wizard takes the button's place. */
  showEnableButton: boolean;
  onEnable: () => void;
}

/** SMS verification is off: what it would do, and the button that turns it on. */
export function OffView({ enableButtonRef, showEnableButton, onEnable }: OffViewProps) {
  const part = useParts('smsTwoFactorSection');
  const { messages } = useSmsTwoFactorSectionMessages();
  const t = messages.smsTwoFactorSection;
  return (
    <>
      <p className={part('explanation')}>{t.explanationOff}</p>
      {showEnableButton && (
        <div className={part('actions')}>
          <button
            ref={enableButtonRef}
            type="button"
            className={part('enableButton', 'button')}
            data-variant="primary"
            onClick={onEnable}
          >
            {t.enableButton}
          </button>
        </div>
      )}
    </>
  );
}
