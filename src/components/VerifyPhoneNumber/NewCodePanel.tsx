/**
 * Shown when the code can no longer work (expired, or too many wrong codes): the reason, and ONE action,
 * "Get a new code". The code field is gone meanwhile, so nobody types into a dead code.
 */
import type { ReactNode, Ref } from 'react';
import { useLocalization } from '../../i18n/index.ts';
import { CountdownButton } from './CountdownButton.tsx';

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
  const t = useLocalization().messages.verifyPhoneNumber;
  return (
    <div className="pnk-verify-phone-number__new-code">
      <p className="pnk-verify-phone-number__new-code-reason">{props.status === 'failed' ? t.failedReason : t.expiredReason}</p>
      {props.alert}
      <div className="pnk-verify-phone-number__actions">
        <CountdownButton
          buttonRef={props.buttonRef}
          className="pnk-verify-phone-number__get-new-code"
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
