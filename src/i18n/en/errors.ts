import type { KitErrorCode } from '../../model/errors.ts';

/**
 * Messages by error code: one for every code the kit assigns itself (a new {@link KitErrorCode} without a message
 * does not type-check, here or in a translation), plus the server's codes worth saying in our own words.
 */
export type ErrorMessages = Record<KitErrorCode, string> & Record<string, string>;

/**
 * Messages for error codes. Looked up as `<code>__<field>`, then `<code>`; the server's own message is the last
 * fallback (see `errorMessage`).
 */
export const errors: ErrorMessages = {
  generic: 'Something went wrong. Please try again.',
  network_error: 'You appear to be offline. Check your connection and try again.',
  request_timeout: 'The server took too long to answer. Please try again.',
  request_aborted: 'The request was cancelled.',
  response_unparseable: 'The server sent an answer we could not read. Please try again later.',
  response_invalid: 'The server sent an unexpected answer. Please try again later.',
  http_error: 'The server could not complete the request. Please try again later.',
  internal_clerk_error: 'The server could not complete the request. Please try again later.',
  form_identifier_exists__phone_number: 'This phone number is already in use. Try another one.',
  form_identifier_exists: 'This phone number is already in use. Try another one.',
  form_param_format_invalid__phone_number: 'Enter a valid phone number, including the country code.',
  form_param_nil__phone_number: 'Enter a phone number.',
  form_param_nil__code: 'Enter the code.',
  form_code_incorrect: 'That code is incorrect. Check the message and try again.',
  verification_expired: 'This code has expired. Get a new code to continue.',
  verification_failed: 'Too many incorrect attempts. Get a new code to continue.',
  verification_missing: 'No code has been sent yet. Send a code to continue.',
  verification_already_verified: 'This phone number is already verified.',
  too_many_requests: 'Too many requests. Please wait a moment and try again.',
  resend_cooldown: 'Please wait before asking for a new code.',
  too_many_unverified_identifications: 'You have too many unverified phone numbers. Verify or remove one first.',
  update_second_factor_unverified: 'Verify this phone number before using it for two-step verification.',
  second_factor_not_enabled: 'Turn on two-step verification before creating backup codes.',
  session_reverification_required: 'For your security, confirm it is you before making this change.',
  reverification_cancelled: 'The change was not made because verification was cancelled.',
  action_vetoed: 'This change is not allowed here.',
  session_missing: 'Your session could not be found. Sign in again to continue.',
  form_password_incorrect: 'That password is incorrect. Try again.',
  authentication_invalid: 'Your session has ended. Sign in again to continue.',
  resource_not_found: 'This phone number no longer exists. Refresh the page.',
  unsupported_change: 'This change is not supported.',
};
