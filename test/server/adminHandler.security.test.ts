// @vitest-environment node
/**
 * Deny by default: nothing answers before `authorize`; an agent without the operation gets 403; a cross-site style
 * request (form content type, or no custom header) is refused; malformed input is a 4xx with a message and no
 * upstream call; Clerk's failures become typed errors with nothing half-done; the secret key appears in no answer.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createPhoneNumberAdminHandler } from '../../src/server.ts';
import { A, everyRoute, SECRET, seenResponses, startHarness } from './harness.ts';

const USER = 'user_phone_number_kit_test';

// The kit logs nothing on the server: no console call at all while this file runs (errors and refusals included).
const consoleSpies: MockInstance[] = [];
beforeAll(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) consoleSpies.push(vi.spyOn(console, method));
});

afterAll(() => {
  for (const spy of consoleSpies) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
  // Every answer of this file, body and headers, for the key and for any secret-key-looking literal.
  expect(seenResponses.length).toBeGreaterThan(300);
  for (const response of seenResponses) {
    const whole = JSON.stringify(response);
    expect(whole).not.toContain(SECRET);
    expect(whole).not.toMatch(/sk_(test|live)_/);
  }
});

describe('authorization', () => {
  it.each(everyRoute)('$method $path without an agent → 401, no upstream call', async ({ method, path, body }) => {
    const h = startHarness();
    const { status, json } = await h.send(method, path, { body, agent: null });
    expect(status).toBe(401);
    expect(json).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect(h.upstream).toHaveLength(0);
    expect(h.audits).toHaveLength(0);
  });

  it('answers 401 before anything else: unknown routes, wrong methods and bad input alike', async () => {
    const h = startHarness();
    for (const [method, path] of [['GET', '/nope'], ['PUT', '/users/x'], ['GET', '/users?phoneNumber=bad'], ['POST', '/phone_numbers/idn_a/check_code']] as const) {
      expect((await h.send(method, path, { agent: null })).status).toBe(401);
    }
    expect(h.upstream).toHaveLength(0);
  });

  it('answers 500 and does nothing when authorize throws, or returns something that is not an agent', async () => {
    for (const authorize of [() => { throw new Error('session store down'); }, () => ({ id: 'x' }) as never]) {
      const calls: Request[] = [];
      const handler = createPhoneNumberAdminHandler({ secretKey: SECRET, authorize, fetch: async (input) => (calls.push(new Request(input)), new Response('[]')) });
      const response = await handler(new Request(`https://x.test/api/phone-number-admin/users?phoneNumber=${encodeURIComponent(A)}`));
      expect(response.status).toBe(500);
      expect(calls).toHaveLength(0);
    }
  });

  it.each(everyRoute.filter((route) => route.operation !== 'lookup'))('$method $path by an agent without $operation → 403, audited, no upstream call', async ({ method, path, body, operation }) => {
    const h = startHarness();
    const { status, json } = await h.send(method, path, { body, agent: 'viewer' });
    expect(status).toBe(403);
    expect(json).toMatchObject({ error: { code: 'forbidden' } });
    expect(h.upstream).toHaveLength(0);
    expect(h.audits).toEqual([expect.objectContaining({ agentId: 'agent_viewer', operation, result: 'error', errorCode: 'forbidden' })]);
  });

  it('lets the viewer look up', async () => {
    const h = startHarness();
    expect((await h.send('GET', `/users/${USER}`, { agent: 'viewer' })).status).toBe(200);
  });
});

describe('cross-site requests', () => {
  const changes = everyRoute.filter((route) => route.method !== 'GET');

  it.each(changes)('$method $path as a form post → 415, no upstream call', async ({ method, path }) => {
    const h = startHarness();
    const { status } = await h.send(method, path, { raw: 'phoneNumber=%2B12015550188', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-phone-number-kit': '1' } });
    expect(status).toBe(415);
    expect(h.upstream).toHaveLength(0);
  });

  it.each(changes)('$method $path as text/plain or without a content type → 415', async ({ method, path, body }) => {
    const h = startHarness();
    expect((await h.send(method, path, { raw: JSON.stringify(body ?? {}), headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await h.send(method, path, { raw: JSON.stringify(body ?? {}), headers: {} })).status).toBe(415);
    expect(h.upstream).toHaveLength(0);
  });

  it.each(changes)('$method $path as JSON without x-phone-number-kit: 1 → 403', async ({ method, path, body }) => {
    const h = startHarness();
    const variants: Record<string, string>[] = [{ 'content-type': 'application/json' }, { 'content-type': 'application/json', 'x-phone-number-kit': '0' }];
    for (const headers of variants) {
      const { status, json } = await h.send(method, path, { raw: JSON.stringify(body ?? {}), headers });
      expect(status).toBe(403);
      expect((json as { error: { message: string } }).error.message).toContain('x-phone-number-kit');
    }
    expect(h.upstream).toHaveLength(0);
  });
});

describe('malformed input', () => {
  const path = fc.constantFrom('/users', '/phone_numbers');
  const junkId = fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/^(user|idn)_[A-Za-z0-9_]+$/.test(s) && !s.includes('/') && !s.includes('?') && !s.includes('#') && s.trim() === s && s !== '.' && s !== '..'),
    fc.constantFrom('user_', 'idn_', 'USER_abc', 'user_a.b', 'idn_a-b', 'user_%2F..', 'idn_' + 'x'.repeat(120), 'user_abc%00', 'idn_ä'),
  );
  const junkValue = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.double(), fc.array(fc.boolean(), { maxLength: 2 }), fc.object({ maxDepth: 1 }), fc.constant('true'));

  it('ids that are not Clerk ids → 400 with a message, no upstream call', async () => {
    const h = startHarness();
    await fc.assert(
      fc.asyncProperty(path, junkId, fc.constantFrom('', '/phone_numbers', '/mfa', '/send_code', '/check_code'), async (base, id, tail) => {
        const before = h.upstream.length;
        const full = `${base}/${encodeURIComponent(id)}${tail}`;
        const method = tail === '' ? (base === '/users' ? 'GET' : 'PATCH') : tail === '/mfa' ? 'DELETE' : 'POST';
        const body = method === 'GET' ? undefined : tail === '/check_code' ? { verificationId: 'ver_1', code: '123456' } : method === 'PATCH' ? { primary: true } : {};
        const { status, json } = await h.send(method, full, { body });
        expect(status).toBeGreaterThanOrEqual(400);
        expect(status).toBeLessThan(500);
        expect((json as { error: { message: string } }).error.message.length).toBeGreaterThan(10);
        expect(h.upstream.length).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('bodies with wrong types, unknown keys, bad numbers or codes → 400 naming the problem, no upstream call', async () => {
    const h = startHarness();
    const addBody = fc.oneof(
      fc.record({ phoneNumber: junkValue }),
      fc.record({ phoneNumber: fc.constantFrom('+1 201 555 0123', '12015550123', '+0123', '+1234567890123456', 'tel:+12015550123', '') }),
      fc.record({ phoneNumber: fc.constant('+12015550188'), verified: junkValue.filter((v) => typeof v !== 'boolean') }),
      fc.record({ phoneNumber: fc.constant('+12015550188'), extra: junkValue }),
      fc.constantFrom(null, [], 'text', 42, { phoneNumber: '+12015550188', reservedForSecondFactor: true }),
    );
    const updateBody = fc.oneof(
      fc.constant({}),
      fc.record({ primary: junkValue.filter((v) => typeof v !== 'boolean') }),
      fc.record({ reservedForSecondFactor: junkValue.filter((v) => typeof v !== 'boolean'), verified: fc.boolean() }),
      fc.dictionary(fc.string({ minLength: 1 }).filter((k) => !['verified', 'primary', 'reservedForSecondFactor'].includes(k)), fc.boolean(), { minKeys: 1, maxKeys: 3 }),
    );
    const checkBody = fc.oneof(
      fc.record({ verificationId: fc.constant('ver_1'), code: fc.oneof(fc.string().filter((s) => !/^\d{6}$/.test(s)), fc.integer()) }),
      fc.record({ verificationId: junkValue.filter((v) => typeof v !== 'string' || !/^[a-z]+_\w+$/.test(v)), code: fc.constant('123456') }),
      fc.record({ verificationId: fc.constant('ver_1'), code: fc.constant('123456'), phoneNumber: junkValue }),
    );
    const routes = fc.oneof(
      addBody.map((body) => ['POST', `/users/${USER}/phone_numbers`, body] as const),
      updateBody.map((body) => ['PATCH', '/phone_numbers/idn_a', body] as const),
      checkBody.map((body) => ['POST', '/phone_numbers/idn_a/check_code', body] as const),
      fc.record({ x: junkValue }).map((body) => ['POST', '/phone_numbers/idn_a/send_code', body] as const),
      fc.record({ x: junkValue }).map((body) => ['DELETE', `/users/${USER}/mfa`, body] as const),
    );
    await fc.assert(
      fc.asyncProperty(routes, async ([method, path, body]) => {
        const before = h.upstream.length;
        const { status, json } = await h.send(method, path, { body });
        expect(status).toBe(400);
        expect(json).toMatchObject({ error: { code: 'invalid_request', message: expect.stringMatching(/\w{3,}/) } });
        expect(h.upstream.length).toBe(before);
      }),
      { numRuns: 150 },
    );
    expect(h.backend.snapshot().outbox).toHaveLength(0);
  });

  it('query strings: no phoneNumber, two of them, unknown keys or a non-E.164 number → 400', async () => {
    const h = startHarness();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constant(''),
          fc.constant(`?phoneNumber=${encodeURIComponent(A)}&phoneNumber=${encodeURIComponent(A)}`),
          fc.string().map((s) => `?phoneNumber=${encodeURIComponent(A)}&${encodeURIComponent(`x${s}`)}=1`),
          fc.string().filter((s) => !/^\+[1-9]\d{1,14}$/.test(s)).map((s) => `?phoneNumber=${encodeURIComponent(s)}`),
        ),
        async (query) => {
          const before = h.upstream.length;
          const { status } = await h.send('GET', `/users${query}`);
          expect(status).toBe(400);
          expect(h.upstream.length).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a body that is not JSON, or too large → 400; an unknown route → 404 and a wrong method → 405, all after authorize', async () => {
    const h = startHarness();
    expect((await h.send('PATCH', '/phone_numbers/idn_a', { raw: '{"primary": tru' })).status).toBe(400);
    expect((await h.send('PATCH', '/phone_numbers/idn_a', { raw: JSON.stringify({ primary: true, pad: 'x'.repeat(5000) }) })).status).toBe(400);
    expect((await h.send('GET', '/nope')).status).toBe(404);
    const wrong = await h.send('PUT', '/phone_numbers/idn_a', { body: {} });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('PATCH, DELETE');
    expect(h.upstream).toHaveLength(0);
  });
});

describe("Clerk's failures", () => {
  it('429 keeps Retry-After; nothing is sent after it', async () => {
    const h = startHarness();
    h.setIntercept((request) => (request.method === 'PATCH' ? Response.json({ errors: [{ code: 'too_many_requests', message: 'slow', long_message: 'slow down' }] }, { status: 429, headers: { 'retry-after': '17' } }) : undefined));
    const before = h.backend.snapshot();
    const { status, headers, json } = await h.send('PATCH', '/phone_numbers/idn_b', { body: { primary: true } });
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('17');
    expect(json).toMatchObject({ error: { code: 'rate_limited' } });
    expect(h.upstream.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH']);
    expect(h.backend.snapshot()).toBe(before);
    expect(h.audits).toEqual([expect.objectContaining({ operation: 'updatePhoneNumber', result: 'error', errorCode: 'rate_limited' })]);
  });

  it('5xx → 502 upstream_error, without echoing what Clerk said', async () => {
    const h = startHarness();
    h.setIntercept((request) => (request.method === 'DELETE' ? new Response(`boom ${SECRET}`, { status: 500 }) : undefined));
    const before = h.backend.snapshot();
    const { status, json } = await h.send('DELETE', '/phone_numbers/idn_c');
    expect(status).toBe(502);
    expect(json).toMatchObject({ error: { code: 'upstream_error' } });
    expect(h.backend.snapshot()).toBe(before);
  });

  it('a timeout → 504 upstream_timeout, nothing changed', async () => {
    const h = startHarness({}, { timeoutMs: 50 });
    h.setIntercept((request, signal) => (request.method === 'POST' ? new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))) : undefined));
    const { status, json } = await h.send('POST', `/users/${USER}/phone_numbers`, { body: { phoneNumber: '+12015550188' } });
    expect(status).toBe(504);
    expect(json).toMatchObject({ error: { code: 'upstream_timeout' } });
    expect(h.backend.snapshot().phoneNumbers).toHaveLength(3);
  });

  it('a network failure → 502; an answer of the wrong shape → 502 naming the field; a refused key → 502', async () => {
    const h = startHarness();
    h.setIntercept(() => Promise.reject(new TypeError(`fetch failed for Bearer ${SECRET}`)));
    expect((await h.send('GET', `/users/${USER}`)).status).toBe(502);
    h.setIntercept(() => Response.json({ id: USER, two_factor_enabled: 'yes' }));
    const shape = await h.send('GET', `/users/${USER}`);
    expect(shape.status).toBe(502);
    expect((shape.json as { error: { message: string } }).error.message).toMatch(/unexpected body/);
    h.setIntercept(() => Response.json({ errors: [{ code: 'authentication_invalid', message: `bad key ${SECRET}`, long_message: `bad key ${SECRET}` }] }, { status: 401 }));
    const key = await h.send('GET', `/users/${USER}`);
    expect(key.status).toBe(502);
    expect((key.json as { error: { message: string } }).error.message).toMatch(/secret key configuration/);
  });

  it("scrubs the key from Clerk's messages it passes on", async () => {
    const h = startHarness();
    h.setIntercept(() => Response.json({ errors: [{ code: 'form_param_value_invalid', message: 'x', long_message: `odd ${SECRET} here` }] }, { status: 422 }));
    const { status, json } = await h.send('GET', `/users/${USER}`);
    expect(status).toBe(422);
    expect(json).toEqual({ error: { code: 'form_param_value_invalid', message: 'odd [redacted] here' } });
  });

  it('refuses to start without a secret key or an authorize function, without quoting the key', () => {
    expect(() => createPhoneNumberAdminHandler({ secretKey: '', authorize: () => null })).toThrow(/secretKey is required/);
    expect(() => createPhoneNumberAdminHandler({ secretKey: SECRET } as never)).toThrow(/authorize is required/);
    try {
      createPhoneNumberAdminHandler({ secretKey: SECRET } as never);
    } catch (error) {
      expect(String(error)).not.toContain(SECRET);
    }
  });
});

describe('authorize and the body', () => {
  it('an authorize that reads the body leaves it for the route', async () => {
    const h = startHarness();
    const handler = createPhoneNumberAdminHandler({
      secretKey: SECRET,
      apiUrl: h.api.apiUrl,
      fetch: h.api.fetch,
      authorize: async (request) => ((await request.text()).includes('primary') ? { id: 'agent_body', operations: 'all' } : null),
    });
    const response = await handler(h.request('PATCH', '/phone_numbers/idn_b', { body: { primary: true } }));
    expect(response.status).toBe(200);
    seenResponses.push({ status: response.status, headers: [...response.headers], text: await response.text() });
  });
});
