/**
 * Wire fixtures and a recording `fetch` for the Frontend API adapter tests. The JSON here is valid against the
 * vendored spec (the contract test checks that), so the unit tests serve realistic bodies.
 */
import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { SetupServer } from 'msw/node';
import type { PhoneNumberJson, BackupCodesJson } from '../../../src/model/wire.ts';

export const BASE = 'https://clerk.example.com';

/** A `Client.Client-2` with every required field and nothing else: the smallest client the spec allows. */
const clientJson = {
  object: 'client',
  id: 'client_1',
  sessions: [],
  sign_in: null,
  sign_up: null,
  last_active_session_id: null,
  last_authentication_strategy: null,
  cookie_expires_at: null,
  captcha_bypass: false,
  created_at: 1700690400000,
  updated_at: 1700690400000,
};

export function phoneJson(overrides: Partial<PhoneNumberJson> = {}): PhoneNumberJson {
  return {
    id: 'idn_1',
    object: 'phone_number',
    phone_number: '+15555550100',
    reserved_for_second_factor: false,
    default_second_factor: false,
    reserved: false,
    verification: { object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 0, expire_at: 1700690999000 },
    linked_to: [],
    created_at: 1700690400000,
    updated_at: 1700690400000,
    ...overrides,
  };
}

export function backupCodesJson(): BackupCodesJson {
  return { object: 'backup_code', id: 'bcode_1', codes: ['aaaa1111', 'bbbb2222'], created_at: 1700690400000, updated_at: 1700690400000 };
}

/** `{ response, client }`, the Frontend API's envelope. */
export function envelope<T>(response: T, client: unknown = clientJson): { response: T; client: unknown } {
  return { response, client };
}

/** A spec-conformant `ClerkErrors` body. */
export function clerkErrors(code: string, message: string, longMessage: string, paramName?: string) {
  return {
    errors: [{ code, message, long_message: longMessage, meta: paramName ? { param_name: paramName } : {} }],
    clerk_trace_id: 'trace_abc',
  };
}

/** One call seen by {@link recordingFetch}. */
export interface RecordedCall {
  url: URL;
  init: RequestInit;
  headers: Headers;
  body: string | null;
}

/**
 * A `fetch` that records what it was given and answers with `respond` (default: `[]`, a valid list). Records
 * the raw `init`, which a Request built by MSW would normalise away (e.g. `credentials`).
 */
export function recordingFetch(respond: (call: RecordedCall) => Response | Promise<Response> = () => Response.json([])) {
  const calls: RecordedCall[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const call: RecordedCall = {
      url: new URL(input instanceof Request ? input.url : String(input)),
      init,
      headers: new Headers(init.headers),
      body: init.body == null ? null : String(init.body),
    };
    calls.push(call);
    return respond(call);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

/** What the handler saw of one request, decoded as the server would. */
export interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType: string | null;
  form: Record<string, string>;
}

/**
 * Plays the Frontend API on `server` for any request under BASE: answers the n-th request with `bodies[n]` (the last
 * one again after that; `null` with 204 is an empty answer) and records every request in the returned list.
 */
export function answerAndRecord(server: SetupServer, bodies: JsonBodyType[], status = 200): SeenRequest[] {
  const seen: SeenRequest[] = [];
  server.use(
    http.all(`${BASE}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = await request.text();
      seen.push({
        method: request.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        contentType: request.headers.get('content-type'),
        form: Object.fromEntries(new URLSearchParams(text)),
      });
      const body = bodies[Math.min(seen.length - 1, bodies.length - 1)]!;
      return status === 204 ? new HttpResponse(null, { status }) : HttpResponse.json(body, { status });
    }),
  );
  return seen;
}
