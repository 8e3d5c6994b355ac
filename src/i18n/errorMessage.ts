import type { PhoneKitError } from '../model/errors.ts';
import { vetoReason } from '../model/veto.ts';
import { formatMessage } from './format.ts';
import type { Messages } from './types.ts';

/**
 * The message to show for an error: the catalog's `<code>__<field>`, then `<code>`, then the server's own long
 * message, then a generic sentence. `{seconds}` is filled from `retryAfter`, in the locale's digits when `locale` is given.
 */
export function errorMessage(error: PhoneKitError, messages: Pick<Messages, 'errors'>, locale?: string): string {
  // A host's reason for refusing a change (`onBeforeAction`) is already in the user's words and language.
  const reason = vetoReason(error);
  if (reason) return reason;
  const table = messages.errors;
  const template =
    (error.field ? table[`${error.code}__${error.field}`] : undefined) ??
    table[error.code] ??
    (error.longMessage || error.message || table['generic']) ??
    'Error';
  return formatMessage(template, { seconds: error.retryAfter ?? '' }, locale);
}
