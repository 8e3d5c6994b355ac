'use client';
/** One of the user's numbers: the number, its badges, its verification details and linked identities, its buttons. */
import { Fragment, type ReactNode, type Ref } from 'react';
import { formatMessageNodes } from '../../i18n/formatNodes.tsx';
import type { AdminPhoneNumber } from '../../model/admin.ts';
import { formatMessage } from '../../i18n/format.ts';
import { formatPhoneNumber } from '../common/formatPhoneNumber.ts';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';
import { numberStatus, numberStatusText } from '../supportCommon/verificationStatus.ts';
import { actionKeys, actionsFor, type NumberAction } from './changes.ts';
import { useSupportPhoneNumbersMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

export interface NumberRowProps {
  phoneNumber: AdminPhoneNumber;
  rowRef: Ref<HTMLLIElement>;
  /** No buttons while a confirmation is open (it is the one thing to answer). */
  showActions: boolean;
  onAction: (action: NumberAction) => void;
  children?: ReactNode;
}

export function NumberRow({ phoneNumber, rowRef, showActions, onAction, children }: NumberRowProps) {
  const part = useParts('supportPhoneNumbers');
  const { messages, locale } = useSupportPhoneNumbersMessages();
  const t = messages.supportPhoneNumbers;
  const status = numberStatus(phoneNumber);
  const badge = (kind: string, text: string) => (
    <span className={part('badge', 'badge')} data-kind={kind}>
      {text}
    </span>
  );
  const details = [
    phoneNumber.verificationAttempts ? formatMessage(t.attempts, { count: phoneNumber.verificationAttempts }, locale) : null,
    phoneNumber.verificationExpireAt && status === 'unverified'
      ? formatMessage(t.expires, { time: new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(phoneNumber.verificationExpireAt) })
      : null,
    // Identity types (`oauth_google`) are data, kept out of translation.
    phoneNumber.linkedTo.length
      ? formatMessageNodes(t.linkedTo, { identities: <span translate="no">{phoneNumber.linkedTo.map((link) => link.type).join(', ')}</span> })
      : null,
  ].filter((line) => line !== null);
  return (
    <li
      ref={rowRef}
      tabIndex={-1}
      className={part('row')}
      data-status={status}
      data-primary={phoneNumber.primary || undefined}
      data-two-step={phoneNumber.reservedForSecondFactor || undefined}
    >
      <span className={part('number')}>
        <PhoneNumberText e164={phoneNumber.phoneNumber} />
      </span>
      <span className={part('badges')}>
        {badge(status, numberStatusText(status, messages.supportConsole))}
        {phoneNumber.primary && badge('primary', messages.common.badgePrimary)}
        {phoneNumber.defaultSecondFactor && badge('default', messages.common.badgeDefault)}
        {phoneNumber.reservedForSecondFactor && badge('two-step', t.badgeTwoStep)}
        {phoneNumber.reserved && badge('reserved', t.badgeReserved)}
      </span>
      {details.length > 0 && (
        <span className={part('details')}>
          {details.map((line, index) => (
            <Fragment key={index}>
              {index > 0 && ' · '}
              {line}
            </Fragment>
          ))}
        </span>
      )}
      {showActions && (
        <span className={part('actions')} role="group" aria-label={formatMessage(t.actionsLabel, { number: formatPhoneNumber(phoneNumber.phoneNumber) })}>
          {actionsFor(phoneNumber).map((action) => (
            <button key={action} type="button" className={part('action', 'button')} data-action={action} data-variant="secondary" onClick={() => onAction(action)}>
              {t[actionKeys(action).button]}
            </button>
          ))}
        </span>
      )}
      {children}
    </li>
  );
}
