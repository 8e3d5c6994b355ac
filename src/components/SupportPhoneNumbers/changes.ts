/**
 * The changes an agent can make to one number and what each sends. Each change's words follow one naming rule in
 * the catalog (`confirm<Name>Title`, `confirm<Name>Body`, `confirm<Name>`, `announce<Done>`), so a row's button, its
 * confirmation and its announcement never disagree.
 */
import type { AdminPhoneNumber, AdminUpdatePhoneNumberBody } from '../../model/admin.ts';

/** One change to an existing number. */
export type NumberAction = 'verify' | 'reserve' | 'release' | 'primary' | 'remove';

/** The PATCH body of each change; `null` for remove (a DELETE). */
export const ACTION_CHANGES: Record<NumberAction, AdminUpdatePhoneNumberBody | null> = {
  verify: { verified: true },
  reserve: { reservedForSecondFactor: true },
  release: { reservedForSecondFactor: false },
  primary: { primary: true },
  remove: null,
};

/** The catalog keys of a change's words (`supportPhoneNumbers.*`). */
export function actionKeys(action: NumberAction) {
  const name = (action[0]!.toUpperCase() + action.slice(1)) as Capitalize<NumberAction>;
  const button = ({ verify: 'markVerified', reserve: 'reserve', release: 'release', primary: 'makePrimary', remove: 'remove' } as const)[action];
  const announce = ({ verify: 'Verified', reserve: 'Reserved', release: 'Released', primary: 'Primary', remove: 'Removed' } as const)[action];
  return { button, title: `confirm${name}Title`, body: `confirm${name}Body`, confirm: `confirm${name}`, announce: `announce${announce}` } as const;
}

/** Changes whose confirm button shows the danger colour: they take something away. */
export const isDestructive = (action: NumberAction) => action === 'release' || action === 'remove';

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
