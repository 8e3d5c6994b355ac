// @vitest-environment node
/**
 * Contract run against Prism (Stoplight's OpenAPI mock server) serving Clerk's vendored Frontend API spec: every
 * method of the Frontend API adapter sends its requests to Prism, which checks each one against the operation it
 * matches (path, method, query, content type, form body) and reports what breaks the spec in `sl-violations`. A
 * second validator beside frontend-api-adapter.test.ts (Ajv over the same spec), written by other people.
 *
 * Prism's answers are made up from the response schemas, so what the adapter makes of them is not checked here;
 * only that Prism found each request valid. Prism listens on 127.0.0.1 (a free port) and is stopped after the file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClerkFrontendApiAdapter } from '../../src/adapters/clerk-frontend-api/createClerkFrontendApiAdapter.ts';
import type { PhoneNumberAdapter } from '../../src/adapters/types.ts';
import { freePort } from '../support/freePort.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SPEC = resolve(root, 'test/fixtures/clerk-api/clerk-frontend-api.yml');
const PRISM = resolve(root, 'node_modules/.bin/prism');

/** What Prism said of one request. */
interface Seen {
  method: string;
  path: string;
  status: number;
  requestViolations: string[];
}

let prism: ChildProcess | undefined;
let origin = '';
const seen: Seen[] = [];

/** Starts Prism and resolves once it says it listens (it first lists every route of the spec). */
async function startPrism(): Promise<void> {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  prism = spawn(PRISM, ['mock', '--host', '127.0.0.1', '--port', String(port), SPEC], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((done, fail) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Prism is listening')) done();
    };
    prism!.stdout!.on('data', read);
    prism!.stderr!.on('data', read);
    prism!.once('exit', (code) => fail(new Error(`Prism exited (${code}) before listening:\n${output.slice(-2000)}`)));
  });
}

/**
 * The violations Prism found in the request itself. The header also lists what Prism's own made-up answer breaks
 * (its generator cannot meet every pattern of the spec); when there are many it holds only "Too many violations…",
 * and then the status tells: Prism answers a request that breaks the spec with 422, before making up an answer.
 */
function requestViolations(header: string | null): string[] {
  if (!header?.startsWith('[')) return [];
  const violations = JSON.parse(header) as { location: string[]; message: string }[];
  return violations.filter((violation) => violation.location[0] === 'request').map((v) => `${v.location.join('.')}: ${v.message}`);
}

/** A `fetch` that keeps what Prism said of each request: its status and the violations located in the request. */
const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request);
  const url = new URL(request.url);
  seen.push({ method: request.method, path: url.pathname, status: response.status, requestViolations: requestViolations(response.headers.get('sl-violations')) });
  return response;
};

function adapterFor(options: { sessionId?: string } = {}): PhoneNumberAdapter {
  return createClerkFrontendApiAdapter({ frontendApiUrl: origin, methodOverride: false, fetch: recordingFetch, sessionId: options.sessionId ?? 'sess_prism' });
}

/** Runs one adapter call (its answer is Prism's invention, so it may well not parse) and returns what Prism saw. */
async function requestsOf(call: (adapter: PhoneNumberAdapter) => Promise<unknown>): Promise<Seen[]> {
  const from = seen.length;
  await call(adapterFor()).catch(() => undefined);
  return seen.slice(from);
}

beforeAll(startPrism, 120_000);
afterAll(() => {
  prism?.kill();
});

const ID = 'idn_prism';
const calls: [string, (adapter: PhoneNumberAdapter) => Promise<unknown>][] = [
  ['listPhoneNumbers', (a) => a.listPhoneNumbers()],
  ['createPhoneNumber', (a) => a.createPhoneNumber('+12015550123')],
  ['prepareVerification', (a) => a.prepareVerification(ID)],
  ['attemptVerification', (a) => a.attemptVerification(ID, '424242')],
  ['updatePhoneNumber (reserve, default)', (a) => a.updatePhoneNumber(ID, { reservedForSecondFactor: true, defaultSecondFactor: true })],
  ['deletePhoneNumber', (a) => a.deletePhoneNumber(ID)],
  ['createBackupCodes', (a) => a.createBackupCodes()],
  ['getAccountSecurity', (a) => a.getAccountSecurity()],
  ['setPrimaryPhoneNumber', (a) => a.setPrimaryPhoneNumber(ID)],
  ['createTotp', (a) => a.createTotp()],
  ['verifyTotp', (a) => a.verifyTotp('123456')],
  ['deleteTotp', (a) => a.deleteTotp()],
  ['startReverification (first factor)', (a) => a.startReverification('first_factor')],
  ['startReverification (multi factor)', (a) => a.startReverification('multi_factor')],
  ['prepareReverification (first, email code)', (a) => a.prepareReverification('first', { strategy: 'email_code', emailAddressId: 'idn_email', safeIdentifier: 'a***@example.com' })],
  ['prepareReverification (first, phone code)', (a) => a.prepareReverification('first', { strategy: 'phone_code', phoneNumberId: ID, safeIdentifier: '+1 ••• 0123' })],
  ['prepareReverification (second, phone code)', (a) => a.prepareReverification('second', { strategy: 'phone_code', phoneNumberId: ID, safeIdentifier: '+1 ••• 0123' })],
  ['attemptReverification (first, password)', (a) => a.attemptReverification({ stage: 'first', strategy: 'password', password: 'demo-password' })],
  ['attemptReverification (first, email code)', (a) => a.attemptReverification({ stage: 'first', strategy: 'email_code', code: '424242' })],
  ['attemptReverification (second, phone code)', (a) => a.attemptReverification({ stage: 'second', strategy: 'phone_code', code: '424242' })],
  ['attemptReverification (second, totp)', (a) => a.attemptReverification({ stage: 'second', strategy: 'totp', code: '123456' })],
  ['attemptReverification (second, backup code)', (a) => a.attemptReverification({ stage: 'second', strategy: 'backup_code', code: 'abcd1234' })],
];

describe('Prism accepts every request the Frontend API adapter sends', () => {
  it.each(calls)('%s', async (_name, call) => {
    const requests = await requestsOf(call);
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) {
      // Prism answers a valid request with the operation's success response; 404: no operation has this path,
      // 405: not with this method, 422: the request breaks the operation, 401: its security is not met.
      expect(request.status, `${request.method} ${request.path}`).toBeLessThan(300);
      expect(request.requestViolations, `${request.method} ${request.path}`).toEqual([]);
    }
  });

  it('is a validator that can fail: a form the spec does not allow is refused with its violation named', async () => {
    const response = await recordingFetch(`${origin}/v1/client/sessions/sess_prism/verify/prepare_first_factor`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'strategy=carrier_pigeon',
    });
    expect(response.status).toBe(422);
    expect(seen.at(-1)!.requestViolations.join('\n')).toMatch(/strategy/);
  });
});
