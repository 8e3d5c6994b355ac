'use client';
import type { Ref } from 'react';
import { formatMessageNodes, LeftToRight } from '../../i18n/index.ts';
import { useSmsTwoFactorSectionMessages } from './messages.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { formatPhoneNumber } from '../common/formatPhoneNumber.ts';
import { useParts } from '../parts/useParts.ts';

/** One sentence on where things stand: off, or on and which number gets the codes. Focus lands here after the wizard. */
export function StatusLine({ reserved, statusRef }: { reserved: readonly PhoneNumber[]; statusRef: Ref<HTMLParagraphElement> }) {
  const part = useParts('smsTwoFactorSection');
  const { messages, locale } = useSmsTwoFactorSectionMessages();
  const t = messages.smsTwoFactorSection;
  const defaultNumber = reserved.find((p) => p.defaultSecondFactor) ?? reserved[0];
  const text = !defaultNumber
    ? t.statusOff
    : formatMessageNodes(
        reserved.length > 1 ? t.statusOnMany : t.statusOnOne,
        // Isolated, so the digits keep their order inside a right-to-left sentence.
        { phoneNumber: <LeftToRight>{formatPhoneNumber(defaultNumber.phoneNumber)}</LeftToRight>, count: reserved.length },
        locale,
      );
  return (
    <p ref={statusRef} className={part('status')} data-state={defaultNumber ? 'on' : 'off'} tabIndex={-1}>
      {text}
    </p>
  );
}
