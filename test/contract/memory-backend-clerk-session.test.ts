/**
 * Contract: the answers clerk-js loads signed in with (environment, client, touch, tokens, dev browser, `/v1/me`)
 * validate against the vendored Frontend API spec, and they describe the backend's state: the user's numbers and
 * two-step flags follow every change, in `/v1/me` and in the client piggybacked on each phone-number answer.
 * Also the paths clerk-js actually sends (a trailing slash on create and backup codes).
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBackend, type MemoryBackendOptions } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';
import { operation, responseSchema, validateAgainst } from '../support/openapi.ts';
import { CODE, NUMBER_A, NUMBER_B, fakeClock } from '../testing/memory-backend/fixtures.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface UserJson {
  id: string;
  two_factor_enabled: boolean;
  backup_code_enabled: boolean;
  phone_numbers: { id: string; phone_number: string; reserved_for_second_factor: boolean; default_second_factor: boolean }[];
}
interface ClientJson {
  id: string;
  last_active_session_id: string | null;
  sessions: { id: string; status: string; user: UserJson; last_active_token: { jwt: string } }[];
}

function start(options: MemoryBackendOptions = {}) {
  const clock = fakeClock();
  const backend = createMemoryBackend({ code: CODE, now: clock.now, ...options });
  server.use(...createMemoryBackendHandlers(backend));

  /** Sends a request as clerk-js does (its query parameters, `_method` tunnelling, the session id). */
  async function call(path: string, init: { method?: string; form?: Record<string, string>; query?: Record<string, string>; session?: boolean } = {}) {
    const url = new URL(`${backend.frontendApiUrl}${path}`);
    url.searchParams.set('__clerk_api_version', '2026-08-20');
    url.searchParams.set('_clerk_js_version', '6.40.0');
    for (const [key, value] of Object.entries(init.query ?? {})) url.searchParams.set(key, value);
    if (init.session !== false) url.searchParams.set('_clerk_session_id', backend.sessionId);
    const response = await fetch(url, { method: init.method ?? 'GET', body: init.form ? new URLSearchParams(init.form) : undefined });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  /** Calls and validates the answer against the spec's `method path` operation. */
  async function valid(specMethod: string, specPath: string, path: string, init: Parameters<typeof call>[1] = {}) {
    const answer = await call(path, init);
    const schema = responseSchema(operation(specMethod, specPath), String(answer.status));
    expect(validateAgainst(schema, answer.json), `${specMethod} ${path} → ${answer.status}: ${JSON.stringify(answer.json)}`).toBeNull();
    return answer;
  }
  return { backend, clock, call, valid };
}

describe('memory backend: what clerk-js loads signed in with', () => {
  it('serves the environment (GET, and the PATCH clerk-js sends on load) as a development instance', async () => {
    const { valid } = start();
    const got = await valid('get', '/v1/environment', '/v1/environment');
    const patched = await valid('patch', '/v1/environment', '/v1/environment', { method: 'POST', query: { _method: 'PATCH' }, session: false });
    expect(patched.json).toEqual(got.json);
    expect(got.json).toMatchObject({ display_config: { instance_environment_type: 'development' }, auth_config: { second_factors: ['phone_code', 'backup_code'] } });
  });

  it('serves the client signed in: one active session, the last active one, whose user is the backend user', async () => {
    const { valid, backend } = start({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A, verified: true, reservedForSecondFactor: true }] });
    const { json } = await valid('get', '/v1/client', '/v1/client', { session: false });
    const client = json['response'] as ClientJson;
    expect(json['client']).toBeNull();
    expect(client.last_active_session_id).toBe(backend.sessionId);
    expect(client.sessions).toHaveLength(1);
    expect(client.sessions[0]).toMatchObject({ id: backend.sessionId, status: 'active' });
    expect(client.sessions[0]!.user).toMatchObject({ two_factor_enabled: true, backup_code_enabled: true });
    expect(client.sessions[0]!.user.phone_numbers).toMatchObject([{ id: 'idn_a', reserved_for_second_factor: true, default_second_factor: true }]);
  });

  it('touches the session and mints tokens whose claims name the session and user, valid for an hour', async () => {
    const { valid, call, backend, clock } = start();
    const touched = await valid('post', '/v1/client/sessions/{session_id}/touch', `/v1/client/sessions/${backend.sessionId}/touch`, { method: 'POST' });
    const user = (touched.json['response'] as { user: UserJson }).user;
    const token = await valid('post', '/v1/client/sessions/{session_id}/tokens', `/v1/client/sessions/${backend.sessionId}/tokens`, { method: 'POST' });
    const [header, payload, signature] = String(token.json['jwt']).split('.');
    expect(signature).toBeTruthy();
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, number | string>;
    const now = Math.floor(clock.now() / 1000);
    expect(claims).toMatchObject({ sid: backend.sessionId, sub: user.id, iat: now, exp: now + 3600 });
    // Another session id names nothing here.
    expect((await call('/v1/client/sessions/sess_other/tokens', { method: 'POST' })).status).toBe(404);
    expect((await call('/v1/client/sessions/sess_other/touch', { method: 'POST' })).status).toBe(404);
  });

  it('answers the dev browser request with an id', async () => {
    const { call } = start();
    const { status, json } = await call('/v1/dev_browser', { method: 'POST', session: false });
    expect(status).toBe(200);
    expect(json).toMatchObject({ object: 'dev_browser', id: expect.stringMatching(/^dvb_/) });
  });

  it('GET /v1/me is the user, and it requires the session', async () => {
    const { valid, call } = start();
    await valid('get', '/v1/me', '/v1/me');
    const refused = await call('/v1/me', { session: false });
    expect(refused.status).toBe(401);
    expect(refused.json).toMatchObject({ errors: [{ code: 'authentication_invalid' }] });
  });
});

