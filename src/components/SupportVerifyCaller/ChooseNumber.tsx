'use client';
/** Step one: which of the user's numbers gets the code (a radio group), and "Send code". */
import type { AdminPhoneNumber } from '../../model/admin.ts';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';
import { numberStatus, numberStatusText } from '../supportCommon/verificationStatus.ts';
import { useSupportVerifyCallerMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

export interface ChooseNumberProps {
  phoneNumbers: AdminPhoneNumber[];
  picked: string | null;
  onPick: (id: string) => void;
  sending: boolean;
  onSend: () => void;
}

export function ChooseNumber({ phoneNumbers, picked, onPick, sending, onSend }: ChooseNumberProps) {
  const part = useParts('supportVerifyCaller');
  const { messages } = useSupportVerifyCallerMessages();
  const t = messages.supportVerifyCaller;
  return (
    <form
      className={part('choose')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!sending) onSend();
      }}
    >
      <fieldset className={part('choices')}>
        <legend>{t.chooseLabel}</legend>
        {phoneNumbers.map((phoneNumber) => {
          const status = numberStatus(phoneNumber);
          return (
            <label key={phoneNumber.id} className={part('choice')} data-status={status}>
              <input type="radio" name="phone-number" value={phoneNumber.id} checked={picked === phoneNumber.id} onChange={() => onPick(phoneNumber.id)} />
              <PhoneNumberText e164={phoneNumber.phoneNumber} /> <span>({numberStatusText(status, messages.supportConsole)})</span>
            </label>
          );
        })}
      </fieldset>
      <button type="submit" className={part('send', 'button')} data-variant="primary" aria-disabled={sending || undefined} aria-busy={sending || undefined}>
        {sending ? t.sending : t.send}
      </button>
    </form>
  );
}
