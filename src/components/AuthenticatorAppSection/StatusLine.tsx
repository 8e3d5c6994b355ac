'use client';
import type { Ref } from 'react';
import { formatMessageNodes } from '../../i18n/index.ts';
import { useAuthenticatorAppSectionMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

/**
 * One sentence on where things stand, with only "on"/"off" emphasised. Focus lands here after enrolling or removing.
 * `brief`: on or off only, where the card around it says what sign-in asks for first.
 */
export function StatusLine({ on, statusRef, brief = false }: { on: boolean; statusRef: Ref<HTMLParagraphElement>; brief?: boolean }) {
  const part = useParts('authenticatorAppSection');
  const { messages, locale } = useAuthenticatorAppSectionMessages();
  const t = messages.authenticatorAppSection;
  const state = <strong className={part('statusState')}>{on ? t.stateOn : t.stateOff}</strong>;
  return (
    <p ref={statusRef} className={part('status')} data-state={on ? 'on' : 'off'} tabIndex={-1}>
      {formatMessageNodes(brief ? t.statusBrief : on ? t.statusOn : t.statusOff, { state }, locale)}
    </p>
  );
}
