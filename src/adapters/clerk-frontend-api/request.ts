/**
 * Builds the URL and `RequestInit` of one Frontend API call, following the wire rules of Clerk's spec and
 * clerk-js: form-encoded bodies, `_clerk_session_id` on `/v1/me/**`, optional method tunnelling, and the API
 * version as a query parameter. Pure: no I/O, so every rule is easy to test.
 */

/** The HTTP methods the adapter uses. */
type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Form fields of a request body. `undefined` fields are left out; booleans are sent as `true`/`false`. */
type FormFields = Record<string, string | boolean | undefined>;

/** One call as the adapter sees it, before transport concerns are added. */
export interface WireRequest {
  method: HttpMethod;
  /** Starts with `/v1/`; path segments already URL-encoded. */
  path: string;
  form?: FormFields;
}

/** Everything about the transport that was resolved for this call. */
export interface RequestContext {
  /** From {@link normalizeBaseUrl}: no trailing slash. */
  baseUrl: string;
  sessionId: string | null;
  clientToken: string | null;
  apiVersion: string | null;
  methodOverride: boolean;
}

/** The Frontend API's own form content type; the spec declares no other for request bodies. */
const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/**
 * Accepts `https://clerk.example.com`, a trailing slash, or a proxy URL with a path (`https://example.com/__clerk`).
 * A bare host (what Clerk's publishable key decodes to) gets `https://`. Throws a `TypeError` for anything
 * that is not an http(s) URL: that is a configuration mistake, reported when the adapter is created.
 */
export function normalizeBaseUrl(frontendApiUrl: string): string {
  const trimmed = frontendApiUrl.trim();
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL | null = null;
  try {
    url = new URL(withScheme);
  } catch {
    // not a URL at all: the same message as a URL of another scheme
  }
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    throw new TypeError(`frontendApiUrl must be an http(s) URL: ${JSON.stringify(frontendApiUrl)}`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** `application/x-www-form-urlencoded`, as the Frontend API requires. URLSearchParams encodes `+` as `%2B`, which E.164 needs. */
function encodeForm(fields: FormFields): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    params.append(key, typeof value === 'boolean' ? String(value) : value);
  }
  return params;
}

/** The URL and init for `fetch`, minus the signal. */
export function buildRequest(context: RequestContext, request: WireRequest): { url: string; init: RequestInit } {
  const url = new URL(`${context.baseUrl}${request.path}`);
  // clerk-js sends the session on every path outside /client; the spec forgets it on some /v1/me paths.
  if (context.sessionId && request.path.startsWith('/v1/me')) url.searchParams.set('_clerk_session_id', context.sessionId);
  // As a query parameter, never the Clerk-API-Version header: the header would force a CORS preflight, and
  // sending both is an invalid request.
  if (context.apiVersion) url.searchParams.set('__clerk_api_version', context.apiVersion);

  const headers = new Headers({ Accept: 'application/json' });
  if (context.clientToken) {
    // Native apps: the spec's ProductionNativeApp + ProductionNativeFlag schemes only work together.
    headers.set('Authorization', `Bearer ${context.clientToken}`);
    url.searchParams.set('_is_native', 'true');
  }

  let method: HttpMethod = request.method;
  if (context.methodOverride && (method === 'PATCH' || method === 'DELETE')) {
    // clerk-js tunnels PATCH/DELETE through POST: a "simple" request needs no CORS preflight, which Safari
    // would otherwise send without the __client cookie.
    url.searchParams.set('_method', method);
    method = 'POST';
  }

  const init: RequestInit = { method, headers, credentials: 'include' };
  if (method !== 'GET') {
    // Every non-GET gets the form content type, with or without fields, as clerk-js does; it is CORS-safelisted.
    headers.set('Content-Type', FORM_CONTENT_TYPE);
    init.body = encodeForm(request.form ?? {}).toString();
  }
  return { url: url.toString(), init };
}
