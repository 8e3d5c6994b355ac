'use client';
import type { Ref } from 'react';
import { formatMessageNodes } from '../../i18n/index.ts';
import type { SignInSecondFactor } from '../../model/signInOrder.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';
import { useTwoStepVerificationSectionMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

export interface OrderStatusProps {
  /** `signInSecondFactorOrder(account, phoneNumbers)`: what sign-in asks for, first one first. */
  order: readonly SignInSecondFactor[];
  phoneNumbers: readonly PhoneNumber[];
  statusRef?: Ref<HTMLDivElement>;
}

/**
 * What sign-in asks for first, stated from the model's order and nothing else: the authenticator app when it is on
 * (the SMS default is then only the order among numbers, said as the fallback), else the default number; then the
 * backup codes as the last resort.
 */
export function OrderStatus({ order, phoneNumbers, statusRef }: OrderStatusProps) {
  const part = useParts('twoStepVerificationSection');
  const { messages, locale } = useTwoStepVerificationSectionMessages();
  const t = messages.twoStepVerificationSection;
  const first = order[0];
  const firstPhone = order.find((factor) => factor.strategy === 'phone_code');
  const phone = firstPhone && phoneNumbers.find((p) => p.id === firstPhone.phoneNumberId);
  const number = phone ? <PhoneNumberText e164={phone.phoneNumber} /> : null;

  if (!first) {
    const state = <strong className={part('statusState')}>{t.stateOff}</strong>;
    return (
      <div ref={statusRef} className={part('status')} data-state="off" tabIndex={-1}>
        <p className={part('order')}>{formatMessageNodes(t.statusOff, { state }, locale)}</p>
      </div>
    );
  }
  return (
    <div ref={statusRef} className={part('status')} data-state="on" tabIndex={-1}>
      {first.strategy === 'totp' ? (
        <p className={part('order')}>{t.firstTotp}</p>
      ) : (
        number && <p className={part('order')}>{formatMessageNodes(t.firstSms, { phoneNumber: number }, locale)}</p>
      )}
      {first.strategy === 'totp' && number && <p className={part('order')}>{formatMessageNodes(t.fallbackSms, { phoneNumber: number }, locale)}</p>}
      {order.some((factor) => factor.strategy === 'backup_code') && <p className={part('order')}>{t.fallbackBackupCodes}</p>}
    </div>
  );
}
