'use client';
import { ConfirmPanel, PhoneNumberText } from '../common/index.ts';
import { formatMessageNodes } from '../../i18n/index.ts';
import { usePhoneNumbersSectionMessages } from './messages.ts';
import { isVerified, removalWarnings } from '../../model/secondFactor.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { useParts } from '../parts/useParts.ts';

export interface RemoveConfirmationProps {
  phone: PhoneNumber;
  phoneNumbers: readonly PhoneNumber[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** The inline "Remove phone number" card, with what the user loses spelled out before they confirm. */
export function RemoveConfirmation({ phone, phoneNumbers, onConfirm, onCancel }: RemoveConfirmationProps) {
  const part = useParts('phoneNumbersSection');
  const { messages } = usePhoneNumbersSectionMessages();
  const text = messages.phoneNumbersSection;
  const warnings = removalWarnings(phoneNumbers, phone.id);
  const warning = (kind: string, message: string) => (
    <p className={part('warning')} data-kind={kind}>
      <strong>{text.warningLabel}</strong> {message}
    </p>
  );
  return (
    <ConfirmPanel
      title={text.removeTitle}
      confirmLabel={text.removeConfirm}
      cancelLabel={messages.common.cancel}
      destructive
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{formatMessageNodes(text.removeBody, { number: <PhoneNumberText e164={phone.phoneNumber} /> })}</p>
      {isVerified(phone) && <p>{text.removeSignIn}</p>}
      {warnings.twoStep && warning('two-step', text.warningTwoStep)}
      {warnings.secondFactor?.kind === 'default' && warning('default', text.warningDefault)}
      {warnings.secondFactor?.kind === 'last' && warning('last-second-factor', text.warningLastSecondFactor)}
    </ConfirmPanel>
  );
}
