import type { AdminUser } from '../../model/admin.ts';
import { formatMessage } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/types.ts';
import { formatPhoneNumber } from '../common/formatPhoneNumber.ts';

/**
 * The user's second factors in words ("text messages to +1 201 555 0123, an authenticator app, backup codes"),
 * joined with the locale's list format, so the confirmation says exactly what a reset turns off.
 */
export function factorList(user: AdminUser, t: Messages['supportResetTwoStep'], locale: string): string {
  const numbers = user.phoneNumbers.filter((phoneNumber) => phoneNumber.reservedForSecondFactor).map((p) => formatPhoneNumber(p.phoneNumber));
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const factors = [
    numbers.length > 0 && formatMessage(t.factorSms, { numbers: list.format(numbers) }),
    user.totpEnabled && t.factorTotp,
    user.backupCodeEnabled && t.factorBackupCodes,
  ].filter((factor): factor is string => typeof factor === 'string');
  return list.format(factors);
}
