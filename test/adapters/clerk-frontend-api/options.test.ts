/**
 * The adapter's options, observed on the requests it makes: through a recording `fetch` (which sees the raw
 * `RequestInit`, e.g. `credentials`) and through MSW (which proves the default `fetch` is looked up per call).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createClerkFrontendApiAdapter } from '../../../src/adapters/clerk-frontend-api/createClerkFrontendApiAdapter.ts';
import { BASE, envelope, phoneJson, recordingFetch, type RecordedCall } from './support.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

/** Answers each call with a body its method accepts. */
function validAnswer(call: RecordedCall): Response {
  const isList = call.url.pathname.endsWith('/phone_numbers') && call.init.method === 'GET';
  if (isList) return Response.json([phoneJson()]);
  if (call.url.searchParams.get('_method') === 'DELETE' || call.init.method === 'DELETE') {
    return Response.json(envelope({ object: 'phone_number', id: 'idn_1', deleted: true }));
  }
  return Response.json(envelope(phoneJson()));
}

function adapterWith(options: Partial<Parameters<typeof createClerkFrontendApiAdapter>[0]> = {}) {
  const recorder = recordingFetch(validAnswer);
  const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: BASE, fetch: recorder.fetch, ...options });
  return { adapter, calls: recorder.calls };
}

describe('sessionId', () => {
  it('a string is sent as _clerk_session_id on every /v1/me request', async () => {
    const { adapter, calls } = adapterWith({ sessionId: 'sess_abc' });
    await adapter.listPhoneNumbers();
    await adapter.prepareVerification('idn_1');
    expect(calls.map((c) => c.url.searchParams.get('_clerk_session_id'))).toEqual(['sess_abc', 'sess_abc']);
  });

  it('a getter is read before every request, sync or async', async () => {
    let current: string | null = 'sess_1';
    const { adapter, calls } = adapterWith({ sessionId: async () => current });
    await adapter.listPhoneNumbers();
    current = 'sess_2';
    await adapter.listPhoneNumbers();
    current = null;
    await adapter.listPhoneNumbers();
    expect(calls.map((c) => c.url.searchParams.get('_clerk_session_id'))).toEqual(['sess_1', 'sess_2', null]);
    expect(calls[2]!.url.search).toBe('');
  });

  it('no sessionId → no parameter at all', async () => {
    const { adapter, calls } = adapterWith();
    await adapter.listPhoneNumbers();
    expect(calls[0]!.url.searchParams.has('_clerk_session_id')).toBe(false);
  });
});

describe('methodOverride', () => {
  it('default (true): PATCH and DELETE go as POST with _method', async () => {
    const { adapter, calls } = adapterWith();
    await adapter.updatePhoneNumber('idn_1', { defaultSecondFactor: true });
    await adapter.deletePhoneNumber('idn_1');
    expect(calls.map((c) => [c.init.method, c.url.searchParams.get('_method')])).toEqual([
      ['POST', 'PATCH'],
      ['POST', 'DELETE'],
    ]);
    expect(calls[0]!.body).toBe('default_second_factor=true');
  });

  it('false: the real methods, no _method', async () => {
    const { adapter, calls } = adapterWith({ methodOverride: false });
    await adapter.updatePhoneNumber('idn_1', { reservedForSecondFactor: false });
    await adapter.deletePhoneNumber('idn_1');
    expect(calls.map((c) => [c.init.method, c.url.searchParams.get('_method')])).toEqual([
      ['PATCH', null],
      ['DELETE', null],
    ]);
    expect(calls[0]!.body).toBe('reserved_for_second_factor=false');
  });

  it('never touches GET or POST', async () => {
    const { adapter, calls } = adapterWith({ methodOverride: true });
    await adapter.listPhoneNumbers();
    await adapter.createPhoneNumber('+15555550100');
    expect(calls.map((c) => [c.init.method, c.url.searchParams.has('_method')])).toEqual([
      ['GET', false],
      ['POST', false],
    ]);
  });
});

