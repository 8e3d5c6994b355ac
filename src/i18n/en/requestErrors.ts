import type { KitErrorCode } from '../../model/errors.ts';

/**
 * Messages by error code: one for every code the kit assigns itself (a new {@link KitErrorCode} without a message
 * does not type-check, here or in a translation), plus the server's codes worth saying in our own words.
 */
export type ErrorMessages = Record<KitErrorCode, string> & Record<string, string>;

/**
 * The messages for errors any request can meet: every code the kit assigns itself, and the server's about the
 * session, rate limits and records that are gone. The `errors` namespace (./errors.ts) adds the server's messages
 * about what the user submitted. The phone number list (load, remove, set as primary) submits nothing the user
 * typed, so it ships only these; the forms it opens load their own.
 */
export const requestErrors: ErrorMessages = {
  generic: 'Something went wrong. Please try again.',
  network_error: 'You appear to be offline. Check your connection and try again.',
  request_timeout: 'The server took too long to answer. Please try again.',
  request_aborted: 'The request was cancelled.',
  response_unparseable: 'The server sent an answer we could not read. Please try again later.',
  response_invalid: 'The server sent an unexpected answer. Please try again later.',
  http_error: 'The server could not complete the request. Please try again later.',
  internal_clerk_error: 'The server could not complete the request. Please try again later.',
  too_many_requests: 'Too many requests. Please wait a moment and try again.',
  resend_cooldown: 'Please wait before asking for a new code.',
  session_reverification_required: 'For your security, confirm it is you before making this change.',
  reverification_cancelled: 'The change was not made because verification was cancelled.',
  action_vetoed: 'This change is not allowed here.',
  session_missing: 'Your session could not be found. Sign in again to continue.',
  authentication_invalid: 'Your session has ended. Sign in again to continue.',
  resource_not_found: 'This phone number no longer exists. Refresh the page.',
  unsupported_change: 'This change is not supported.',
};
