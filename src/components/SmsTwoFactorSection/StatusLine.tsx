'use client';
import type { Ref } from 'react';
import { formatMessageNodes } from '../../i18n/index.ts';
import { useSmsTwoFactorSectionMessages } from './messages.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';
import { useParts } from '../parts/useParts.ts';

/**
 * One sentence on where things stand: off, or on and which number gets the codes. Regular weight, with only the
 * state ("on"/"off") emphasised. Focus lands here after the wizard.
 */
export function StatusLine({ reserved, statusRef }: { reserved: readonly PhoneNumber[]; statusRef: Ref<HTMLParagraphElement> }) {
  const part = useParts('smsTwoFactorSection');
  const { messages, locale } = useSmsTwoFactorSectionMessages();
  const t = messages.smsTwoFactorSection;
  const defaultNumber = reserved.find((p) => p.defaultSecondFactor) ?? reserved[0];
  const state = <strong className={part('statusState')}>{defaultNumber ? t.stateOn : t.stateOff}</strong>;
  const text = !defaultNumber
    ? formatMessageNodes(t.statusOff, { state }, locale)
    : formatMessageNodes(
        reserved.length > 1 ? t.statusOnMany : t.statusOnOne,
        { state, phoneNumber: <PhoneNumberText e164={defaultNumber.phoneNumber} />, count: reserved.length },
        locale,
      );
  return (
    <p ref={statusRef} className={part('status')} data-state={defaultNumber ? 'on' : 'off'} tabIndex={-1}>
      {text}
    </p>
  );
}