describe('memory backend: the user follows the backend state', () => {
  it('in /v1/me and in every piggybacked client: add (with the trailing slash clerk-js sends), verify, reserve, backup codes, remove', async () => {
    const { call, valid, backend } = start({ phoneNumbers: [{ id: 'idn_b', phoneNumber: NUMBER_B, verified: true }] });
    const me = async () => (await valid('get', '/v1/me', '/v1/me')).json['response'] as UserJson;
    const piggybacked = (json: Record<string, unknown>) => (json['client'] as ClientJson).sessions[0]!.user;
    expect(await me()).toMatchObject({ two_factor_enabled: false, backup_code_enabled: false, phone_numbers: [{ id: 'idn_b' }] });

    const created = await call('/v1/me/phone_numbers/', { method: 'POST', form: { phone_number: NUMBER_A } });
    expect(created.status).toBe(200);
    const id = (created.json['response'] as { id: string }).id;
    expect(piggybacked(created.json).phone_numbers.map((p) => p.phone_number)).toEqual([NUMBER_B, NUMBER_A]);

    await call(`/v1/me/phone_numbers/${id}/prepare_verification`, { method: 'POST', form: { strategy: 'phone_code' } });
    await call(`/v1/me/phone_numbers/${id}/attempt_verification`, { method: 'POST', form: { code: CODE } });
    const reserved = await call(`/v1/me/phone_numbers/${id}`, { method: 'POST', query: { _method: 'PATCH' }, form: { reserved_for_second_factor: 'true' } });
    expect(piggybacked(reserved.json)).toMatchObject({ two_factor_enabled: true, backup_code_enabled: true });
    // The codes come with the reservation answer only, never inside the user.
    expect(JSON.stringify(reserved.json['client'])).not.toContain(backend.snapshot().backupCodes!.codes[0]);

    const codes = await call('/v1/me/backup_codes/', { method: 'POST' });
    expect(codes.status).toBe(200);
    expect(codes.json['response']).toMatchObject({ codes: backend.snapshot().backupCodes!.codes });

    const removed = await call(`/v1/me/phone_numbers/${id}`, { method: 'POST', query: { _method: 'DELETE' } });
    expect(piggybacked(removed.json)).toMatchObject({ two_factor_enabled: false, backup_code_enabled: false, phone_numbers: [{ id: 'idn_b' }] });
    expect(await me()).toEqual(piggybacked(removed.json));
  });

  it('an authenticator app makes two-step enabled without any reserved number', async () => {
    const { valid } = start({ totpEnabled: true });
    const user = (await valid('get', '/v1/me', '/v1/me')).json['response'] as UserJson;
    expect(user).toMatchObject({ two_factor_enabled: true, totp_enabled: true, backup_code_enabled: false });
  });
});
