'use client';
/**
 * A button that waits out a cooldown: "Resend code in 17 s", then "Resend code". It stays focusable while it
 * waits (`aria-disabled`, not `disabled`), so pressing it never drops keyboard focus to the page.
 */
import type { Ref } from 'react';
import { formatMessage } from '../../i18n/index.ts';
import { useVerifyPhoneNumberMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

export interface CountdownButtonProps {
  /** "Resend code". */
  label: string;
  /** "Resend code in {seconds} s". */
  waitingLabel: string;
  /** "Sending…". */
  busyLabel: string;
  secondsLeft: number;
  busy: boolean;
  onPress: () => void;
  variant: 'primary' | 'secondary' | 'link';
  className: string;
  buttonRef?: Ref<HTMLButtonElement>;
}

export function CountdownButton({ label, waitingLabel, busyLabel, secondsLeft, busy, onPress, variant, className, buttonRef }: CountdownButtonProps) {
  const common = useParts('common');
  const { locale } = useVerifyPhoneNumberMessages();
  const waiting = secondsLeft > 0;
  const unavailable = busy || waiting;
  return (
    <button
      ref={buttonRef}
      type="button"
      className={`${common('button')} ${className}`}
      data-variant={variant}
      data-state={busy ? 'pending' : waiting ? 'waiting' : 'ready'}
      aria-disabled={unavailable || undefined}
      aria-busy={busy || undefined}
      onClick={() => {
        if (!unavailable) onPress();
      }}
    >
      {busy ? busyLabel : waiting ? formatMessage(waitingLabel, { seconds: secondsLeft }, locale) : label}
    </button>
  );
}
