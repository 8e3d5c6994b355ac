import { errorMessage } from '../../i18n/errorMessage.ts';
import { formatMessage } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/types.ts';
import type { PhoneKitError } from '../../model/errors.ts';

/**
 * The message for an error of the support handler: the console's own words for the handler's codes
 * (`forbidden`, `rate_limited`, …, in `supportConsole.error_<code>`), else the kit's error catalog (Clerk's codes,
 * `network_error`, …). `{message}` is the handler's own text (meant for the agent, never the secret key).
 */
export function supportErrorText(error: PhoneKitError, messages: Pick<Messages, 'errors' | 'supportConsole'>, locale?: string): string {
  const own = (messages.supportConsole as Record<string, string>)[`error_${error.code}`];
  if (!own) return errorMessage(error, messages, locale);
  return formatMessage(own, { message: error.message, seconds: error.retryAfter ?? '' }, locale);
}
