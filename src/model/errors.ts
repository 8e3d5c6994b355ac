/**
 * Codes the kit itself assigns: for failures that never reached (or never came back from) the server, and for
 * what the kit refuses or gives up on by itself. Every one has a message in the English catalog.
 */
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
  /** A new code was asked for during the resend cooldown; nothing was sent. `retryAfter` says how long to wait. */
  resendCooldown: 'resend_cooldown',
  /** The host's reverification handler called `cancel()`, so the change was not made. */
  reverificationCancelled: 'reverification_cancelled',
  /** The host's `onBeforeAction` refused the change before any request was made; see `vetoReason` for its words. */
  actionVetoed: 'action_vetoed',
  /** Re-verifying needs the signed-in session, and the adapter was given none (its `sessionId` or `session` option). */
  sessionMissing: 'session_missing',
  /** Something unforeseen (a bug) threw; see {@link asPhoneKitError}. */
  generic: 'generic',
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

/** What an error answer told beside its `errors` list; `message` is used only when the list is empty. */
export type ErrorAnswerFacts = Pick<PhoneKitErrorInit, 'message' | 'status' | 'retryAfter' | 'traceId' | 'cause'>;

/**
 * The error for a server's error answer, whichever adapter read it: the first detail gives `code`, `message`,
 * `longMessage` and `field`, and every detail is kept in `errors`; with no detail it is `http_error`.
 */
export function errorFromDetails(details: ApiErrorDetail[], facts: ErrorAnswerFacts): PhoneKitError {
  const first = details[0];
  if (!first) return new PhoneKitError({ ...facts, code: KitErrorCode.http });
  return new PhoneKitError({
    ...facts,
    code: first.code,
    message: first.message,
    longMessage: first.longMessage,
    field: first.field,
    errors: details,
  });
}

/** The error of a call whose `AbortSignal` fired; the signal's `reason` goes in as `cause`. */
export function abortedError(cause?: unknown): PhoneKitError {
  return new PhoneKitError({ code: KitErrorCode.aborted, message: 'The request was aborted.', cause });
}

/** True for a {@link PhoneKitError}, optionally with the given code. */
export function isPhoneKitError(error: unknown, code?: string): error is PhoneKitError {
  return error instanceof PhoneKitError && (code === undefined || error.code === code);
}

/**
 * `error` as a {@link PhoneKitError}: itself, or wrapped with `code` (default `generic`) and its message, so code
 * that shows errors handles one type even when something unforeseen (a bug) throws.
 */
export function asPhoneKitError(error: unknown, code: string = KitErrorCode.generic): PhoneKitError {
  if (error instanceof PhoneKitError) return error;
  return new PhoneKitError({ code, message: error instanceof Error ? error.message : String(error), cause: error });
}
