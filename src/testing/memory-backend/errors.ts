/**
 * Every refusal the memory backend can give, as the {@link PhoneKitError} the kit's adapters produce.
 * The direct adapter throws these as they are, and the HTTP handlers serialize the same object, so both paths
 * report the same code, status, field and `Retry-After`.
 *
 * Codes and texts follow Clerk's Frontend API where Clerk documents them; where Clerk documents nothing
 * (`verification_missing`, `second_factor_not_enabled`) the code is this backend's own, named plainly.
 * Statuses stay within what the spec declares for each operation: rule violations are 400, invalid form
 * values 422 where the operation declares 422 (create, attempt) and 400 where it does not (update, prepare).
 */
import { PhoneKitError } from '../../model/errors.ts';
import { randomTraceId } from './random.ts';

/** The error codes the memory backend uses. */
export const MemoryBackendErrorCode = {
  /** 422 (400 on prepare): a required form field is empty or missing (`phone_number`, `code`, `strategy`). */
  paramNil: 'form_param_nil',
  /** 422: `phone_number` is not a valid E.164 number. */
  paramFormatInvalid: 'form_param_format_invalid',
  /** 400/422: a form field is not of the right type (a boolean that is not `true`/`false`). */
  paramTypeInvalid: 'form_param_type_invalid',
  /** 400: a form value is not allowed (e.g. `default_second_factor=true` on a number not reserved for 2FA). */
  paramValueInvalid: 'form_param_value_invalid',
  /** 422: the number already belongs to this user or to another one. */
  identifierExists: 'form_identifier_exists',
  /** 400: the user already has as many unverified numbers as `maxUnverifiedPhoneNumbers` allows. */
  tooManyUnverified: 'too_many_unverified_identifications',
  /** 429: a code was sent to this number less than `resendIntervalMs` ago; see `retryAfter`. */
  tooManyRequests: 'too_many_requests',
  /** 400: attempt without a pending code (never prepared). This backend's own code. */
  verificationMissing: 'verification_missing',
  /** 400: the pending code's `expireAt` has passed; prepare a new one. */
  verificationExpired: 'verification_expired',
  /** 400: `maxAttempts` wrong codes; every attempt fails until a fresh prepare. */
  verificationFailed: 'verification_failed',
  /** 400: prepare or attempt on a number that is already verified. */
  alreadyVerified: 'verification_already_verified',
  /** 422: wrong code (`field` = `code`). */
  codeIncorrect: 'form_code_incorrect',
  /** 400: reserving an unverified number for two-step verification (`field` = `reserved_for_second_factor`). */
  secondFactorUnverified: 'update_second_factor_unverified',
  /** 400: backup codes requested while the user has no second factor. This backend's own code. */
  secondFactorNotEnabled: 'second_factor_not_enabled',
  /** 403: a sensitive operation while reverification is required. */
  reverificationRequired: 'session_reverification_required',
  /** 400: creating an authenticator app while one is enabled; remove it first. This backend's own code. */
  totpAlreadyEnabled: 'totp_already_enabled',
  /** 422: wrong password on session re-verification (`field` = `password`). */
  passwordIncorrect: 'form_password_incorrect',
  /** 400: a re-verification step without a started verification at that stage. This backend's own code. */
  reverificationNotStarted: 'session_verification_missing',
  /** 401: `_clerk_session_id` missing or not the backend's session (HTTP only). */
  authenticationInvalid: 'authentication_invalid',
  /** 404: no phone number with that id. */
  notFound: 'resource_not_found',
  /** 400: a request body that is not form-encoded (HTTP only). */
  bodyInvalid: 'request_body_invalid',
  /** 405: `_method` names a method the route does not serve (HTTP only). */
  methodNotAllowed: 'method_not_allowed',
  /** 500: a bug in the backend itself. */
  internal: 'internal_clerk_error',
} as const;

/** One of {@link MemoryBackendErrorCode}. */
export type MemoryBackendErrorCode = (typeof MemoryBackendErrorCode)[keyof typeof MemoryBackendErrorCode];

interface Refusal {
  status: number;
  code: MemoryBackendErrorCode;
  message: string;
  longMessage: string;
  field?: string;
  retryAfter?: number;
  cause?: unknown;
}

/** Builds the error exactly as the Frontend API adapter would parse it from the HTTP answer. */
function refusal({ status, code, message, longMessage, field, retryAfter, cause }: Refusal): PhoneKitError {
  return new PhoneKitError({
    code,
    message,
    longMessage,
    status,
    field: field ?? null,
    retryAfter: retryAfter ?? null,
    traceId: randomTraceId(),
    errors: [{ code, message, longMessage, field: field ?? null, meta: field ? { param_name: field } : {} }],
    cause,
  });
}

const C = MemoryBackendErrorCode;

/** Readable field names for the messages. */
const label: Record<string, string> = { phone_number: 'Phone number', code: 'Code', strategy: 'Strategy', password: 'Password' };

