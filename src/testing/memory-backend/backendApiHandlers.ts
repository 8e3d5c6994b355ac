/**
 * The reference backend as Clerk's Backend API: the routes `phone-number-kit/server` calls, over the SAME engine
 * as the Frontend API handlers and the direct adapter, so a change made by the support console shows in the user's
 * settings page and the reverse. Fetch-style (`Request` in, `Response` out) and msw-free, so it serves a test's
 * `fetch`, a Node example server and (wrapped in `testing/msw`) Storybook alike. JSON in and out, as the Backend
 * API is; every request needs `Authorization: Bearer <secretKey>` (401 otherwise).
 */
import { isPhoneKitError, type PhoneKitError } from '../../model/errors.ts';
import { backendPhoneNumberJson, backendUserJson } from './backendApiJson.ts';
import type { MemoryEngine } from './engine.ts';
import { refusals } from './errors.ts';
import {
  adminCreatePhoneNumber,
  adminDeletePhoneNumber,
  adminUpdatePhoneNumber,
  attemptCallerCheck,
  callerCheckJson,
  disableMfa,
  prepareCallerCheck,
  requireUser,
  type AdminPhoneChanges,
  type CallerCheck,
} from './rules/backend-api.ts';
import { USER_ID } from './rules/account.ts';
import { requireRecord } from './state.ts';

/** A fetch-style Backend API. */
export type BackendApiFetch = (request: Request) => Promise<Response>;

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Clerk's `ClerkErrors` body, with `Retry-After` when the refusal says how long to wait. */
function errorJson(error: PhoneKitError): Response {
  const body = {
    errors: error.errors.map((detail) => ({ code: detail.code, message: detail.message, long_message: detail.longMessage, meta: { ...detail.meta } })),
    clerk_trace_id: error.traceId ?? undefined,
  };
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (error.retryAfter !== null) headers['retry-after'] = String(error.retryAfter);
  return new Response(JSON.stringify(body), { status: error.status ?? 500, headers });
}

type Body = Record<string, unknown>;

/** The JSON object body; a missing body is `{}`; anything else is 400 `request_body_invalid`. */
async function readJson(request: Request): Promise<Body> {
  const text = await request.text();
  if (text.trim() === '') return {};
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) throw refusals.bodyInvalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refusals.bodyInvalid();
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw refusals.bodyInvalid();
  return parsed as Body;
}

/** A nullable boolean (`null` or absent is `undefined`); anything else is `form_param_type_invalid`. */
function readBoolean(body: Body, name: string, status: number): boolean | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw refusals.paramTypeInvalid(name, status);
  return value;
}

/** A required string; `status` is what the operation declares for bad input (422 on create, 400 on attempt). */
function readString(body: Body, name: string, status: number): string {
  const value = body[name];
  if (value === undefined || value === null || value === '') throw refusals.paramNil(name, status);
  if (typeof value !== 'string') throw refusals.paramTypeInvalid(name, status);
  return value;
}

function readChanges(body: Body, status: number): AdminPhoneChanges {
  return {
    verified: readBoolean(body, 'verified', status),
    reservedForSecondFactor: readBoolean(body, 'reserved_for_second_factor', status),
    primary: readBoolean(body, 'primary', status),
  };
}

/**
 * Creates the Backend API for `engine`. Caller checks (`prepare_verification`) live here, apart from the numbers'
 * own verifications, as the spec describes; `reset()` of the backend leaves old ones unusable only by expiry.
 */
export function createBackendApiFetch(engine: MemoryEngine): BackendApiFetch {
  const { config } = engine;
  const checks = new Map<string, CallerCheck>();
  // The API may sit under a path (`https://host/clerk`); routes are matched below it.
  const basePath = new URL(config.backendApiUrl).pathname.replace(/\/+$/, '');
  const user = () => engine.admin((ctx) => backendUserJson(ctx));

  async function route(request: Request, url: URL): Promise<Response> {
    if (!url.pathname.startsWith(`${basePath}/`)) throw refusals.notFound(url.pathname);
    let parts: string[];
    try {
      parts = url.pathname.slice(basePath.length).replace(/\/+$/, '').split('/').slice(1).map(decodeURIComponent);
    } catch {
      throw refusals.notFound(url.pathname);
    }
    const method = request.method.toUpperCase();
    const [v1, resource, id, action, extra] = parts;
    if (v1 !== 'v1' || extra !== undefined) throw refusals.notFound(url.pathname);

    if (resource === 'users') {
      if (id === undefined && method === 'GET') {
        const wanted = url.searchParams.getAll('phone_number');
        const current = user();
        const matches = wanted.length === 0 || current.phone_numbers.some((phone) => wanted.includes(phone.phone_number));
        return json(matches ? [current] : []);
      }
      if (id !== undefined && action === undefined && method === 'GET') {
        requireUser(id);
        return json(user());
      }
      if (id !== undefined && action === 'mfa' && method === 'DELETE') return json(engine.admin((ctx) => disableMfa(ctx, id)));
    }

    if (resource === 'phone_numbers') {
      if (id === undefined && method === 'POST') {
        const body = await readJson(request);
        const userId = readString(body, 'user_id', 422);
        const phoneNumber = readString(body, 'phone_number', 422);
        const changes = readChanges(body, 422);
        return json(backendPhoneNumberJson(engine.admin((ctx) => adminCreatePhoneNumber(ctx, userId, phoneNumber, changes))));
      }
      if (id !== undefined && action === undefined) {
        if (method === 'GET') return json(backendPhoneNumberJson(engine.admin((ctx) => ({ ...requireRecord(ctx.state, id).phone }))));
        if (method === 'PATCH') {
          const changes = readChanges(await readJson(request), 400);
          return json(backendPhoneNumberJson(engine.admin((ctx) => adminUpdatePhoneNumber(ctx, id, changes))));
        }
        if (method === 'DELETE') return json(engine.admin((ctx) => adminDeletePhoneNumber(ctx, id)));
      }
      if (id !== undefined && action === 'prepare_verification' && method === 'POST') {
        return json(callerCheckJson(engine.admin((ctx) => prepareCallerCheck(ctx, id, checks))));
      }
      if (id !== undefined && action === 'attempt_verification' && method === 'POST') {
        const body = await readJson(request);
        const unknown = Object.keys(body).find((key) => key !== 'verification_id' && key !== 'code');
        if (unknown !== undefined) throw refusals.paramValueInvalid(unknown, `${unknown} is not a parameter of this request.`);
        const verificationId = readString(body, 'verification_id', 400);
        const code = readString(body, 'code', 400);
        return json(callerCheckJson(engine.admin((ctx) => attemptCallerCheck(ctx, id, verificationId, code, checks))));
      }
    }
    throw refusals.notFound(url.pathname);
  }

  return async (request) => {
    if (config.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, config.latencyMs));
    try {
      if (request.headers.get('authorization') !== `Bearer ${config.secretKey}`) throw refusals.authenticationInvalid();
      return await route(request, new URL(request.url));
    } catch (error) {
      return errorJson(isPhoneKitError(error) && error.status !== null ? error : refusals.internal(error));
    }
  };
}

/** The one user id the Backend API knows (for tests and demos). */
export const MEMORY_BACKEND_USER_ID = USER_ID;
