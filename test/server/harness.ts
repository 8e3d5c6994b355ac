/**
 * The admin handler in front of the reference backend's Backend API, in-process: every upstream request is
 * recorded (for budgets and contract checks), faults can be put in front of the backend, every answer is kept (for
 * the secret scan), and the backend's state is there to see what changed and what did not.
 */
import type { AdminOperation } from '../../src/model/admin.ts';
import { createPhoneNumberAdminHandler, type AdminAgent, type AdminAuditEvent } from '../../src/server.ts';
import { createMemoryBackend, memoryBackendApi, type MemoryBackendOptions } from '../../src/testing/index.ts';

/** A secret key no other test uses, so a scan for it finds only leaks. */
export const SECRET = 'sk_test_9Zq7SecretForServerTests';
export const CODE = '424242';
const BASE = 'https://support.example.test/api/phone-number-admin';
export const A = '+12015550123';
export const B = '+12015550124';
const C = '+12015550125';

/** Agents by the `x-test-agent` header: `admin` may do all, `viewer` only look up. */
const agents: Record<string, AdminAgent> = {
  admin: { id: 'agent_admin', operations: 'all' },
  viewer: { id: 'agent_viewer', operations: ['lookup'] },
};

/** One answer the handler gave, kept whole for the secret scan. */
export interface SeenResponse {
  status: number;
  headers: [string, string][];
  text: string;
}

/** Every answer of every harness in this test file. */
export const seenResponses: SeenResponse[] = [];

export interface SendOptions {
  /** JSON body; sent with the change headers unless `headers` says otherwise. */
  body?: unknown;
  /** Raw body text (wins over `body`). */
  raw?: string;
  agent?: string | null;
  headers?: Record<string, string>;
}

export function startHarness(options: MemoryBackendOptions = {}, handlerOptions: { timeoutMs?: number } = {}) {
  let time = Date.UTC(2026, 0, 1, 12);
  const backend = createMemoryBackend({
    code: CODE,
    secretKey: SECRET,
    now: () => time,
    phoneNumbers: [
      { id: 'idn_a', phoneNumber: A, verified: true, reservedForSecondFactor: true, primary: true },
      { id: 'idn_b', phoneNumber: B, verified: true },
      { id: 'idn_c', phoneNumber: C },
    ],
    ...options,
  });
  const api = memoryBackendApi(backend);
  const upstream: Request[] = [];
  /** When set, answers instead of the backend (a fault); return `undefined` to pass through. */
  // `signal` is the handler's own: a Request's derived signal is only weakly linked to it in Node, so it can miss an abort.
  let intercept: ((request: Request, signal: AbortSignal) => Promise<Response | undefined> | Response | undefined) | null = null;
  const audits: AdminAuditEvent[] = [];

  const upstreamFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    upstream.push(request.clone());
    const faulted = intercept ? await intercept(request, init?.signal ?? request.signal) : undefined;
    return faulted ?? api.fetch(request);
  };

  const handler = createPhoneNumberAdminHandler({
    secretKey: SECRET,
    apiUrl: api.apiUrl,
    fetch: upstreamFetch,
    authorize: (request) => agents[request.headers.get('x-test-agent') ?? ''] ?? null,
    onAudit: (event) => void audits.push(event),
    ...handlerOptions,
  });

  /** Builds the request as the support console would send it. */
  function request(method: string, path: string, init: SendOptions = {}): Request {
    const headers = new Headers(init.headers ?? {});
    if (init.agent !== null) headers.set('x-test-agent', init.agent ?? 'admin');
    const hasBody = init.raw !== undefined || init.body !== undefined;
    if (hasBody && !init.headers) {
      headers.set('content-type', 'application/json');
      headers.set('x-phone-number-kit', '1');
    }
    if (!hasBody && method !== 'GET' && !init.headers) {
      headers.set('content-type', 'application/json');
      headers.set('x-phone-number-kit', '1');
    }
    const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
    return new Request(`${BASE}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  }

  /** Sends through the handler; returns status, parsed JSON and headers, and keeps the answer for the scan. */
  async function send(method: string, path: string, init: SendOptions = {}) {
    const response = await handler(request(method, path, init));
    const text = await response.text();
    seenResponses.push({ status: response.status, headers: [...response.headers], text });
    return { status: response.status, headers: response.headers, json: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>) };
  }

  return {
    backend,
    api,
    handler,
    upstream,
    audits,
    send,
    request,
    setIntercept: (next: typeof intercept) => void (intercept = next),
    advance: (ms: number) => void (time += ms),
  };
}


/** Every route, with a valid path and body, and the operation it needs. */
export const everyRoute: { method: string; path: string; body?: unknown; operation: AdminOperation }[] = [
  { method: 'GET', path: `/users?phoneNumber=${encodeURIComponent(A)}`, operation: 'lookup' },
  { method: 'GET', path: '/users/user_phone_number_kit_test', operation: 'lookup' },
  { method: 'POST', path: '/users/user_phone_number_kit_test/phone_numbers', body: { phoneNumber: '+12015550188' }, operation: 'addPhoneNumber' },
  { method: 'PATCH', path: '/phone_numbers/idn_b', body: { primary: true }, operation: 'updatePhoneNumber' },
  { method: 'DELETE', path: '/phone_numbers/idn_c', operation: 'deletePhoneNumber' },
  { method: 'DELETE', path: '/users/user_phone_number_kit_test/mfa', operation: 'resetTwoStep' },
  { method: 'POST', path: '/phone_numbers/idn_a/send_code', body: {}, operation: 'verifyCaller' },
  { method: 'POST', path: '/phone_numbers/idn_a/check_code', body: { verificationId: 'ver_abc', code: '123456' }, operation: 'verifyCaller' },
];
