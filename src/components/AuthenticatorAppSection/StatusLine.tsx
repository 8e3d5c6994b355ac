'use client';
import type { Ref } from 'react';
import { formatMessageNodes } from '../../i18n/index.ts';
import { useAuthenticatorAppSectionMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

/** One sentence on where things stand, with only "on"/"off" emphasised. Focus lands here after enrolling or removing. */
export function StatusLine({ on, statusRef }: { on: boolean; statusRef: Ref<HTMLParagraphElement> }) {
  const part = useParts('authenticatorAppSection');
  const { messages, locale } = useAuthenticatorAppSectionMessages();
  const t = messages.authenticatorAppSection;
  const state = <strong className={part('statusState')}>{on ? t.stateOn : t.stateOff}</strong>;
  return (
    <p ref={statusRef} className={part('status')} data-state={on ? 'on' : 'off'} tabIndex={-1}>
      {formatMessageNodes(on ? t.statusOn : t.statusOff, { state }, locale)}
    </p>
  );
}
