import { errorMessage, formatMessage, type Messages } from '../../i18n/index.ts';
import type { PhoneKitError } from '../../model/errors.ts';

/**
 * What to say about the last failed send, or `null`. A rate limit names the seconds the cooldown has left (which
 * `Retry-After` started), so it counts with the resend button, and goes away with the cooldown, when it is no longer true.
 */
export function sendErrorText(error: PhoneKitError | null, secondsUntilResend: number, messages: Pick<Messages, 'errors' | 'verifyPhoneNumber'>, locale?: string): string | null {
  if (!error) return null;
  if (error.status !== 429) return errorMessage(error, messages, locale);
  if (secondsUntilResend <= 0) return null;
  return formatMessage(messages.verifyPhoneNumber.sendRateLimited, { seconds: secondsUntilResend }, locale);
}
