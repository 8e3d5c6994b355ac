'use client';
import { useState } from 'react';
import { useDisableAuthenticatorApp } from '../../hooks/useDisableAuthenticatorApp.ts';
import { usePhoneNumbers } from '../../hooks/usePhoneNumbers.ts';
import { errorMessage, formatMessageNodes } from '../../i18n/index.ts';
import type { AccountSecurity } from '../../model/account.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { totpRemovalOutcome } from '../../model/signInOrder.ts';
import { ConfirmPanel } from '../common/ConfirmPanel.tsx';
import { Alert } from '../common/Alert.tsx';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';
import { useAuthenticatorAppSectionMessages } from './messages.ts';

export interface RemovePanelProps {
  /** The account as it was when the confirmation opened (the optimistic edit must not change what it says). */
  account: AccountSecurity;
  onRemoved: () => void;
  onCancel: () => void;
}

/**
 * "Remove authenticator app?": says what changes, from the model's `totpRemovalOutcome`: which number sign-in then
 * texts, or that two-step verification turns off entirely (and the backup codes stop working).
 */
export function RemovePanel({ account, onRemoved, onCancel }: RemovePanelProps) {
  const { messages, locale } = useAuthenticatorAppSectionMessages();
  const t = messages.authenticatorAppSection;
  const { phoneNumbers } = usePhoneNumbers();
  const { disable, isPending } = useDisableAuthenticatorApp();
  const [failure, setFailure] = useState<PhoneKitError | null>(null);
  const outcome = totpRemovalOutcome(account, phoneNumbers);
  const next = outcome.firstFactor && phoneNumbers.find((p) => p.id === outcome.firstFactor?.phoneNumberId);

  const confirm = () => {
    setFailure(null);
    disable().then(onRemoved, (caught: PhoneKitError) => setFailure(caught));
  };

  return (
    <ConfirmPanel
      title={t.removeTitle}
      confirmLabel={t.removeConfirm}
      cancelLabel={messages.common.cancel}
      destructive
      pending={isPending}
      onConfirm={confirm}
      onCancel={onCancel}
      error={failure && <Alert>{errorMessage(failure, messages)}</Alert>}
    >
      <p>{t.removeBody}</p>
      <p>{next ? formatMessageNodes(t.removeKeepsSms, { phoneNumber: <PhoneNumberText e164={next.phoneNumber} /> }, locale) : t.removeTurnsOff}</p>
    </ConfirmPanel>
  );
}
