'use client';
import { useVerifyPhoneNumberMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

/** "Sent to +1 201 555 0123 · Change number": where the code went, and a way back when that is the wrong number. */
export function SentTo({ text, onChangeNumber }: { text: string; onChangeNumber?: () => void }) {
  const part = useParts('verifyPhoneNumber');
  const t = useVerifyPhoneNumberMessages().messages.verifyPhoneNumber;
  return (
    <p className={part('sentTo')}>
      {text}
      {onChangeNumber && (
        <>
          <span aria-hidden="true">{t.separator}</span>
          <button type="button" className={part('changeNumber', 'button')} data-variant="link" onClick={onChangeNumber}>
            {t.changeNumber}
          </button>
        </>
      )}
    </p>
  );
}