describe('clientToken (native apps)', () => {
  it('sends Authorization: Bearer plus _is_native=true', async () => {
    const { adapter, calls } = adapterWith({ clientToken: 'client_token_xyz' });
    await adapter.listPhoneNumbers();
    expect(calls[0]!.headers.get('Authorization')).toBe('Bearer client_token_xyz');
    expect(calls[0]!.url.searchParams.get('_is_native')).toBe('true');
  });

  it('a getter returning nothing sends neither', async () => {
    const { adapter, calls } = adapterWith({ clientToken: () => undefined });
    await adapter.listPhoneNumbers();
    expect(calls[0]!.headers.has('Authorization')).toBe(false);
    expect(calls[0]!.url.searchParams.has('_is_native')).toBe(false);
  });
});

describe('apiVersion', () => {
  it('goes in __clerk_api_version and never in the Clerk-API-Version header', async () => {
    const { adapter, calls } = adapterWith({ apiVersion: '2026-05-12' });
    await adapter.createPhoneNumber('+15555550100');
    expect(calls[0]!.url.searchParams.get('__clerk_api_version')).toBe('2026-05-12');
    expect(calls[0]!.headers.has('Clerk-API-Version')).toBe(false);
  });

  it('absent → no parameter', async () => {
    const { adapter, calls } = adapterWith();
    await adapter.listPhoneNumbers();
    expect(calls[0]!.url.searchParams.has('__clerk_api_version')).toBe(false);
  });
});

describe('request basics', () => {
  it("credentials: 'include' and Accept: application/json on every request", async () => {
    const { adapter, calls } = adapterWith();
    await adapter.listPhoneNumbers();
    await adapter.createBackupCodes().catch(() => {}); // answered with a phone envelope; only the request matters here
    for (const call of calls) {
      expect(call.init.credentials).toBe('include');
      expect(call.headers.get('Accept')).toBe('application/json');
    }
    expect(calls).toHaveLength(2);
  });

  it('GET has no body and no content type; POST is form-encoded', async () => {
    const { adapter, calls } = adapterWith();
    await adapter.listPhoneNumbers();
    await adapter.createPhoneNumber('+15555550100');
    expect(calls[0]!.body).toBeNull();
    expect(calls[0]!.headers.has('Content-Type')).toBe(false);
    expect(calls[1]!.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
  });

  it.each([
    ['https://clerk.example.com/', 'https://clerk.example.com/v1/me/phone_numbers'],
    ['https://clerk.example.com//', 'https://clerk.example.com/v1/me/phone_numbers'],
    ['clerk.example.com', 'https://clerk.example.com/v1/me/phone_numbers'],
    ['https://example.com/__clerk/', 'https://example.com/__clerk/v1/me/phone_numbers'],
    ['http://localhost:4010', 'http://localhost:4010/v1/me/phone_numbers'],
  ])('frontendApiUrl %s → %s', async (frontendApiUrl, expected) => {
    const { adapter, calls } = adapterWith({ frontendApiUrl });
    await adapter.listPhoneNumbers();
    expect(`${calls[0]!.url.origin}${calls[0]!.url.pathname}`).toBe(expected);
  });

  it('rejects a frontendApiUrl that is not http(s) when the adapter is created', () => {
    expect(() => createClerkFrontendApiAdapter({ frontendApiUrl: 'ftp://clerk.example.com' })).toThrow(TypeError);
    expect(() => createClerkFrontendApiAdapter({ frontendApiUrl: 'https://' })).toThrow(TypeError);
  });
});

describe('default fetch', () => {
  it('is globalThis.fetch looked up at call time, so MSW (and later stubs) intercept it', async () => {
    const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: BASE, sessionId: 'sess_1' });
    let seen: URL | undefined;
    server.use(
      http.get(`${BASE}/v1/me/phone_numbers`, ({ request }) => {
        seen = new URL(request.url);
        return HttpResponse.json([phoneJson()]);
      }),
    );
    await expect(adapter.listPhoneNumbers()).resolves.toHaveLength(1);
    expect(seen?.searchParams.get('_clerk_session_id')).toBe('sess_1');

    // Stubbed after the adapter was created: still used.
    const recorder = recordingFetch();
    vi.stubGlobal('fetch', recorder.fetch);
    await adapter.listPhoneNumbers();
    expect(recorder.calls).toHaveLength(1);
  });
});
