/**
 * The Frontend API's transport conventions, as the handlers need them: form-encoded bodies, booleans as the
 * strings `true`/`false`, clerk-js's `POST ?_method=PATCH|DELETE` tunnelling, the session query parameter,
 * and `{ errors, clerk_trace_id }` bodies with `Retry-After` on 429.
 */
import { HttpResponse } from 'msw';
import type { PhoneKitError } from '../../model/errors.ts';
import { refusals } from './errors.ts';

/** The method the request means: the `_method` override on a POST (clerk-js style), else the real one. */
export function effectiveMethod(request: Request): string {
  const override = new URL(request.url).searchParams.get('_method');
  return request.method === 'POST' && override ? override.toUpperCase() : request.method;
}

/** 401 unless `_clerk_session_id` names the backend's session. */
export function assertSession(request: Request, sessionId: string): void {
  if (new URL(request.url).searchParams.get('_clerk_session_id') !== sessionId) throw refusals.authenticationInvalid();
}

/**
 * Reads the body as form fields. The API is form-based: an empty body is fine (no operation marks its body
 * required), form-urlencoded and multipart are read, and anything else, JSON included, is a 400, so a client
 * that sends JSON finds out here rather than against the real server.
 */
export async function readForm(request: Request): Promise<URLSearchParams> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const params = new URLSearchParams();
    for (const [key, value] of await request.formData()) if (typeof value === 'string') params.append(key, value);
    return params;
  }
  const text = await request.text();
  if (text === '') return new URLSearchParams();
  if (!type.startsWith('application/x-www-form-urlencoded')) throw refusals.bodyInvalid();
  return new URLSearchParams(text);
}

/**
 * A nullable boolean field: `true`/`false`, or `undefined` when absent or empty (the spec's `nullable`).
 * Anything else is `form_param_type_invalid`, with the status the operation declares for bad input.
 */
export function readBoolean(form: URLSearchParams, name: string, status: number): boolean | undefined {
  const value = form.get(name);
  if (value === null || value === '' || value === 'null') return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw refusals.paramTypeInvalid(name, status);
}

/** Serializes a refusal as Clerk's error body, with `Retry-After` when the error says how long to wait. */
export function errorResponse(error: PhoneKitError): Response {
  const body = {
    errors: error.errors.map((detail) => ({
      code: detail.code,
      message: detail.message,
      long_message: detail.longMessage,
      meta: { ...detail.meta },
    })),
    clerk_trace_id: error.traceId ?? undefined,
  };
  const headers = new Headers();
  if (error.retryAfter !== null) headers.set('Retry-After', String(error.retryAfter));
  return HttpResponse.json(body, { status: error.status ?? 500, headers });
}
