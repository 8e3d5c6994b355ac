import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseBackupCodesEnvelope, parseDeletedObjectEnvelope, parsePhoneNumberEnvelope, parsePhoneNumberList } from '../../../src/model/parse.ts';
import { createMemoryBackend, type MemoryBackend, type MemoryBackendOptions } from '../../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../../src/testing/msw.ts';
import { CODE, NUMBER_A, NUMBER_B, fakeClock } from './fixtures.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface Call {
  method?: string;
  form?: Record<string, string>;
  query?: Record<string, string>;
  session?: string | null;
  body?: BodyInit;
  headers?: Record<string, string>;
}

/** Starts a backend and routes its handlers through msw. */
function serve(options: MemoryBackendOptions = {}) {
  const clock = fakeClock();
  const backend = createMemoryBackend({ code: CODE, now: clock.now, ...options });
  server.use(...createMemoryBackendHandlers(backend));
  return { backend, clock, call: caller(backend) };
}

/** Sends a request the way a Frontend API client does: form body, session in the query. */
function caller(backend: MemoryBackend) {
  return async (path: string, { method = 'GET', form, query = {}, session = backend.sessionId, body, headers }: Call = {}) => {
    const url = new URL(`${backend.frontendApiUrl}${path}`);
    if (session !== null) url.searchParams.set('_clerk_session_id', session);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    const response = await fetch(url, { method, body: form ? new URLSearchParams(form) : body, headers });
    return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> & unknown[] };
  };
}

