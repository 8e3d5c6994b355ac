import { requestErrors, type ErrorMessages } from './requestErrors.ts';

export type { ErrorMessages };

/**
 * Messages for error codes: those any request can meet (./requestErrors.ts), and the server's about what the user
 * submitted (a phone number, a code, a password, a two-step setting). Looked up as `<code>__<field>`, then
 * `<code>`; the server's own message is the last fallback (see `errorMessage`).
 */
export const errors: ErrorMessages = {
  ...requestErrors,
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
  too_many_unverified_identifications: 'You have too many unverified phone numbers. Verify or remove one first.',
  update_second_factor_unverified: 'Verify this phone number before using it for two-step verification.',
  second_factor_not_enabled: 'Turn on two-step verification before creating backup codes.',
  form_password_incorrect: 'That password is incorrect. Try again.',
};
