import { createElement, Fragment, type ReactNode } from 'react';
import type { AdminUser } from '../../model/admin.ts';
import { formatMessageNodes } from '../../i18n/formatNodes.tsx';
import type { Messages } from '../../i18n/types.ts';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';

/** `items` joined by the locale's list format ("a, b, and c"), the items kept as nodes (numbers stay isolated). */
function listNodes(items: ReactNode[], locale: string): ReactNode {
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(items.map((_, index) => `\u0000${index}`));
  return createElement(
    Fragment,
    null,
    ...parts.map((part, index) => (part.type === 'element' ? createElement(Fragment, { key: index }, items[Number(part.value.slice(1))]) : part.value)),
  );
}

/**
 * The user's second factors in words ("text messages to +1 201 555 0123, an authenticator app, and backup codes"), so
 * the status and the confirmation say exactly what a reset turns off; `null` when two-step verification is off.
 */
export function factorList(user: AdminUser, t: Messages['supportResetTwoStep'], locale: string): ReactNode {
  const numbers = user.phoneNumbers.filter((phoneNumber) => phoneNumber.reservedForSecondFactor);
  const factors: ReactNode[] = [
    numbers.length > 0 &&
      formatMessageNodes(t.factorSms, { numbers: listNodes(numbers.map((p) => createElement(PhoneNumberText, { key: p.id, e164: p.phoneNumber })), locale) }),
    user.totpEnabled && t.factorTotp,
    user.backupCodeEnabled && t.factorBackupCodes,
  ].filter(Boolean);
  return factors.length ? listNodes(factors, locale) : null;
}
