'use client';
import { memo, useId, useRef, useState } from 'react';
import { formatMessageNodes, LeftToRight } from '../../i18n/formatNodes.tsx';
import { useDefaultSecondFactorMessages } from './messages.ts';
import { isVerified } from '../../model/secondFactor.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { Badge } from '../common/Badge.tsx';
import { ConfirmPanel } from '../common/ConfirmPanel.tsx';
import { formatPhoneNumber } from '../common/formatPhoneNumber.ts';
import { useParts } from '../parts/useParts.ts';

interface NumberRowProps {
  phone: PhoneNumber;
  /**
   * Why turning this number off deserves a warning (the model's `turnOffWarning`), as the parent computed it; a kind
   * and the heir rather than one object, so the row's props stay equal while nothing about it changed.
   */
  warning: 'last' | 'default' | null;
  /** With `warning: 'default'`: the number that becomes the default instead. */
  heir: PhoneNumber | null;
  pending: boolean;
  /** Stable across renders (like every prop here), so unchanged rows skip re-rendering. */
  onSetReserved: (phone: PhoneNumber, reserved: boolean) => Promise<boolean>;
}

/**
 * One number: its two-step switch, or why it cannot have one yet; and the warning before turning it off.
 * Memoized: a change to one number re-renders that number's row only.
 */
export const NumberRow = memo(function NumberRow({ phone, warning, heir, pending, onSetReserved }: NumberRowProps) {
  const part = useParts('defaultSecondFactor');
  const { messages } = useDefaultSecondFactorMessages();
  const t = messages.defaultSecondFactor;
  const [confirming, setConfirming] = useState(false);
  const switchRef = useRef<HTMLButtonElement>(null);
  const numberId = useId();
  const labelId = useId();
  const verified = isVerified(phone);
  const reserved = phone.reservedForSecondFactor;
  const formatted = formatPhoneNumber(phone.phoneNumber);

  const toggle = () => {
    if (pending) return;
    if (reserved && warning) setConfirming((open) => !open);
    else void onSetReserved(phone, !reserved);
  };
  const closeConfirm = () => {
    setConfirming(false);
    switchRef.current?.focus();
  };
  // The change shows at once (and rolls back on failure), so the question can go and focus return right away.
  const confirmTurnOff = () => {
    if (pending) return;
    closeConfirm();
    void onSetReserved(phone, false);
  };

  return (
    <li
      className={part('row')}
      data-state={pending ? 'pending' : confirming ? 'confirming' : 'idle'}
      data-verified={verified}
      data-reserved={reserved}
      data-default={phone.defaultSecondFactor}
      aria-busy={pending || undefined}
    >
      <div className={part('rowMain')}>
        <span className={part('numberLine')}>
          <span id={numberId} className={part('number')} dir="ltr">
            {formatted}
          </span>
          {phone.defaultSecondFactor && <Badge kind="default">{messages.common.badgeDefault}</Badge>}
          {!verified && <Badge kind="unverified">{messages.common.badgeUnverified}</Badge>}
        </span>
        {verified ? (
          <button
            ref={switchRef}
            type="button"
            role="switch"
            aria-checked={reserved}
            aria-labelledby={`${labelId} ${numberId}`}
            aria-disabled={pending || undefined}
            className={part('switch')}
            data-state={reserved ? 'on' : 'off'}
            onClick={toggle}
          >
            <span className={part('switchTrack')} aria-hidden="true">
              <span className={part('switchThumb')} />
            </span>
            <span id={labelId} className={part('switchLabel')}>
              {t.switchLabel}
            </span>
            <span className={part('switchState')} aria-hidden="true">
              {reserved ? t.switchOn : t.switchOff}
            </span>
          </button>
        ) : (
          <p className={part('explanation')}>
            {t.unverifiedExplanation}
          </p>
        )}
      </div>
      {confirming && warning && (
        <ConfirmPanel
          title={warning === 'last' ? t.turnOffLastTitle : t.turnOffDefaultTitle}
          confirmLabel={t.turnOffConfirm}
          cancelLabel={messages.common.cancel}
          pending={pending}
          destructive
          onConfirm={confirmTurnOff}
          onCancel={closeConfirm}
        >
          <p>
            {warning === 'last' || !heir
              ? formatMessageNodes(t.turnOffLastBody, { number: <LeftToRight>{formatted}</LeftToRight> })
              : formatMessageNodes(t.turnOffDefaultBody, {
                  number: <LeftToRight>{formatted}</LeftToRight>,
                  next: <LeftToRight>{formatPhoneNumber(heir.phoneNumber)}</LeftToRight>,
                })}
          </p>
        </ConfirmPanel>
      )}
    </li>
  );
});
