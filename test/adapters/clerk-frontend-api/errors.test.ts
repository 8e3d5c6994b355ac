/**
 * Every way a Frontend API call can fail, served through MSW, and the PhoneKitError each one becomes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import { delay, http, HttpResponse } from 'msw';
import { createClerkFrontendApiAdapter } from '../../../src/adapters/clerk-frontend-api/createClerkFrontendApiAdapter.ts';
import { KitErrorCode, PhoneKitError } from '../../../src/model/errors.ts';
import { parseRetryAfter } from '../../../src/adapters/clerk-frontend-api/errors.ts';
import { validateAgainst } from '../../support/openapi.ts';
import { BASE, clerkErrors, envelope, phoneJson, recordingFetch } from './support.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const LIST = `${BASE}/v1/me/phone_numbers`;
const ATTEMPT = `${BASE}/v1/me/phone_numbers/idn_1/attempt_verification`;

/** Awaits a rejection and insists it is the kit's error type. */
async function rejection(promise: Promise<unknown>): Promise<PhoneKitError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to reject');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PhoneKitError);
  return error as PhoneKitError;
}

/** A spec-conformant error body; asserting conformance keeps these fixtures honest. */
function specErrors(...args: Parameters<typeof clerkErrors>) {
  const body = clerkErrors(...args);
  expect(validateAgainst('ClerkErrors', body)).toBeNull();
  return body;
}

describe('Clerk error responses', () => {
  const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: BASE });

  it.each([
    [400, 'verification_expired', 'expired', 'This verification has expired.', undefined],
    [401, 'authentication_invalid', 'Unauthorized request', 'You are not signed in.', undefined],
    [403, 'session_reverification_required', 'Reverification required', 'You need to verify again.', undefined],
    [404, 'resource_not_found', 'not found', 'Resource not found.', undefined],
    [422, 'form_code_incorrect', 'is incorrect', 'Incorrect phone code', 'code'],
    [500, 'internal_clerk_error', 'Oops', 'Something went wrong.', undefined],
  ] as const)('HTTP %i → code %s with every field', async (status, code, message, longMessage, param) => {
    server.use(http.post(ATTEMPT, () => HttpResponse.json(specErrors(code, message, longMessage, param), { status })));
    const error = await rejection(adapter.attemptVerification('idn_1', '000000'));
    expect(error).toMatchObject({ code, message, longMessage, status, field: param ?? null, traceId: 'trace_abc', retryAfter: null });
    expect(error.errors).toEqual([{ code, message, longMessage, field: param ?? null, meta: param ? { param_name: param } : {} }]);
  });

  it('429 with Retry-After: 17 → retryAfter 17', async () => {
    server.use(
      http.post(ATTEMPT, () =>
        HttpResponse.json(specErrors('too_many_requests', 'Too many requests', 'Please wait.'), {
          status: 429,
          headers: { 'Retry-After': '17' },
        }),
      ),
    );
    const error = await rejection(adapter.attemptVerification('idn_1', '1'));
    expect(error).toMatchObject({ code: 'too_many_requests', status: 429, retryAfter: 17 });
  });

  it('reads Retry-After given as an HTTP-date, and on statuses other than 429', async () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    server.use(
      http.post(ATTEMPT, () =>
        HttpResponse.json(specErrors('service_unavailable', 'down', 'Down for maintenance.'), {
          status: 503,
          headers: { 'Retry-After': inTenSeconds },
        }),
      ),
    );
    const error = await rejection(adapter.attemptVerification('idn_1', '1'));
    // toUTCString drops milliseconds, so the wait is 9 or 10 seconds.
    expect(error.retryAfter).toBeGreaterThanOrEqual(9);
    expect(error.retryAfter).toBeLessThanOrEqual(10);
  });

  it('ignores a Retry-After it cannot read', async () => {
    server.use(
      http.post(ATTEMPT, () =>
        HttpResponse.json(specErrors('too_many_requests', 'x', 'y'), { status: 429, headers: { 'Retry-After': 'soon' } }),
      ),
    );
    expect((await rejection(adapter.attemptVerification('idn_1', '1'))).retryAfter).toBeNull();
  });

  it('keeps every listed error; the first one decides code, message and field', async () => {
    const body = {
      errors: [
        { code: 'form_param_nil', message: 'is missing', long_message: 'Enter a code.', meta: { param_name: 'code' } },
        { code: 'form_param_format_invalid', message: 'is invalid', long_message: 'Bad number.', meta: { param_name: 'phone_number' } },
      ],
    };
    expect(validateAgainst('ClerkErrors', body)).toBeNull();
    server.use(http.post(ATTEMPT, () => HttpResponse.json(body, { status: 422 })));
    const error = await rejection(adapter.attemptVerification('idn_1', ''));
    expect(error).toMatchObject({ code: 'form_param_nil', field: 'code', longMessage: 'Enter a code.', traceId: null });
    expect(error.errors.map((e) => e.field)).toEqual(['code', 'phone_number']);
  });

  it('tolerates a missing long_message (clerk-js treats it as optional; the spec does not)', async () => {
    const body = { errors: [{ code: 'form_code_incorrect', message: 'is incorrect', meta: { param_name: 'code' } }] };
    expect(validateAgainst('ClerkErrors', body)).not.toBeNull(); // a deliberate deviation from the spec
    server.use(http.post(ATTEMPT, () => HttpResponse.json(body, { status: 422 })));
    const error = await rejection(adapter.attemptVerification('idn_1', '1'));
    expect(error).toMatchObject({ code: 'form_code_incorrect', message: 'is incorrect', longMessage: 'is incorrect', field: 'code' });
  });

  it('errors: [] (allowed by the spec) → http_error with the status', async () => {
    const body = { errors: [], clerk_trace_id: 'trace_empty' };
    expect(validateAgainst('ClerkErrors', body)).toBeNull();
    server.use(http.get(LIST, () => HttpResponse.json(body, { status: 403 })));
    const error = await rejection(adapter.listPhoneNumbers());
    expect(error).toMatchObject({ code: KitErrorCode.http, status: 403, traceId: 'trace_empty', errors: [] });
  });

  it('reads the trace id from meta.trace_id or the x-clerk-trace-id header when clerk_trace_id is absent', async () => {
    server.use(
      http.get(LIST, () =>
        HttpResponse.json({ errors: [{ code: 'a', message: 'b', long_message: 'c' }], meta: { trace_id: 'from_meta' } }, { status: 401 }),
      ),
    );
    expect((await rejection(adapter.listPhoneNumbers())).traceId).toBe('from_meta');
    server.use(http.get(LIST, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'x-clerk-trace-id': 'from_header' } })));
    expect((await rejection(adapter.listPhoneNumbers())).traceId).toBe('from_header');
  });
});

