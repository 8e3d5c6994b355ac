'use client';
import { memo, type ReactNode } from 'react';
import { ActionsMenu, formatPhoneNumber, PhoneNumberText, type ActionsMenuItem } from '../common/index.ts';
import { formatMessage } from '../../i18n/index.ts';
import { usePhoneNumbersSectionMessages } from './messages.ts';
import { isVerified } from '../../model/secondFactor.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { PhoneNumberBadges } from './PhoneNumberBadges.tsx';
import { useParts } from '../parts/useParts.ts';

/** What a row is doing: nothing, showing its code step, showing its remove confirmation, or being removed. */
export type RowState = 'idle' | 'verifying' | 'removing' | 'pending';

export interface PhoneNumberRowProps {
  phone: PhoneNumber;
  primary: boolean;
  state: RowState;
  /** Called with the row's id: one stable function serves every row, so an unchanged row skips re-rendering. */
  onVerify: (phoneNumberId: string) => void;
  onRemove: (phoneNumberId: string) => void;
  onSetPrimary: (phoneNumberId: string, e164: string) => void;
  /** The host's policy: whether the row may offer changes at all (`readOnly`), and removal (`allowRemove`). */
  canChange: boolean;
  canRemove: boolean;
  /** Receives the row's menu button (null when it goes), so focus can return to it by ref when a card closes. */
  menuTriggerRef: (phoneNumberId: string, element: HTMLElement | null) => void;
  /** The inline card under the row (an `InlineCard`), if any. */
  children?: ReactNode;
}

/**
 * One number: the number first, then its quiet badges and note (which wrap under the number on a narrow row), the
 * actions menu pinned top-right, and room for an inline card below. Memoized: when one
 * number changes, the list re-renders but only that number's row does (the cache keeps unchanged numbers' objects).
 */
export const PhoneNumberRow = memo(function PhoneNumberRow(props: PhoneNumberRowProps) {
  const { phone, primary, state, onVerify, onRemove, onSetPrimary, canChange, canRemove, menuTriggerRef, children } = props;
  const part = useParts('phoneNumbersSection');
  const { messages } = usePhoneNumbersSectionMessages();
  const text = messages.phoneNumbersSection;
  const status = phone.verification?.status ?? 'none';
  const note = status === 'expired' ? text.noteExpired : status === 'failed' ? text.noteFailed : null;

  const items: ActionsMenuItem[] = [];
  const verified = isVerified(phone);
  if (canChange && !verified) items.push({ id: 'verify', label: text.verify, onSelect: () => onVerify(phone.id) });
  if (canChange && verified && !primary) items.push({ id: 'set-primary', label: text.setPrimary, onSelect: () => onSetPrimary(phone.id, phone.phoneNumber) });
  if (canRemove) items.push({ id: 'remove', label: text.remove, onSelect: () => onRemove(phone.id), destructive: true });

  return (
    <li
      className={part('row')}
      data-state={state}
      data-phone-number-id={phone.id}
      data-verification={status}
      aria-busy={state === 'pending' || undefined}
    >
      <div className={part('summary')}>
        <div className={part('info')}>
          <span className={part('number')}>
            <PhoneNumberText e164={phone.phoneNumber} />
          </span>
          <PhoneNumberBadges phone={phone} primary={primary} />
          {note && <span className={part('note')}>{note}</span>}
        </div>
        {items.length > 0 && (
          <div className={part('actions')}>
            <ActionsMenu
              label={formatMessage(text.actionsLabel, { number: formatPhoneNumber(phone.phoneNumber) })}
              items={items}
              triggerRef={(element) => menuTriggerRef(phone.id, element)}
            />
          </div>
        )}
      </div>
      {children}
    </li>
  );
});
