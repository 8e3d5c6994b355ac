/**
 * Strings shared by the support console's components (`phone-number-kit/support`). Errors are worded here by code
 * (`error_<code>`), not in the kit's error catalog: the console's errors are the handler's and the transport's, and
 * the whole catalog would cost the support entry ~1 KB gzip. Other codes show the handler's own (agent-facing) message.
 */
export const supportConsole = {
  /** How a user is named when they have neither a name nor a username: their id. */
  unnamedUser: 'User {id}',
  loadingUser: 'Loading the user…',
  userLoadFailed: 'The user could not be loaded.',
  noUser: 'Pick a user first.',
  phoneLabel: 'Phone number',
  /** `{example}` is `phoneExample`, shown as the kit shows numbers. */
  phoneHint: 'International format with the country code, e.g. {example}.',
  /** An E.164 number for the examples, from the locale's country. */
  phoneExample: '+12015550123',
  phoneEmpty: 'Enter a phone number.',
  phoneInvalid: 'Enter the number with + and the country code, e.g. {example}.',
  statusVerified: 'Verified',
  statusUnverified: 'Unverified',
  statusFailed: 'Verification failed',
  statusExpired: 'Verification expired',
  statusNone: 'Never verified',
  error_generic: 'Something went wrong. Try again.',
  error_network_error: 'Could not reach the support server. Check your connection and try again.',
  error_request_timeout: 'The support server took too long to answer. Try again.',
  error_request_aborted: 'The request was cancelled.',
  error_response_unparseable: 'The support server sent an answer that could not be read.',
  error_response_invalid: 'The support server sent an unexpected answer.',
  error_http_error: 'The support server could not complete the request (HTTP {status}).',
  error_form_identifier_exists: 'This phone number is already in use by another account.',
  error_unauthorized: 'Your support session has ended. Sign in again.',
  error_forbidden: 'You are not allowed to make this change.',
  error_not_found: 'This user or phone number no longer exists. Search again.',
  error_invalid_request: 'The request was not valid: {message}',
  error_conflict: 'This change conflicts with the account as it is now. Reload the user and try again.',
  error_unprocessable: 'Clerk refused the change: {message}',
  error_rate_limited: 'Too many requests. Wait {seconds} seconds and try again.',
  error_upstream_error: 'Clerk could not complete the request. Try again in a moment.',
  error_upstream_timeout: 'Clerk took too long to answer. Try again in a moment.',
};