describe('bodies that are not what the API promises', () => {
  const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: BASE });

  it('200 with an HTML page → response_unparseable', async () => {
    server.use(http.get(LIST, () => HttpResponse.html('<!doctype html><p>Hello</p>')));
    const error = await rejection(adapter.listPhoneNumbers());
    expect(error).toMatchObject({ code: KitErrorCode.unparseable, status: 200 });
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('200 with an empty body → response_unparseable (only a 204 may be bodiless)', async () => {
    server.use(http.get(LIST, () => new HttpResponse('', { status: 200 })));
    expect(await rejection(adapter.listPhoneNumbers())).toMatchObject({ code: KitErrorCode.unparseable, status: 200 });
  });

  it('500 with an HTML page → http_error with the status (still an HTTP error)', async () => {
    server.use(http.get(LIST, () => HttpResponse.html('<h1>Internal Server Error</h1>', { status: 500, statusText: 'Internal Server Error' })));
    const error = await rejection(adapter.listPhoneNumbers());
    expect(error).toMatchObject({ code: KitErrorCode.http, status: 500, message: "Clerk's Frontend API answered HTTP 500 Internal Server Error" });
  });

  it('an error status with an empty body → http_error', async () => {
    server.use(http.get(LIST, () => new HttpResponse(null, { status: 404 })));
    expect(await rejection(adapter.listPhoneNumbers())).toMatchObject({ code: KitErrorCode.http, status: 404 });
  });

  it('JSON of the wrong shape → response_invalid naming the field', async () => {
    const bad = { ...phoneJson(), created_at: 'yesterday' };
    server.use(http.post(ATTEMPT, () => HttpResponse.json(envelope(bad))));
    const error = await rejection(createClerkFrontendApiAdapter({ frontendApiUrl: BASE }).attemptVerification('idn_1', '1'));
    expect(error).toMatchObject({ code: KitErrorCode.invalid, field: 'response.created_at', status: 200 });
    expect(error.message).toContain('response.created_at');
  });

  it('a list item of the wrong shape names its index', async () => {
    server.use(http.get(LIST, () => HttpResponse.json([phoneJson(), { ...phoneJson(), linked_to: null }])));
    expect(await rejection(adapter.listPhoneNumbers())).toMatchObject({ code: KitErrorCode.invalid, field: '1.linked_to' });
  });

  it('the envelope where the bare list belongs → response_invalid', async () => {
    server.use(http.get(LIST, () => HttpResponse.json(envelope([phoneJson()]))));
    expect(await rejection(adapter.listPhoneNumbers())).toMatchObject({ code: KitErrorCode.invalid });
  });
});

