'use client';
import { useState } from 'react';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { useSmsTwoFactorSectionMessages } from './messages.ts';
import { useReserveForSecondFactor } from '../../hooks/index.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { ConfirmPanel } from '../common/ConfirmPanel.tsx';
import { releaseOrder } from './candidates.ts';
import { FocusedAlert } from './FocusedAlert.tsx';

export interface DisablePanelProps {
  /** Every number two-step verification texts now. */
  reserved: readonly PhoneNumber[];
  onDisabled: () => void;
  onCancel: () => void;
}

/**
 * "Disable SMS verification?": confirming releases every reserved number, one request at a time. The first
 * failure stops the run (the hook rolls that number back) and is shown here; confirming again releases the rest.
 */
export function DisablePanel({ reserved, onDisabled, onCancel }: DisablePanelProps) {
  const { messages } = useSmsTwoFactorSectionMessages();
  const t = messages.smsTwoFactorSection;
  const { setReserved } = useReserveForSecondFactor();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<PhoneKitError | null>(null);
  // Each attempt remounts the alert, so a repeated failure takes focus and is announced again.
  const [attempt, setAttempt] = useState(0);

  const confirm = async () => {
    setPending(true);
    setFailure(null);
    setAttempt((n) => n + 1);
    for (const phone of releaseOrder(reserved)) {
      try {
        await setReserved({ phoneNumberId: phone.id, reserved: false });
      } catch (caught) {
        setPending(false);
        setFailure(caught as PhoneKitError);
        return;
      }
    }
    setPending(false);
    onDisabled();
  };

  return (
    <ConfirmPanel
      title={t.disableTitle}
      confirmLabel={t.disableConfirm}
      cancelLabel={messages.common.cancel}
      destructive
      pending={pending}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
      error={failure && <FocusedAlert key={attempt}>{errorMessage(failure, messages)}</FocusedAlert>}
    >
      <p>{t.disableWarning}</p>
      <p>{t.disableWarningSecurity}</p>
    </ConfirmPanel>
  );
}
