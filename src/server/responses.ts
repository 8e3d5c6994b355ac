/** JSON answers of the admin handler. Never cached: they describe one user's account right now. */
import type { AdminHttpError } from './AdminHttpError.ts';

const baseHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/** A 200 (or `status`) JSON answer. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: baseHeaders });
}

/** The error's `{ error: { code, message } }` with its status, `Retry-After` kept on a 429, `Allow` on a 405. */
export function errorResponse(error: AdminHttpError, extraHeaders: Record<string, string> = {}): Response {
  const headers: Record<string, string> = { ...baseHeaders, ...extraHeaders };
  if (error.retryAfter !== null) headers['retry-after'] = error.retryAfter;
  return new Response(JSON.stringify(error.toBody()), { status: error.status, headers });
}
