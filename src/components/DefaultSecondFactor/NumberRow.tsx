'use client';
import { memo, useId, useRef, useState } from 'react';
import { formatMessageNodes } from '../../i18n/formatNodes.tsx';
import { formatMessage } from '../../i18n/format.ts';
import { useDefaultSecondFactorMessages } from './messages.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { Badge } from '../common/Badge.tsx';
import { ConfirmPanel } from '../common/ConfirmPanel.tsx';
import { formatPhoneNumber } from '../common/formatPhoneNumber.ts';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';
import { useParts } from '../parts/useParts.ts';

interface NumberRowProps {
  /** A verified number. */
  phone: PhoneNumber;
  /** Gets the sign-in codes first: the list's default, or the number just made the default. */
  isDefault: boolean;
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
  onMakeDefault: (phone: PhoneNumber) => void;
  /** The host's `readOnly`: the switch shows its state but is disabled, and "Make default" is not offered. */
  readOnly: boolean;
}

/**
 * One verified number: the number, then the "Default for sign-in codes" badge or "Make default" (for a number
 * that receives codes), and its switch; the warning before turning it off. Memoized: a change to one number
 * re-renders that number's row only.
 */
export const NumberRow = memo(function NumberRow({ phone, isDefault, warning, heir, pending, onSetReserved, onMakeDefault, readOnly }: NumberRowProps) {
  const part = useParts('defaultSecondFactor');
  const { messages } = useDefaultSecondFactorMessages();
  const t = messages.defaultSecondFactor;
  const [confirming, setConfirming] = useState(false);
  const switchRef = useRef<HTMLButtonElement>(null);
  const numberId = useId();
  const makeDefaultId = useId();
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
  // The button gives way to the badge, so focus moves to the row's switch rather than to the page.
  const makeDefault = () => {
    if (pending) return;
    switchRef.current?.focus();
    onMakeDefault(phone);
  };

  return (
    <li
      className={part('row')}
      data-state={pending ? 'pending' : confirming ? 'confirming' : 'idle'}
      data-reserved={reserved}
      data-default={isDefault}
      aria-busy={pending || undefined}
    >
      <div className={part('rowMain')}>
        <span className={part('numberLine')}>
          <span className={part('number')}>
            <PhoneNumberText e164={phone.phoneNumber} id={numberId} />
          </span>
          {isDefault && <Badge kind="default">{messages.common.badgeDefault}</Badge>}
          {reserved && !isDefault && !readOnly && (
            <button
              type="button"
              className={part('makeDefault', 'button')}
              data-variant="link"
              aria-labelledby={`${makeDefaultId} ${numberId}`}
              aria-disabled={pending || undefined}
              onClick={makeDefault}
            >
              <span id={makeDefaultId}>{t.makeDefault}</span>
            </button>
          )}
        </span>
        <button
          ref={switchRef}
          type="button"
          role="switch"
          aria-checked={reserved}
          aria-label={formatMessage(t.switchLabel, { number: formatted })}
          aria-disabled={pending || undefined}
          disabled={readOnly}
          className={part('switch')}
          data-state={reserved ? 'on' : 'off'}
          onClick={toggle}
        >
          <span className={part('switchTrack')} aria-hidden="true">
            <span className={part('switchThumb')} />
          </span>
        </button>
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
              ? formatMessageNodes(t.turnOffLastBody, { number: <PhoneNumberText e164={phone.phoneNumber} /> })
              : formatMessageNodes(t.turnOffDefaultBody, {
                  number: <PhoneNumberText e164={phone.phoneNumber} />,
                  next: <PhoneNumberText e164={heir.phoneNumber} />,
                })}
          </p>
        </ConfirmPanel>
      )}
    </li>
  );
});