describe('memory backend handlers: success shapes', () => {
  it('lists numbers as a bare array in the wire format', async () => {
    const { call } = serve({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A, verified: true }] });
    const { status, json } = await call('/v1/me/phone_numbers');
    expect(status).toBe(200);
    expect(Array.isArray(json)).toBe(true);
    expect(json[0]).toMatchObject({ id: 'idn_a', object: 'phone_number', phone_number: NUMBER_A, reserved_for_second_factor: false });
    expect(json[0]).not.toHaveProperty('backup_codes');
    expect(parsePhoneNumberList(json)[0]?.id).toBe('idn_a');
  });

  it('creates from a form body and answers with the {response, client} envelope', async () => {
    const { call, backend } = serve();
    const { status, json } = await call('/v1/me/phone_numbers', { method: 'POST', form: { phone_number: NUMBER_A } });
    expect(status).toBe(200);
    expect(Object.keys(json).sort()).toEqual(['client', 'response']);
    // Signed in as the backend's user, whose numbers already include the new one (clerk-js rebuilds its user from it).
    expect(json.client).toMatchObject({ object: 'client', id: expect.stringMatching(/^client_/), last_active_session_id: backend.sessionId, sign_in: null, sign_up: null });
    expect((json.client as { sessions: { id: string; user: { phone_numbers: { phone_number: string }[] } }[] }).sessions).toMatchObject([
      { id: backend.sessionId, user: { phone_numbers: [{ phone_number: NUMBER_A }] } },
    ]);
    const phone = parsePhoneNumberEnvelope(json);
    expect(phone).toMatchObject({ phoneNumber: NUMBER_A, verification: null });
    // One state behind both faces.
    expect(await backend.adapter.listPhoneNumbers()).toEqual([phone]);
  });

  it('serves GET /:id in the envelope', async () => {
    const { call } = serve({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A }] });
    const { json } = await call('/v1/me/phone_numbers/idn_a');
    expect(parsePhoneNumberEnvelope(json).id).toBe('idn_a');
  });

  it('runs the verification flow over HTTP, with the code from the outbox', async () => {
    const { call, backend } = serve({ code: undefined, phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A }] });
    const prepared = await call('/v1/me/phone_numbers/idn_a/prepare_verification', { method: 'POST', form: { strategy: 'phone_code' } });
    expect(parsePhoneNumberEnvelope(prepared.json).verification).toMatchObject({ status: 'unverified', attempts: 0 });
    const code = backend.outbox.lastCodeFor(NUMBER_A)!;
    const attempted = await call('/v1/me/phone_numbers/idn_a/attempt_verification', { method: 'POST', form: { code } });
    expect(parsePhoneNumberEnvelope(attempted.json).verification?.status).toBe('verified');
  });

  it.each([
    ['POST ?_method=PATCH', 'POST', { _method: 'PATCH' }],
    ['real PATCH', 'PATCH', {}],
  ])('updates with %s; booleans come as true/false strings; backup codes ride on the first reservation', async (_, method, query) => {
    const { call } = serve({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A, verified: true }] });
    const { status, json } = await call('/v1/me/phone_numbers/idn_a', { method, query, form: { reserved_for_second_factor: 'true' } });
    expect(status).toBe(200);
    const response = json.response as Record<string, unknown>;
    expect(response).toMatchObject({ reserved_for_second_factor: true, default_second_factor: true });
    expect(response.backup_codes).toHaveLength(10);
    const again = await call('/v1/me/phone_numbers/idn_a', { method, query, form: { reserved_for_second_factor: 'false' } });
    expect(again.json.response).toMatchObject({ reserved_for_second_factor: false, default_second_factor: false });
    expect(again.json.response).not.toHaveProperty('backup_codes');
  });

  it.each([
    ['POST ?_method=DELETE', 'POST', { _method: 'DELETE' }],
    ['real DELETE', 'DELETE', {}],
  ])('deletes with %s and answers a deleted object', async (_, method, query) => {
    const { call, backend } = serve({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A }] });
    const { status, json } = await call('/v1/me/phone_numbers/idn_a', { method, query });
    expect(status).toBe(200);
    expect(parseDeletedObjectEnvelope(json)).toEqual({ object: 'phone_number', id: 'idn_a', deleted: true });
    expect(backend.snapshot().phoneNumbers).toEqual([]);
  });

  it('generates backup codes in the envelope', async () => {
    const { call, backend } = serve({ phoneNumbers: [{ phoneNumber: NUMBER_A, verified: true, reservedForSecondFactor: true }] });
    const { json } = await call('/v1/me/backup_codes', { method: 'POST' });
    expect(parseBackupCodesEnvelope(json)).toEqual(backend.snapshot().backupCodes);
  });

  it('reads multipart form bodies too', async () => {
    const { call } = serve();
    const body = new FormData();
    body.set('phone_number', NUMBER_B);
    const { status } = await call('/v1/me/phone_numbers', { method: 'POST', body });
    expect(status).toBe(200);
  });

  it('serves a custom frontendApiUrl (a trailing slash is ignored)', async () => {
    const { call, backend } = serve({ frontendApiUrl: 'https://proxy.example.test/__clerk/' });
    expect(backend.frontendApiUrl).toBe('https://proxy.example.test/__clerk');
    expect((await call('/v1/me/phone_numbers')).status).toBe(200);
  });
});

