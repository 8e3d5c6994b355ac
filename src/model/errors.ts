/** Codes the kit itself assigns, for failures that never reached (or never came back from) the server. */
export const KitErrorCode = {
  /** `fetch` rejected: offline, DNS, CORS, connection reset. */
  network: 'network_error',
  /** The request took longer than the adapter's timeout. */
  timeout: 'request_timeout',
  /** The caller aborted the request through its `AbortSignal`. */
  aborted: 'request_aborted',
  /** The body was not JSON (an HTML error page, a truncated body). */
  unparseable: 'response_unparseable',
  /** The body was JSON but not the shape the API promises; `field` names the offending path. */
  invalid: 'response_invalid',
  /** The server answered an error status without a usable `{errors: […]}` body. */
  http: 'http_error',
} as const;

/** One of the kit's own codes. */
export type KitErrorCode = (typeof KitErrorCode)[keyof typeof KitErrorCode];

/** One entry of Clerk's `{ errors: [...] }` body, camelCased. */
export interface ApiErrorDetail {
  code: string;
  message: string;
  longMessage: string;
  /** The request field the error is about (`meta.param_name`), e.g. `phone_number` or `code`. */
  field: string | null;
  meta: Record<string, unknown>;
}

/** What a {@link PhoneKitError} is made from. */
export interface PhoneKitErrorInit {
  code: string;
  message: string;
  longMessage?: string | null;
  status?: number | null;
  field?: string | null;
  retryAfter?: number | null;
  traceId?: string | null;
  errors?: ApiErrorDetail[];
  cause?: unknown;
}

/**
 * The one error type of the kit. Every adapter rejects with it, whatever went wrong, so hooks and components
 * handle a single shape: server errors keep Clerk's `code` (e.g. `form_code_incorrect`); failures of the
 * transport use the codes in {@link KitErrorCode}.
 */
export class PhoneKitError extends Error {
  override readonly name = 'PhoneKitError';
  /** Clerk's error code, or one of {@link KitErrorCode}. */
  declare readonly code: string;
  /** HTTP status; `null` when no response arrived. */
  declare readonly status: number | null;
  /** The longer, user-facing explanation (Clerk's `long_message`), else the short message. */
  declare readonly longMessage: string;
  /** The request field at fault (`meta.param_name`), or the response path for `response_invalid`. */
  declare readonly field: string | null;
  /** Seconds to wait before trying again, from the `Retry-After` header. */
  declare readonly retryAfter: number | null;
  /** The server's trace id (`clerk_trace_id`), for support requests. */
  declare readonly traceId: string | null;
  /** Every error the server listed; the first one gave `code`, `message` and `field`. */
  declare readonly errors: ApiErrorDetail[];

  constructor(init: PhoneKitErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status ?? null;
    this.longMessage = init.longMessage ?? init.message;
    this.field = init.field ?? null;
    this.retryAfter = init.retryAfter ?? null;
    this.traceId = init.traceId ?? null;
    this.errors = init.errors ?? [];
  }
}

/** True for a {@link PhoneKitError}, optionally with the given code. */
export function isPhoneKitError(error: unknown, code?: string): error is PhoneKitError {
  return error instanceof PhoneKitError && (code === undefined || error.code === code);
}

/**
 * `error` as a {@link PhoneKitError}: itself, or wrapped with `code` (default `generic`) and its message, so code
 * that shows errors handles one type even when something unforeseen (a bug) throws.
 */
export function asPhoneKitError(error: unknown, code: string = 'generic'): PhoneKitError {
  if (error instanceof PhoneKitError) return error;
  return new PhoneKitError({ code, message: error instanceof Error ? error.message : String(error), cause: error });
}
