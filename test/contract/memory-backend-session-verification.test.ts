/**
 * Session re-verification end to end over HTTP: the Frontend API adapter → msw → the memory backend's
 * `/v1/client/sessions/{id}/verify…` handlers. Every answer is checked against the vendored spec, and the flows
 * check the rules: a password, an email code and an SMS code each complete the verification and lift the
 * reverification requirement; wrong input is refused and changes nothing else.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClerkFrontendApiAdapter } from '../../src/adapters/clerk-frontend-api/createClerkFrontendApiAdapter.ts';
import { createMemoryBackend, type MemoryBackendOptions } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';
import { operation, responseSchema, validateAgainst } from '../support/openapi.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CODE = '424242';
const VERIFY = '/v1/client/sessions/{session_id}/verify';

function start(options: MemoryBackendOptions = {}, sessionId: string | null = 'sess_test') {
  const backend = createMemoryBackend({ code: CODE, requireReverification: true, ...options });
  server.use(...createMemoryBackendHandlers(backend));
  const problems: string[] = [];
  const paths: string[] = [];
  // Every answer is validated against the operation the path names.
  const checkedFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const action = url.pathname.split('/verify')[1] ?? '';
    paths.push(url.pathname);
    const op = operation('post', `${VERIFY}${action}`);
    const status = String(response.status);
    const schema = op.responses[status] ? responseSchema(op, status) : { $ref: '#/components/schemas/ClerkErrors' };
    const problem = validateAgainst(schema, await response.clone().json());
    if (problem) problems.push(`${url.pathname} ${status}: ${problem}`);
    return response;
  };
  const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: backend.frontendApiUrl, sessionId, fetch: checkedFetch });
  return { backend, adapter, problems, paths };
}

describe('session re-verification over the Frontend API', () => {
  it('a password completes a first-factor verification and lifts the requirement', async () => {
    const { backend, adapter, problems } = start();
    const started = await adapter.startReverification('second_factor');
    // No second factor: the server falls back to the first factor, as the spec says.
    expect(started).toMatchObject({ status: 'needs_first_factor', level: 'first_factor' });
    expect(started.firstFactors.map((factor) => factor.strategy)).toEqual(['password', 'email_code']);

    await expect(adapter.attemptReverification({ stage: 'first', strategy: 'password', password: 'wrong' })).rejects.toMatchObject({
      code: 'form_password_incorrect',
      status: 422,
      field: 'password',
    });
    expect(backend.snapshot().reverificationRequired).toBe(true);

    const done = await adapter.attemptReverification({ stage: 'first', strategy: 'password', password: 'demo-password' });
    expect(done.status).toBe('complete');
    expect(backend.snapshot().reverificationRequired).toBe(false);
    expect(problems).toEqual([]);
  });

  it('an email code goes to the email outbox, and only that code verifies', async () => {
    const { backend, adapter, problems } = start({ code: undefined });
    const started = await adapter.startReverification('first_factor');
    const email = started.firstFactors.find((factor) => factor.strategy === 'email_code');
    expect(email).toMatchObject({ safeIdentifier: 'a**@example.com' });
    await adapter.prepareReverification('first', email!);
    const sent = backend.snapshot().emails;
    expect(sent).toHaveLength(1);
    expect(sent[0]!.emailAddress).toBe('ada@example.com');
    const wrong = sent[0]!.code === '000000' ? '111111' : '000000';
    await expect(adapter.attemptReverification({ stage: 'first', strategy: 'email_code', code: wrong })).rejects.toMatchObject({ code: 'form_code_incorrect' });
    const done = await adapter.attemptReverification({ stage: 'first', strategy: 'email_code', code: sent[0]!.code });
    expect(done.status).toBe('complete');
    expect(backend.snapshot().reverificationRequired).toBe(false);
    expect(problems).toEqual([]);
  });

  it('a second-factor verification sends the SMS code to the two-step number', async () => {
    const { backend, adapter, problems, paths } = start({
      phoneNumbers: [{ id: 'idn_a', phoneNumber: '+15555550100', verified: true, reservedForSecondFactor: true }],
    });
    const started = await adapter.startReverification('second_factor');
    expect(started.status).toBe('needs_second_factor');
    const phone = started.secondFactors.find((factor) => factor.strategy === 'phone_code');
    expect(phone).toEqual({ strategy: 'phone_code', phoneNumberId: 'idn_a', safeIdentifier: '+1******0100' });
    await adapter.prepareReverification('second', phone!);
    expect(backend.outbox.lastCodeFor('idn_a')).toBe(CODE);
    const done = await adapter.attemptReverification({ stage: 'second', strategy: 'phone_code', code: CODE });
    expect(done.status).toBe('complete');
    expect(backend.snapshot().reverificationRequired).toBe(false);
    expect(paths).toEqual([
      '/v1/client/sessions/sess_test/verify',
      '/v1/client/sessions/sess_test/verify/prepare_second_factor',
      '/v1/client/sessions/sess_test/verify/attempt_second_factor',
    ]);
    expect(problems).toEqual([]);
  });

  it('a step without a started verification is refused', async () => {
    const { adapter, problems } = start();
    await expect(adapter.attemptReverification({ stage: 'first', strategy: 'password', password: 'demo-password' })).rejects.toMatchObject({
      code: 'session_verification_missing',
      status: 400,
    });
    expect(problems).toEqual([]);
  });

  it('without a session id nothing is sent and the error says why', async () => {
    const { adapter, paths } = start({}, null);
    await expect(adapter.startReverification('first_factor')).rejects.toMatchObject({ code: 'session_missing' });
    expect(paths).toEqual([]);
  });
});