describe('memory backend handlers: errors', () => {
  it("answers Clerk's error body with the status and param_name", async () => {
    const { call } = serve();
    const { status, json } = await call('/v1/me/phone_numbers', { method: 'POST', form: { phone_number: '+1' } });
    expect(status).toBe(422);
    expect(json).toEqual({
      errors: [{ code: 'form_param_format_invalid', message: 'is invalid', long_message: expect.any(String), meta: { param_name: 'phone_number' } }],
      clerk_trace_id: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('treats a missing phone_number as form_param_nil', async () => {
    const { call } = serve();
    const { status, json } = await call('/v1/me/phone_numbers', { method: 'POST', form: {} });
    expect(status).toBe(422);
    expect(json.errors).toMatchObject([{ code: 'form_param_nil', meta: { param_name: 'phone_number' } }]);
  });

  it('sends Retry-After with 429', async () => {
    const { call, clock } = serve({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A }] });
    const path = '/v1/me/phone_numbers/idn_a/prepare_verification';
    await call(path, { method: 'POST', form: { strategy: 'phone_code' } });
    clock.advance(12_000);
    const { status, headers, json } = await call(path, { method: 'POST', form: { strategy: 'phone_code' } });
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('18');
    expect(json.errors).toMatchObject([{ code: 'too_many_requests' }]);
  });

  it('requires strategy=phone_code on prepare (400, the operation declares no 422)', async () => {
    const { call } = serve({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A }] });
    const path = '/v1/me/phone_numbers/idn_a/prepare_verification';
    const missing = await call(path, { method: 'POST' });
    expect([missing.status, missing.json.errors]).toMatchObject([400, [{ code: 'form_param_nil', meta: { param_name: 'strategy' } }]]);
    const wrong = await call(path, { method: 'POST', form: { strategy: 'email_code' } });
    expect([wrong.status, wrong.json.errors]).toMatchObject([400, [{ code: 'form_param_value_invalid' }]]);
  });

  it('refuses a boolean that is not true/false', async () => {
    const { call } = serve({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A, verified: true }] });
    const { status, json } = await call('/v1/me/phone_numbers/idn_a', { method: 'PATCH', form: { reserved_for_second_factor: 'yes' } });
    expect(status).toBe(400);
    expect(json.errors).toMatchObject([{ code: 'form_param_type_invalid', meta: { param_name: 'reserved_for_second_factor' } }]);
  });

  it('refuses a JSON body: the API is form-based', async () => {
    const { call } = serve();
    const { status, json } = await call('/v1/me/phone_numbers', {
      method: 'POST',
      body: JSON.stringify({ phone_number: NUMBER_A }),
      headers: { 'content-type': 'application/json' },
    });
    expect(status).toBe(400);
    expect(json.errors).toMatchObject([{ code: 'request_body_invalid' }]);
  });

  it('answers 404 resource_not_found for an unknown id', async () => {
    const { call } = serve();
    const { status, json } = await call('/v1/me/phone_numbers/idn_nope', { method: 'POST', query: { _method: 'DELETE' } });
    expect(status).toBe(404);
    expect(json.errors).toMatchObject([{ code: 'resource_not_found' }]);
  });

  it('answers 405 to a POST on a number without a method override', async () => {
    const { call } = serve({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A }] });
    expect((await call('/v1/me/phone_numbers/idn_a', { method: 'POST' })).status).toBe(405);
  });

  it('answers 403 session_reverification_required while reverification is required', async () => {
    const { call, backend } = serve();
    backend.requireReverification();
    const { status, json } = await call('/v1/me/phone_numbers', { method: 'POST', form: { phone_number: NUMBER_A } });
    expect(status).toBe(403);
    expect(json.errors).toMatchObject([{ code: 'session_reverification_required' }]);
  });

  it.each([
    ['missing', null],
    ['different', 'sess_other'],
  ])('answers 401 authentication_invalid when _clerk_session_id is %s', async (_, session) => {
    const { call } = serve();
    for (const [path, method] of [
      ['/v1/me/phone_numbers', 'GET'],
      ['/v1/me/backup_codes', 'POST'],
    ] as const) {
      const { status, json } = await call(path, { method, session });
      expect(status).toBe(401);
      expect(json.errors).toMatchObject([{ code: 'authentication_invalid' }]);
    }
  });

  it('accepts any session when requireSessionId is false, and a custom sessionId otherwise', async () => {
    expect((await serve({ requireSessionId: false }).call('/v1/me/phone_numbers', { session: null })).status).toBe(200);
    server.resetHandlers();
    const custom = serve({ sessionId: 'sess_custom' });
    expect((await custom.call('/v1/me/phone_numbers')).status).toBe(200);
    expect((await custom.call('/v1/me/phone_numbers', { session: 'sess_test' })).status).toBe(401);
  });
});
