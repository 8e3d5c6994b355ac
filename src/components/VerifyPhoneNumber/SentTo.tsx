'use client';
import type { ReactNode } from 'react';
import { useVerifyPhoneNumberMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

/**
 * "Sent to +1 201 555 0123" and "Change number", a way back when that is the wrong number. No separator between
 * them: on a narrow screen the link wraps to its own line whole, and a "·" would be left dangling at a line's end.
 */
export function SentTo({ sentence, onChangeNumber }: { sentence: ReactNode; onChangeNumber?: () => void }) {
  const part = useParts('verifyPhoneNumber');
  const t = useVerifyPhoneNumberMessages().messages.verifyPhoneNumber;
  return (
    <p className={part('sentTo')}>
      <span className={part('sentToText')}>{sentence}</span>
      {onChangeNumber && (
        <button type="button" className={part('changeNumber', 'button')} data-variant="link" onClick={onChangeNumber}>
          {t.changeNumber}
        </button>
      )}
    </p>
  );
}
