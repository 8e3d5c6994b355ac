'use client';
import { ConfirmPanel, formatPhoneNumber } from '../common/index.ts';
import { formatMessageNodes, LeftToRight } from '../../i18n/index.ts';
import { usePhoneNumbersSectionMessages } from './messages.ts';
import { isVerified } from '../../model/sort.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { useParts } from '../parts/useParts.ts';

/** Which warnings removing `phone` deserves, given the user's other numbers. */
export function removalWarnings(phone: PhoneNumber, all: readonly PhoneNumber[]) {
  const otherTwoStep = all.some((p) => p.id !== phone.id && p.reservedForSecondFactor);
  return {
    twoStep: phone.reservedForSecondFactor,
    // With another two-step number left, the server hands it the default; with none, two-step SMS ends.
    defaultMoves: phone.defaultSecondFactor && otherTwoStep,
    lastSecondFactor: phone.reservedForSecondFactor && !otherTwoStep,
  };
}

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
  const warnings = removalWarnings(phone, phoneNumbers);
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
      <p>{formatMessageNodes(text.removeBody, { number: <LeftToRight>{formatPhoneNumber(phone.phoneNumber)}</LeftToRight> })}</p>
      {isVerified(phone) && <p>{text.removeSignIn}</p>}
      {warnings.twoStep && warning('two-step', text.warningTwoStep)}
      {warnings.defaultMoves && warning('default', text.warningDefault)}
      {warnings.lastSecondFactor && warning('last-second-factor', text.warningLastSecondFactor)}
    </ConfirmPanel>
  );
}
