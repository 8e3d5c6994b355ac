'use client';
/**
 * Shown when the code can no longer work (expired, or too many wrong codes): the reason, and ONE action,
 * "Get a new code". The code field is gone meanwhile, so nobody types into a dead code.
 */
import type { ReactNode, Ref } from 'react';
import { useVerifyPhoneNumberMessages } from './messages.ts';
import { CountdownButton } from './CountdownButton.tsx';
import { useParts } from '../parts/useParts.ts';

export interface NewCodePanelProps {
  /** Why the code stopped working. */
  status: 'expired' | 'failed';
  secondsUntilResend: number;
  isSending: boolean;
  onGetNewCode: () => void;
  buttonRef: Ref<HTMLButtonElement>;
  /** An alert, e.g. the send failed. */
  alert?: ReactNode;
  /** The Cancel button, beside the action. */
  cancel?: ReactNode;
}

export function NewCodePanel(props: NewCodePanelProps) {
  const part = useParts('verifyPhoneNumber');
  const t = useVerifyPhoneNumberMessages().messages.verifyPhoneNumber;
  return (
    <div className={part('newCode')}>
      {props.status === 'failed' ? (
        // Too many wrong codes is an error the user caused, so it reads as one; an expired code is just time.
        <p className={part('newCodeReason', 'alert')} role="alert" data-variant="error">
          {t.failedReason}
        </p>
      ) : (
        <p className={part('newCodeReason')}>{t.expiredReason}</p>
      )}
      {props.alert}
      <div className={part('actions')}>
        <CountdownButton
          buttonRef={props.buttonRef}
          className={part('getNewCode')}
          variant="primary"
          label={t.getNewCode}
          waitingLabel={t.getNewCodeIn}
          busyLabel={t.sending}
          secondsLeft={props.secondsUntilResend}
          busy={props.isSending}
          onPress={props.onGetNewCode}
        />
        {props.cancel}
      </div>
    </div>
  );
}
