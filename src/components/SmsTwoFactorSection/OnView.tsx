'use client';
import type { ReactNode, Ref } from 'react';
import { useSmsTwoFactorSectionMessages } from './messages.ts';
import { SecondFactorNumbers } from '../DefaultSecondFactor/SecondFactorNumbers.tsx';
import { useParts } from '../parts/useParts.ts';

export interface OnViewProps {
  disableButtonRef: Ref<HTMLButtonElement>;
  backupCodesButtonRef: Ref<HTMLButtonElement>;
  /** False while the disable confirmation is open: it takes the buttons' place. */
  showActions: boolean;
  backupCodesOpen: boolean;
  backupCodesPanelId: string;
  onDisable: () => void;
  onToggleBackupCodes: () => void;
  /** The inline panel (disable confirmation or backup codes), shown under the buttons. */
  children?: ReactNode;
}

/**
 * SMS verification is on: one list of the verified numbers (switch, default badge or "Make default"), then two
 * quiet buttons, backup codes and the way out; danger colour shows only in the confirmation that follows.
 */
export function OnView({ disableButtonRef, backupCodesButtonRef, ...props }: OnViewProps) {
  const part = useParts('smsTwoFactorSection');
  const { messages } = useSmsTwoFactorSectionMessages();
  const t = messages.smsTwoFactorSection;
  return (
    <>
      <SecondFactorNumbers />
      {props.showActions && (
        <div className={part('actions')}>
          <button
            ref={backupCodesButtonRef}
            type="button"
            className={part('backupCodesButton', 'button')}
            data-variant="secondary"
            aria-expanded={props.backupCodesOpen}
            aria-controls={props.backupCodesOpen ? props.backupCodesPanelId : undefined}
            onClick={props.onToggleBackupCodes}
          >
            {t.backupCodesButton}
          </button>
          <button
            ref={disableButtonRef}
            type="button"
            className={part('disableButton', 'button')}
            data-variant="secondary"
            onClick={props.onDisable}
          >
            {t.disableButton}
          </button>
        </div>
      )}
      {props.children}
    </>
  );
}
