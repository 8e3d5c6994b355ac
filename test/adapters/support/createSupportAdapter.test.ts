/**
 * The support adapter on the wire: the routes and bodies of `model/admin.ts`, the two headers every change must carry
 * (JSON + `x-phone-number-kit: 1`, the handler's cross-site guard), and every failure as a `PhoneKitError`.
 */
import { describe, expect, it } from 'vitest';
import { createSupportAdapter, SUPPORT_DEFAULT_BASE_PATH } from '../../../src/adapters/support/createSupportAdapter.ts';
import { SUPPORT_REQUEST_HEADER } from '../../../src/adapters/support/supportTransport.ts';
import { ADMIN_REQUEST_HEADER, DEFAULT_ADMIN_BASE_PATH } from '../../../src/model/admin.ts';
import { PhoneKitError } from '../../../src/model/errors.ts';
import { adminPhoneNumber, adminUser, createFakeSupportServer } from '../../support/fakeSupportServer.ts';

interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
}

/** A fetch that records what it was given and answers `answer`. */
function recordingFetch(answer: () => Response) {
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    sent.push({ url: String(input), method: init?.method ?? 'GET', headers: new Headers(init?.headers), body: (init?.body as string) ?? null });
    return answer();
  };
  return { fetch, sent };
}

const ok = (body: unknown) => () => new Response(JSON.stringify(body), { status: 200 });
const answering = (body: unknown): typeof globalThis.fetch => async () => ok(body)();

describe('createSupportAdapter', () => {
  it("uses the handler's header and default path (written out in the adapter, see supportTransport.ts)", () => {
    expect(SUPPORT_REQUEST_HEADER).toBe(ADMIN_REQUEST_HEADER);
    expect(SUPPORT_DEFAULT_BASE_PATH).toBe(DEFAULT_ADMIN_BASE_PATH);
  });

  it('reads with plain GETs under the default base path, the number encoded', async () => {
    const { fetch, sent } = recordingFetch(ok({ users: [adminUser()] }));
    const users = await createSupportAdapter({ fetch }).findUsersByPhoneNumber('+12015550123');
    expect(users.map((user) => user.id)).toEqual(['user_ada']);
    expect(sent[0]!.url).toBe('/api/phone-number-admin/users?phoneNumber=%2B12015550123');
    expect(sent[0]!.method).toBe('GET');
    // A GET is a simple request: no custom header, no content type.
    expect(sent[0]!.headers.get('x-phone-number-kit')).toBeNull();
    expect(sent[0]!.headers.get('content-type')).toBeNull();
  });

  it('sends every change as JSON with the custom header, ids encoded into the path', async () => {
    const { fetch, sent } = recordingFetch(ok(adminUser()));
    const adapter = createSupportAdapter({ baseUrl: 'https://admin.example.com/support/', fetch, headers: { 'x-csrf': 't1' } });
    await adapter.addPhoneNumber('user_ada', { phoneNumber: '+12015550123', verified: true });
    await adapter.updatePhoneNumber('idn/../x', { reservedForSecondFactor: true });
    await adapter.deletePhoneNumber('idn_1');
    await adapter.resetTwoStep('user_ada');
    expect(sent.map((request) => `${request.method} ${request.url} ${request.body ?? ''}`)).toEqual([
      'POST https://admin.example.com/support/users/user_ada/phone_numbers {"phoneNumber":"+12015550123","verified":true}',
      'PATCH https://admin.example.com/support/phone_numbers/idn%2F..%2Fx {"reservedForSecondFactor":true}',
      'DELETE https://admin.example.com/support/phone_numbers/idn_1 ',
      'DELETE https://admin.example.com/support/users/user_ada/mfa ',
    ]);
    for (const request of sent) {
      expect(request.headers.get('content-type')).toBe('application/json');
      expect(request.headers.get('x-phone-number-kit')).toBe('1');
      expect(request.headers.get('x-csrf')).toBe('t1');
    }
  });

  it('sends and checks a caller code', async () => {
    const number = adminPhoneNumber({ id: 'idn_1' });
    const server = createFakeSupportServer({ users: [adminUser({ phoneNumbers: [number] })] });
    const adapter = createSupportAdapter({ fetch: server.fetch });
    const { verificationId } = await adapter.sendCode('idn_1');
    expect(verificationId).toMatch(/^ver_/);
    expect(await adapter.checkCode('idn_1', { verificationId, code: '111111' })).toMatchObject({ verified: false, status: 'unverified', attemptsLeft: 2 });
    expect(await adapter.checkCode('idn_1', { verificationId, code: '424242' })).toMatchObject({ verified: true, status: 'verified' });
    expect(server.takeRequests()).toEqual(['POST /phone_numbers/idn_1/send_code', 'POST /phone_numbers/idn_1/check_code', 'POST /phone_numbers/idn_1/check_code']);
  });

  it("turns the handler's error body into a PhoneKitError with its code, status and Retry-After", async () => {
    const { fetch } = recordingFetch(
      () => new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'Slow down.' } }), { status: 429, headers: { 'retry-after': '7' } }),
    );
    const error = await createSupportAdapter({ fetch }).getUser('user_ada').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PhoneKitError);
    expect(error).toMatchObject({ code: 'rate_limited', message: 'Slow down.', status: 429, retryAfter: 7 });
  });

  it('an HTML error page is an http_error; a 200 that is not JSON is unparseable; a wrong shape is invalid', async () => {
    const html = await createSupportAdapter({ fetch: async () => new Response('<h1>Bad gateway</h1>', { status: 502 }) })
      .getUser('user_ada')
      .catch((caught: unknown) => caught);
    expect(html).toMatchObject({ code: 'http_error', status: 502 });
    const text = await createSupportAdapter({ fetch: async () => new Response('ok') }).getUser('u').catch((caught: unknown) => caught);
    expect(text).toMatchObject({ code: 'response_unparseable', status: 200 });
    const shape = await createSupportAdapter({ fetch: answering({ users: [{ id: 1 }] }) })
      .findUsersByPhoneNumber('+12015550123')
      .catch((caught: unknown) => caught);
    expect(shape).toMatchObject({ code: 'response_invalid', field: 'users.0.id', status: 200 });
  });

  it('a failing fetch is a network_error; an aborted call is request_aborted without a request', async () => {
    const offline = await createSupportAdapter({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')) })
      .getUser('u')
      .catch((caught: unknown) => caught);
    expect(offline).toMatchObject({ code: 'network_error' });
    const { fetch, sent } = recordingFetch(ok(adminUser()));
    const controller = new AbortController();
    controller.abort();
    const aborted = await createSupportAdapter({ fetch }).getUser('u', { signal: controller.signal }).catch((caught: unknown) => caught);
    expect(aborted).toMatchObject({ code: 'request_aborted' });
    expect(sent).toEqual([]);
  });

  it('times out with request_timeout when the handler never answers', async () => {
    const error = await createSupportAdapter({ timeoutMs: 20, fetch: () => new Promise<Response>(() => undefined) })
      .getUser('u')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'request_timeout' });
  });
});
