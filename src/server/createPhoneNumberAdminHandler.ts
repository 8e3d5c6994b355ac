/**
 * The support console's server side: one fetch-style handler over Clerk's Backend API that denies by default.
 * Order on every request: `authorize` (401), route (404/405), the agent's operations (403), for changes the
 * non-simple-request checks (415/403), input checks (400), then Clerk. Nothing answers before `authorize`.
 */
import { ADMIN_REQUEST_HEADER, DEFAULT_ADMIN_BASE_PATH, type AdminOperation } from '../model/admin.ts';
import { AdminHttpError, invalidRequest } from './AdminHttpError.ts';
import { createClerkBackend } from './clerkBackend.ts';
import { runOperation, type OperationTarget } from './operations.ts';
import type { AdminAgent, AdminAuditEvent, PhoneNumberAdminHandlerOptions } from './options.ts';
import { errorResponse, jsonResponse } from './responses.ts';
import { findRoute, type RouteMatch } from './routes.ts';
import { MAX_BODY_BYTES } from './validate.ts';

/** A fetch-style handler: a `Request` in, a `Response` out (Next.js route handlers, Hono, Deno, Bun, workers). */
export type PhoneNumberAdminHandler = (request: Request) => Promise<Response>;

const DEFAULT_API_URL = 'https://api.clerk.com';
const DEFAULT_TIMEOUT_MS = 10_000;

function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/\/+$/, '');
  return trimmed === '' ? '' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function isAgent(value: unknown): value is AdminAgent {
  if (!value || typeof value !== 'object') return false;
  const { id, operations } = value as Partial<AdminAgent>;
  return typeof id === 'string' && id !== '' && (operations === 'all' || Array.isArray(operations));
}

const mayDo = (agent: AdminAgent, operation: AdminOperation) => agent.operations === 'all' || agent.operations.includes(operation);

/** The body of a change as JSON (`undefined` when empty), after the checks that keep cross-site forms out. */
async function readJsonBody(request: Request): Promise<unknown> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new AdminHttpError(415, 'unsupported_media_type', 'Changes must be sent as JSON (content-type: application/json).');
  }
  if (request.headers.get(ADMIN_REQUEST_HEADER) !== '1') {
    throw new AdminHttpError(403, 'forbidden', `Changes must carry the header ${ADMIN_REQUEST_HEADER}: 1.`);
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw invalidRequest(`The body is too large (at most ${MAX_BODY_BYTES} bytes).`);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw invalidRequest(`The body is too large (at most ${MAX_BODY_BYTES} bytes).`);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidRequest('The body is not valid JSON.');
  }
}

/**
 * Creates the handler. Mount it under `basePath` (default `/api/phone-number-admin`): routes and answers are in
 * `phone-number-kit`'s `AdminUser` shapes (see the route table on `model/admin.ts`).
 *
 * @example
 * // app/api/phone-number-admin/[...path]/route.ts (Next.js App Router)
 * import { createPhoneNumberAdminHandler } from 'phone-number-kit/server';
 * const handler = createPhoneNumberAdminHandler({
 *   secretKey: process.env.CLERK_SECRET_KEY!,
 *   authorize: async (request) => ((await isSupportAgent(request)) ? { id: 'agent_1', operations: ['lookup', 'verifyCaller'] } : null),
 *   onAudit: (event) => auditLog.write(event),
 * });
 * export { handler as GET, handler as POST, handler as PATCH, handler as DELETE };
 *
 * @throws TypeError when `secretKey` or `authorize` is missing (the message never quotes the key).
 */
export function createPhoneNumberAdminHandler(options: PhoneNumberAdminHandlerOptions): PhoneNumberAdminHandler {
  if (typeof options.secretKey !== 'string' || options.secretKey.trim() === '') {
    throw new TypeError('createPhoneNumberAdminHandler: secretKey is required (Clerk secret key, from the server environment).');
  }
  if (typeof options.authorize !== 'function') {
    throw new TypeError('createPhoneNumberAdminHandler: authorize is required; it decides which agent may do what (deny by default).');
  }
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new RangeError('createPhoneNumberAdminHandler: timeoutMs must be a positive number.');
  const basePath = normalizeBasePath(options.basePath ?? DEFAULT_ADMIN_BASE_PATH);
  const clerk = createClerkBackend({ secretKey: options.secretKey, apiUrl: options.apiUrl ?? DEFAULT_API_URL, fetch: fetchImpl, timeoutMs });

  async function audit(event: AdminAuditEvent): Promise<void> {
    if (!options.onAudit) return;
    try {
      await options.onAudit(event);
    } catch {
      // The change is done (or refused) either way; a failing audit sink must not turn it into another answer.
    }
  }

  async function handleRoute(request: Request, url: URL, agent: AdminAgent, match: RouteMatch): Promise<Response> {
    const target: OperationTarget = {};
    const finish = async (result: 'ok' | 'error', errorCode?: string) => {
      if (!match.changes) return;
      const event: AdminAuditEvent = { agentId: agent.id, operation: match.operation, target: { ...target }, result };
      if (errorCode !== undefined) event.errorCode = errorCode;
      await audit(event);
    };
    try {
      if (!mayDo(agent, match.operation)) throw new AdminHttpError(403, 'forbidden', `This agent may not ${match.operation}.`);
      const body = match.changes ? await readJsonBody(request) : undefined;
      const outcome = await runOperation(clerk, { match, query: url.searchParams, body, target });
      await finish(outcome.failure === undefined ? 'ok' : 'error', outcome.failure);
      return jsonResponse(outcome.body);
    } catch (error) {
      const refusal = error instanceof AdminHttpError ? error : new AdminHttpError(500, 'internal_error', 'The support handler failed.');
      await finish('error', refusal.code);
      return errorResponse(refusal);
    }
  }

  return async function phoneNumberAdminHandler(request: Request): Promise<Response> {
    let agent: unknown;
    try {
      // A copy, so an `authorize` that reads the body (a signed request, say) leaves it for the route.
      agent = await options.authorize(request.clone());
    } catch {
      return errorResponse(new AdminHttpError(500, 'internal_error', 'Could not check who is asking; nothing was done.'));
    }
    if (agent === null || agent === undefined) return errorResponse(new AdminHttpError(401, 'unauthorized', 'Sign in as a support agent first.'));
    if (!isAgent(agent)) return errorResponse(new AdminHttpError(500, 'internal_error', 'authorize returned something that is not an agent; nothing was done.'));

    const url = new URL(request.url);
    const path = url.pathname;
    const inside = path === basePath || path.startsWith(`${basePath}/`);
    const lookup = inside ? findRoute(request.method.toUpperCase(), path.slice(basePath.length).replace(/^\/+|\/+$/g, '')) : ({ kind: 'none' } as const);
    if (lookup.kind === 'none') return errorResponse(new AdminHttpError(404, 'not_found', 'No such support route.'));
    if (lookup.kind === 'method') {
      return errorResponse(new AdminHttpError(405, 'method_not_allowed', `Use ${lookup.allow.join(' or ')} here.`), { allow: lookup.allow.join(', ') });
    }
    return handleRoute(request, url, agent, lookup.match);
  };
}