describe('transport failures', () => {
  it('network down → network_error with no status', async () => {
    server.use(http.get(LIST, () => HttpResponse.error()));
    const error = await rejection(createClerkFrontendApiAdapter({ frontendApiUrl: BASE }).listPhoneNumbers());
    expect(error).toMatchObject({ code: KitErrorCode.network, status: null });
    expect(error.cause).toBeDefined();
  });

  it('a slow server → request_timeout after timeoutMs', async () => {
    server.use(
      http.get(LIST, async () => {
        await delay(400);
        return HttpResponse.json([]);
      }),
    );
    const started = Date.now();
    const error = await rejection(createClerkFrontendApiAdapter({ frontendApiUrl: BASE, timeoutMs: 25 }).listPhoneNumbers());
    expect(error).toMatchObject({ code: KitErrorCode.timeout, status: null });
    expect(Date.now() - started).toBeLessThan(350);
  });

  it('the caller aborting mid-request → request_aborted', async () => {
    const controller = new AbortController();
    server.use(
      http.get(LIST, async () => {
        controller.abort(new Error('user left the page'));
        await delay(400);
        return HttpResponse.json([]);
      }),
    );
    const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: BASE });
    const error = await rejection(adapter.listPhoneNumbers({ signal: controller.signal }));
    expect(error).toMatchObject({ code: KitErrorCode.aborted, status: null });
    expect(error.cause).toEqual(new Error('user left the page'));
  });

  it('a signal aborted before the call → request_aborted without any request', async () => {
    const { fetch, calls } = recordingFetch();
    const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: BASE, fetch, sessionId: () => 'sess_1' });
    const error = await rejection(adapter.createPhoneNumber('+15555550100', { signal: AbortSignal.abort() }));
    expect(error.code).toBe(KitErrorCode.aborted);
    expect(calls).toHaveLength(0);
  });

  it('aborting while the body is still streaming → request_aborted, even if fetch ignores the signal', async () => {
    const controller = new AbortController();
    const never = new ReadableStream<Uint8Array>({ start() {} });
    const { fetch } = recordingFetch(() => {
      setTimeout(() => controller.abort(), 5);
      return new Response(never, { status: 200 });
    });
    const error = await rejection(createClerkFrontendApiAdapter({ frontendApiUrl: BASE, fetch }).listPhoneNumbers({ signal: controller.signal }));
    expect(error.code).toBe(KitErrorCode.aborted);
  });

  it('a fetch that never settles and ignores its signal still times out', async () => {
    const fetch = (() => new Promise<Response>(() => {})) as typeof globalThis.fetch;
    const error = await rejection(createClerkFrontendApiAdapter({ frontendApiUrl: BASE, fetch, timeoutMs: 10 }).listPhoneNumbers());
    expect(error.code).toBe(KitErrorCode.timeout);
  });

  it('a fetch that throws synchronously → network_error', async () => {
    const fetch = (() => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const error = await rejection(createClerkFrontendApiAdapter({ frontendApiUrl: BASE, fetch }).listPhoneNumbers());
    expect(error).toMatchObject({ code: KitErrorCode.network });
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('a sessionId getter that throws → network_error, and nothing is sent', async () => {
    const { fetch, calls } = recordingFetch();
    const adapter = createClerkFrontendApiAdapter({
      frontendApiUrl: BASE,
      fetch,
      sessionId: () => Promise.reject(new Error('no clerk')),
    });
    const error = await rejection(adapter.listPhoneNumbers());
    expect(error).toMatchObject({ code: KitErrorCode.network, message: 'Could not read the session id for the request' });
    expect(calls).toHaveLength(0);
  });

  it('a finished request leaves no timer and no listener behind', async () => {
    const { signal } = new AbortController();
    const removeListener = vi.spyOn(signal, 'removeEventListener');
    vi.useFakeTimers();
    try {
      let timersDuringRequest = -1;
      const { fetch } = recordingFetch(() => {
        timersDuringRequest = vi.getTimerCount();
        return Response.json([]);
      });
      await expect(createClerkFrontendApiAdapter({ frontendApiUrl: BASE, fetch }).listPhoneNumbers({ signal })).resolves.toEqual([]);
      expect(timersDuringRequest).toBe(1);
      expect(vi.getTimerCount()).toBe(0);
      expect(removeListener.mock.calls.map(([type]) => type)).toEqual(['abort']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');

  it.each([
    ['17', 17],
    [' 5 ', 5],
    ['0', 0],
    ['Wed, 21 Oct 2026 07:28:30 GMT', 30],
    ['Wed, 21 Oct 2026 07:27:00 GMT', 0], // a date in the past means "now"
    ['1.5', null],
    ['-3', null],
    ['2026-10-21T07:28:30Z', null], // not an HTTP-date
    ['', null],
  ])('%j → %j', (header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });

  it('no header → null', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
