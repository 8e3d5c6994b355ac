/**
 * Turns everything that can go wrong on the wire into a {@link PhoneKitError}: Clerk's `{ errors: [...] }`
 * bodies, error statuses without such a body, bodies that are not JSON, and failures of `fetch` itself.
 */
import { errorFromDetails, KitErrorCode, PhoneKitError, type ApiErrorDetail } from '../../model/errors.ts';

/** What the transport knows about a response when it builds an error from it. */
export interface ResponseFacts {
  status: number;
  statusText: string;
  headers: Headers;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Reads `Retry-After` as whole seconds. The header is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3);
 * Clerk sends seconds, but proxies and CDNs in front of a Frontend API may send a date. A date in the past
 * means "now" (0). Anything else is ignored rather than guessed at.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number.parseInt(trimmed, 10);
  // Date.parse also accepts bare numbers and ISO strings; an HTTP-date always names a weekday and "GMT".
  if (!/GMT$/i.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Clerk puts the trace id in the body (`clerk_trace_id`); some error bodies only carry it in `meta.trace_id`
 * (top level or on the first error), and the header is there even when the body is an HTML page from a proxy.
 */
function readTraceId(body: unknown, headers: Headers): string | null {
  if (isObject(body)) {
    const fromBody = stringOrNull(body['clerk_trace_id']);
    if (fromBody) return fromBody;
    const meta = body['meta'];
    const fromMeta = isObject(meta) ? stringOrNull(meta['trace_id']) : null;
    if (fromMeta) return fromMeta;
    const errors = body['errors'];
    if (Array.isArray(errors) && isObject(errors[0]) && isObject(errors[0]['meta'])) {
      const fromError = stringOrNull(errors[0]['meta']['trace_id']);
      if (fromError) return fromError;
    }
  }
  return stringOrNull(headers.get('x-clerk-trace-id'));
}

/**
 * One entry of `errors`, read leniently: the spec requires `message` and `long_message`, but clerk-js treats
 * `long_message` as optional and a half-filled entry still says more than a bare status. Only `code` is needed.
 */
function toDetail(entry: unknown): ApiErrorDetail | null {
  if (!isObject(entry)) return null;
  const code = stringOrNull(entry['code']);
  if (!code) return null;
  const message = stringOrNull(entry['message']) ?? stringOrNull(entry['long_message']) ?? code;
  const meta = isObject(entry['meta']) ? entry['meta'] : {};
  return {
    code,
    message,
    longMessage: stringOrNull(entry['long_message']) ?? message,
    field: stringOrNull(meta['param_name']),
    meta,
  };
}

function httpStatusMessage(facts: ResponseFacts): string {
  const text = facts.statusText.trim();
  return `Clerk's Frontend API answered HTTP ${facts.status}${text ? ` ${text}` : ''}`;
}

/**
 * The error for a non-2xx response. `body` is the parsed JSON, or `undefined` when the body was empty or not
 * JSON. An error status with an HTML page (a proxy, a gateway timeout) is still an HTTP error, not an
 * unparseable success, so it becomes `http_error` with the status; so does a JSON body with `errors: []`.
 */
export function errorFromResponse(facts: ResponseFacts, body: unknown): PhoneKitError {
  const entries = isObject(body) && Array.isArray(body['errors']) ? body['errors'] : [];
  const details = entries.map(toDetail).filter((detail): detail is ApiErrorDetail => detail !== null);
  return errorFromDetails(details, {
    message: httpStatusMessage(facts),
    status: facts.status,
    retryAfter: parseRetryAfter(facts.headers.get('retry-after')),
    traceId: readTraceId(body, facts.headers),
  });
}

/** A 2xx whose body is not JSON: the request may well have succeeded, but the kit cannot tell what it did. */
export function unparseableError(facts: ResponseFacts, cause: unknown): PhoneKitError {
  return new PhoneKitError({
    code: KitErrorCode.unparseable,
    message: `Clerk's Frontend API answered HTTP ${facts.status} with a body that is not JSON`,
    status: facts.status,
    traceId: readTraceId(undefined, facts.headers),
    cause,
  });
}

/** `fetch` rejected (offline, DNS, CORS) or a getter for the session id or client token threw. */
export function networkError(cause: unknown, message = "Could not reach Clerk's Frontend API"): PhoneKitError {
  if (cause instanceof PhoneKitError) return cause;
  return new PhoneKitError({ code: KitErrorCode.network, message, cause });
}

/** The adapter's own deadline passed. */
export function timeoutError(timeoutMs: number): PhoneKitError {
  return new PhoneKitError({ code: KitErrorCode.timeout, message: `The request took longer than ${timeoutMs} ms` });
}

/**
 * Adds what the transport knows (status, trace id) to a `response_invalid` error from a model parser, which
 * only sees the JSON. Other errors pass through unchanged.
 */
export function withResponseFacts(error: unknown, facts: ResponseFacts, body: unknown): unknown {
  if (!(error instanceof PhoneKitError) || error.status !== null) return error;
  // The error's own fields, plus `message` and `cause`, which `Error` keeps non-enumerable.
  return new PhoneKitError({
    ...error,
    message: error.message,
    cause: error.cause,
    status: facts.status,
    traceId: error.traceId ?? readTraceId(body, facts.headers),
  });
}
