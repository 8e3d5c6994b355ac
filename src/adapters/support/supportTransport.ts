/**
 * Sends one request to the support handler and hands back its JSON, or rejects with a `PhoneKitError`. JSON in and
 * out; state-changing requests carry `content-type: application/json` and `x-phone-number-kit: 1`, which the handler
 * requires so a cross-site form cannot trigger them. The deadline and the error helpers are the Frontend API
 * adapter's: only the body format and the error shape (`{ error: { code, message } }`) differ.
 */
import { KitErrorCode, PhoneKitError } from '../../model/errors.ts';
import { startDeadline } from '../clerk-frontend-api/deadline.ts';
import { networkError, parseRetryAfter, type ResponseFacts } from '../clerk-frontend-api/errors.ts';
import type { WireResult } from '../clerk-frontend-api/transport.ts';

/** One call to the handler. */
export interface SupportRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Starts with `/`; path segments and query values already URL-encoded. */
  path: string;
  body?: object;
}

/** Extra headers (e.g. a CSRF token), or a getter read before every request. */
export type SupportHeaders = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** The transport's settings, already defaulted by the adapter factory. */
export interface SupportTransportConfig {
  /** No trailing slash. */
  baseUrl: string;
  headers: SupportHeaders | undefined;
  timeoutMs: number;
  /** `undefined` means `globalThis.fetch`, looked up per call so that interceptors installed later (MSW) apply. */
  fetch: typeof globalThis.fetch | undefined;
}

const UNREACHABLE = 'Could not reach the support server';

/**
 * `ADMIN_REQUEST_HEADER` of model/admin.ts, written out: the library build inlines an imported string constant and
 * leaves a bare `import` of admin.js behind, which esbuild warns about in every app (test/adapters/support checks
 * the two agree).
 */
export const SUPPORT_REQUEST_HEADER = 'x-phone-number-kit';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The handler's `{ error: { code, message } }`; anything else (a proxy's HTML page) is an `http_error` with the status. */
function errorFromAnswer(facts: ResponseFacts, body: unknown): PhoneKitError {
  const detail = isObject(body) && isObject(body['error']) ? body['error'] : null;
  const code = detail && typeof detail['code'] === 'string' && detail['code'] ? detail['code'] : null;
  const message = detail && typeof detail['message'] === 'string' ? detail['message'] : '';
  return new PhoneKitError({
    code: code ?? KitErrorCode.http,
    message: message || `The support server answered HTTP ${facts.status}`,
    status: facts.status,
    retryAfter: parseRetryAfter(facts.headers.get('retry-after')),
  });
}

async function resolveHeaders(source: SupportHeaders | undefined): Promise<Headers> {
  try {
    return new Headers(typeof source === 'function' ? await source() : source);
  } catch (error) {
    throw networkError(error, 'Could not read the headers for the request');
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Creates the `send` function of one support adapter. */
export function createSupportTransport(config: SupportTransportConfig) {
  return async function send(request: SupportRequest, callerSignal?: AbortSignal): Promise<WireResult> {
    const deadline = startDeadline(callerSignal, config.timeoutMs);
    // Nobody may be listening when the deadline fires after the answer; the losing promise must not go unhandled.
    const race = <T,>(work: Promise<T>) => {
      work.catch(() => {});
      return Promise.race([work, deadline.fired]);
    };
    try {
      const early = deadline.reason();
      if (early) throw early;
      const headers = await race(resolveHeaders(config.headers));
      headers.set('accept', 'application/json');
      const init: RequestInit = { method: request.method, headers, credentials: 'same-origin', signal: deadline.signal };
      if (request.method !== 'GET') {
        headers.set('content-type', 'application/json');
        headers.set(SUPPORT_REQUEST_HEADER, '1');
        if (request.body) init.body = JSON.stringify(request.body);
      }
      const fetchImpl = config.fetch ?? globalThis.fetch;
      let response: Response;
      try {
        response = await race(Promise.resolve().then(() => fetchImpl(`${config.baseUrl}${request.path}`, init)));
      } catch (error) {
        throw deadline.reason() ?? networkError(error, UNREACHABLE);
      }
      const facts: ResponseFacts = { status: response.status, statusText: response.statusText, headers: response.headers };
      let text: string;
      try {
        text = await race(response.text());
      } catch (error) {
        throw deadline.reason() ?? (response.ok ? networkError(error, UNREACHABLE) : errorFromAnswer(facts, undefined));
      }
      const parsed = parseJson(text);
      if (!response.ok) throw errorFromAnswer(facts, parsed.ok ? parsed.value : undefined);
      if (!parsed.ok) {
        throw new PhoneKitError({
          code: KitErrorCode.unparseable,
          message: `The support server answered HTTP ${facts.status} with a body that is not JSON`,
          status: facts.status,
          cause: parsed.error,
        });
      }
      return { json: parsed.value, facts };
    } catch (error) {
      throw error instanceof PhoneKitError ? error : networkError(error, UNREACHABLE);
    } finally {
      deadline.dispose();
    }
  };
}

/**
 * Parses a 2xx answer with a model parser, adding the status to a `response_invalid`. The Frontend API adapter's
 * `decode` also looks for Clerk's trace id, which this handler never sends (and which cost the entry 0.25 KB gzip).
 */
export function decodeAnswer<T>(result: WireResult, parse: (json: unknown) => T): T {
  try {
    return parse(result.json);
  } catch (error) {
    if (!(error instanceof PhoneKitError) || error.status !== null) throw error;
    throw new PhoneKitError({ ...error, message: error.message, cause: error.cause, status: result.facts.status });
  }
}
