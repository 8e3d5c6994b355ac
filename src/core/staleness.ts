import type { PhoneKitError } from '../model/errors.ts';

/**
 * Failures after which the cached list may no longer be the server's: the answer was lost on its way back, so the
 * change may well have been made (offline, timeout, a body that could not be read), or the refusal itself shows
 * the cache is out of date (the number is gone, or already verified). After these the list is read again, so the
 * page shows what the server did instead of a rolled-back guess that would last until the list goes stale.
 */
const STALE_AFTER: ReadonlySet<string> = new Set([
  'network_error',
  'request_timeout',
  'response_unparseable',
  'response_invalid',
  'resource_not_found',
  'verification_already_verified',
]);

export function listMayBeStale(error: PhoneKitError): boolean {
  return STALE_AFTER.has(error.code);
}
