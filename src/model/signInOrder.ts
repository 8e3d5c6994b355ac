/**
 * Which second factors sign-in offers, and in what order, written once. Clerk's sign-in starts with the
 * authenticator app when the user has one, else with a phone code (the default second-factor number), and keeps
 * backup codes as the last resort (clerk-js `determineStartingSignInSecondFactor`, clerk/javascript PR #4003).
 * The two-step sections state this order, the disable confirmation states what remains, and the reference
 * backend reports `two_factor_enabled` by {@link isTwoFactorEnabled}.
 */
import type { AccountSecurity } from './account.ts';
import { isVerified } from './secondFactor.ts';
import type { PhoneNumber } from './types.ts';

/** One factor sign-in can ask for in its second step. */
export type SignInSecondFactor =
  | { strategy: 'totp' }
  | { strategy: 'phone_code'; phoneNumberId: string; defaultSecondFactor: boolean }
  | { strategy: 'backup_code' };

/** The account facts the order depends on. */
export type SecondFactorAccount = Pick<AccountSecurity, 'totpEnabled' | 'backupCodeEnabled'>;

/** Numbers sign-in may text a code to: reserved for two-step verification and verified. Default first, then oldest. */
function secondFactorPhoneNumbers(phoneNumbers: readonly PhoneNumber[]): PhoneNumber[] {
  return phoneNumbers
    .filter((phone) => phone.reservedForSecondFactor && isVerified(phone))
    .sort(
      (a, b) =>
        Number(b.defaultSecondFactor) - Number(a.defaultSecondFactor) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/**
 * Whether sign-in asks for a second factor at all: an authenticator app, or a number reserved for two-step
 * verification. Backup codes alone do not count: they only stand in for a factor the user has.
 */
export function isTwoFactorEnabled(totpEnabled: boolean, phoneNumbers: readonly PhoneNumber[]): boolean {
  return totpEnabled || secondFactorPhoneNumbers(phoneNumbers).length > 0;
}

/**
 * The second factors sign-in offers, first one first: the authenticator app when enabled, then the default
 * second-factor number, then the other reserved numbers (oldest first), then backup codes. Empty when two-step
 * verification is off (backup codes without a factor are never offered).
 */
export function signInSecondFactorOrder(account: SecondFactorAccount, phoneNumbers: readonly PhoneNumber[]): SignInSecondFactor[] {
  const order: SignInSecondFactor[] = [];
  if (account.totpEnabled) order.push({ strategy: 'totp' });
  for (const phone of secondFactorPhoneNumbers(phoneNumbers)) {
    order.push({ strategy: 'phone_code', phoneNumberId: phone.id, defaultSecondFactor: phone.defaultSecondFactor });
  }
  if (order.length > 0 && account.backupCodeEnabled) order.push({ strategy: 'backup_code' });
  return order;
}

/** What removing the authenticator app leaves, for the confirmation before it. */
export interface TotpRemovalOutcome {
  /** The factor sign-in then asks for first; `null` when two-step verification turns off. */
  firstFactor: Extract<SignInSecondFactor, { strategy: 'phone_code' }> | null;
  /** Whether sign-in still asks for a second factor afterwards. */
  twoFactorEnabled: boolean;
  /** Whether the backup codes keep working (they are dropped with the last factor). */
  backupCodesRemain: boolean;
  /** The whole order afterwards, first one first. */
  order: SignInSecondFactor[];
}

/** What remains when the authenticator app is removed, given the account and the user's numbers. */
export function totpRemovalOutcome(account: SecondFactorAccount, phoneNumbers: readonly PhoneNumber[]): TotpRemovalOutcome {
  const twoFactorEnabled = isTwoFactorEnabled(false, phoneNumbers);
  const backupCodesRemain = twoFactorEnabled && account.backupCodeEnabled;
  const order = signInSecondFactorOrder({ totpEnabled: false, backupCodeEnabled: backupCodesRemain }, phoneNumbers);
  const first = order[0];
  return { firstFactor: first?.strategy === 'phone_code' ? first : null, twoFactorEnabled, backupCodesRemain, order };
}