/** The refusals, one factory each. */
export const refusals = {
  paramNil: (field: string, status = 422) =>
    refusal({ status, code: C.paramNil, field, message: 'is missing', longMessage: `${label[field] ?? field} is missing.` }),
  phoneFormatInvalid: () =>
    refusal({
      status: 422,
      code: C.paramFormatInvalid,
      field: 'phone_number',
      message: 'is invalid',
      longMessage: 'Phone number must be a valid phone number according to E.164 international standard.',
    }),
  paramTypeInvalid: (field: string, status: number) =>
    refusal({ status, code: C.paramTypeInvalid, field, message: 'is invalid', longMessage: `${field} must be either true or false.` }),
  paramValueInvalid: (field: string, longMessage: string, status = 400) =>
    refusal({ status, code: C.paramValueInvalid, field, message: 'is invalid', longMessage }),
  phoneTaken: () =>
    refusal({
      status: 422,
      code: C.identifierExists,
      field: 'phone_number',
      message: 'That phone number is taken. Please try another.',
      longMessage: 'That phone number is taken. Please try another.',
    }),
  tooManyUnverified: () =>
    refusal({
      status: 400,
      code: C.tooManyUnverified,
      message: 'Too many unverified phone numbers',
      longMessage: 'You have too many unverified phone numbers. Verify or remove one before adding another.',
    }),
  tooManyRequests: (retryAfter: number) =>
    refusal({
      status: 429,
      code: C.tooManyRequests,
      retryAfter,
      message: 'Too many requests',
      longMessage: `Too many requests. Please wait ${retryAfter} seconds before requesting another code.`,
    }),
  verificationMissing: () =>
    refusal({
      status: 400,
      code: C.verificationMissing,
      message: 'No verification code was sent',
      longMessage: 'No verification code has been sent to this phone number. Request a code first.',
    }),
  verificationExpired: () =>
    refusal({
      status: 400,
      code: C.verificationExpired,
      message: 'Verification expired',
      longMessage: 'This verification has expired. You must create a new one.',
    }),
  verificationFailed: () =>
    refusal({
      status: 400,
      code: C.verificationFailed,
      message: 'Too many failed attempts',
      longMessage: 'Too many failed attempts. You have to try again with the same or another method.',
    }),
  alreadyVerified: () =>
    refusal({
      status: 400,
      code: C.alreadyVerified,
      message: 'already verified',
      longMessage: 'This verification has already been verified.',
    }),
  codeIncorrect: () =>
    refusal({ status: 422, code: C.codeIncorrect, field: 'code', message: 'Incorrect code', longMessage: 'Incorrect code' }),
  secondFactorUnverified: () =>
    refusal({
      status: 400,
      code: C.secondFactorUnverified,
      field: 'reserved_for_second_factor',
      message: 'Update failed',
      longMessage: 'Cannot update second factor attributes for unverified identification.',
    }),
  secondFactorNotEnabled: () =>
    refusal({
      status: 400,
      code: C.secondFactorNotEnabled,
      message: 'Two-step verification is not enabled',
      longMessage: 'Enable two-step verification before generating backup codes.',
    }),
  totpAlreadyEnabled: () =>
    refusal({
      status: 400,
      code: C.totpAlreadyEnabled,
      message: 'Authenticator app already enabled',
      longMessage: 'An authenticator app is already enabled. Remove it before adding another one.',
    }),
  reverificationRequired: () =>
    refusal({
      status: 403,
      code: C.reverificationRequired,
      message: 'Reverification required',
      longMessage: 'You need to provide additional verification to perform this operation',
    }),
  passwordIncorrect: () =>
    refusal({ status: 422, code: C.passwordIncorrect, field: 'password', message: 'Password is incorrect', longMessage: 'Password is incorrect. Try again, or use another method.' }),
  reverificationNotStarted: () =>
    refusal({
      status: 400,
      code: C.reverificationNotStarted,
      message: 'No session verification in progress',
      longMessage: 'Start a session verification at this stage before preparing or attempting a factor.',
    }),
  authenticationInvalid: () =>
    refusal({
      status: 401,
      code: C.authenticationInvalid,
      message: 'Invalid authentication',
      longMessage: 'Unable to authenticate the request, you need to supply an active session',
    }),
  notFound: (id: string) =>
    refusal({ status: 404, code: C.notFound, message: 'Resource not found', longMessage: `No resource was found for ID ${id}` }),
  bodyInvalid: () =>
    refusal({
      status: 400,
      code: C.bodyInvalid,
      message: 'Request body invalid',
      longMessage: 'Request bodies must be sent as application/x-www-form-urlencoded.',
    }),
  methodNotAllowed: (method: string) =>
    refusal({ status: 405, code: C.methodNotAllowed, message: 'Method not allowed', longMessage: `${method} is not allowed here.` }),
  internal: (cause?: unknown) =>
    refusal({
      status: 500,
      code: C.internal,
      message: 'Oops, an unexpected error occurred',
      longMessage: 'There was an internal error on our servers.',
      cause,
    }),
};
