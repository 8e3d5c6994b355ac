import { formatMessage } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/types.ts';
import type { PhoneKitError } from '../../model/errors.ts';

/**
 * The message for an error of the support console: its own words for the handler's and the transport's codes
 * (`supportConsole.error_<code>`: `forbidden`, `rate_limited`, `network_error`, …), else the handler's own message
 * (meant for the agent; it never carries the secret key), else a generic sentence.
 */
export function supportErrorText(error: PhoneKitError, t: Messages['supportConsole'], locale?: string): string {
  const own = (t as Record<string, string>)[`error_${error.code}`];
  const values = { message: error.message, seconds: error.retryAfter ?? '', status: error.status ?? '' };
  return formatMessage(own ?? (error.longMessage || error.message || t.error_generic), values, locale);
}
