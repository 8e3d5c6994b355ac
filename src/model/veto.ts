/**
 * A change the host refused through `onBeforeAction`: the error it becomes, and the host's own words for the user
 * when it gave some. The reason travels in the error's detail (not its code), so the catalog still has one message
 * for `action_vetoed` and a host's sentence is shown as written, in the host's language.
 */
import { KitErrorCode, PhoneKitError } from './errors.ts';

/** The English sentence for logs when the host gave no reason (the user sees the catalog's `action_vetoed`). */
const NO_REASON = 'The application did not allow this change.';

/** The error of a vetoed change; `reason` is the host's sentence for the user, or `null` for the catalog's. */
export function vetoedError(reason: string | null): PhoneKitError {
  const message = reason ?? NO_REASON;
  return new PhoneKitError({
    code: KitErrorCode.actionVetoed,
    message,
    errors: [{ code: KitErrorCode.actionVetoed, message, longMessage: message, field: null, meta: { hostReason: reason } }],
  });
}

/** The host's reason for a vetoed change, or `null` (another error, or a veto without words). */
export function vetoReason(error: PhoneKitError): string | null {
  if (error.code !== KitErrorCode.actionVetoed) return null;
  const reason = error.errors[0]?.meta['hostReason'];
  return typeof reason === 'string' && reason.trim() !== '' ? reason : null;
}
