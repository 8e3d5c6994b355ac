/**
 * The changes an agent can make to one number, what each sends, and the words of its confirmation: one table, so a
 * row's buttons, the confirmation and the announcement never disagree.
 */
import type { AdminPhoneNumber, AdminUpdatePhoneNumberBody } from '../../model/admin.ts';
import type { Messages } from '../../i18n/types.ts';

/** One change to an existing number. */
export type NumberAction = 'verify' | 'reserve' | 'release' | 'primary' | 'remove';

type T = Messages['supportPhoneNumbers'];

interface ActionSpec {
  button: keyof T;
  title: keyof T;
  body: keyof T;
  confirm: keyof T;
  announce: keyof T;
  /** The PATCH body; `null` for remove (a DELETE). */
  changes: AdminUpdatePhoneNumberBody | null;
  destructive: boolean;
}

export const ACTIONS: Record<NumberAction, ActionSpec> = {
  verify: { button: 'markVerified', title: 'confirmVerifyTitle', body: 'confirmVerifyBody', confirm: 'confirmVerify', announce: 'announceVerified', changes: { verified: true }, destructive: false },
  reserve: { button: 'reserve', title: 'confirmReserveTitle', body: 'confirmReserveBody', confirm: 'confirmReserve', announce: 'announceReserved', changes: { reservedForSecondFactor: true }, destructive: false },
  release: { button: 'release', title: 'confirmReleaseTitle', body: 'confirmReleaseBody', confirm: 'confirmRelease', announce: 'announceReleased', changes: { reservedForSecondFactor: false }, destructive: true },
  primary: { button: 'makePrimary', title: 'confirmPrimaryTitle', body: 'confirmPrimaryBody', confirm: 'confirmPrimary', announce: 'announcePrimary', changes: { primary: true }, destructive: false },
  remove: { button: 'remove', title: 'confirmRemoveTitle', body: 'confirmRemoveBody', confirm: 'confirmRemove', announce: 'announceRemoved', changes: null, destructive: true },
};

/** The changes that make sense for a number now, in the order its buttons show. */
export function actionsFor(phoneNumber: AdminPhoneNumber): NumberAction[] {
  const verified = phoneNumber.verificationStatus === 'verified';
  return [
    !verified && 'verify',
    // Clerk refuses a second factor on an unverified number; the button would only lead to an error.
    verified && (phoneNumber.reservedForSecondFactor ? 'release' : 'reserve'),
    verified && !phoneNumber.primary && 'primary',
    'remove',
  ].filter((action): action is NumberAction => typeof action === 'string');
}
