/**
 * Contract: every answer the memory backend's handlers give, success or error, validates against the vendored
 * Frontend API spec's schema for that operation and status. Requests tunnelled as `POST ?_method=PATCH|DELETE`
 * are checked against the spec's PATCH/DELETE operation, which is what they stand for.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PhoneNumber } from '../../src/model/types.ts';
import { createMemoryBackend, type MemoryBackendOptions } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';
import { operation, responseSchema, validateAgainst, type SchemaObject } from '../support/openapi.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CODE = '424242';
const A = '+12015550123';
const B = '+12015550124';
const LIST = '/v1/me/phone_numbers';
const ONE = '/v1/me/phone_numbers/{phone_number_id}';
const PREPARE = `${ONE}/prepare_verification`;
const ATTEMPT = `${ONE}/attempt_verification`;
const BACKUP = '/v1/me/backup_codes';
const ME = '/v1/me';
const TOTP = '/v1/me/totp';
const TOTP_ATTEMPT = '/v1/me/totp/attempt_verification';

/** A number linked to Google with an admin verification, so the seeds exercise the spec's other branches. */
const imported: PhoneNumber = {
  id: 'idn_imported',
  object: 'phone_number',
  phoneNumber: '+15555550199',
  reserved: false,
  reservedForSecondFactor: false,
  defaultSecondFactor: false,
  verification: { object: 'verification_admin', status: 'verified', strategy: 'admin', attempts: null, expireAt: null },
  linkedTo: [{ type: 'oauth_google', id: 'idn_google' }],
  backupCodes: null,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};

/** Statuses an operation produced that its spec entry does not declare (validated against ClerkErrors instead). */
const undeclared: string[] = [];

function start(options: MemoryBackendOptions = {}) {
  let time = Date.UTC(2026, 0, 1);
  const backend = createMemoryBackend({ code: CODE, now: () => time, phoneNumbers: [imported], ...options });
  server.use(...createMemoryBackendHandlers(backend));

  /** Sends a request and checks its answer against `specMethod specPath`; returns the parsed body. */
  async function send(specMethod: string, specPath: string, path: string, init: { method?: string; form?: Record<string, string>; query?: Record<string, string>; session?: string | null } = {}) {
    const url = new URL(`${backend.frontendApiUrl}${path}`);
    if (init.session !== null) url.searchParams.set('_clerk_session_id', init.session ?? backend.sessionId);
    for (const [key, value] of Object.entries(init.query ?? {})) url.searchParams.set(key, value);
    const response = await fetch(url, { method: init.method ?? specMethod.toUpperCase(), body: init.form ? new URLSearchParams(init.form) : undefined });
    const json: unknown = await response.json();
    const op = operation(specMethod, specPath);
    const status = String(response.status);
    let schema: SchemaObject;
    if (op.responses[status]) {
      schema = responseSchema(op, status);
    } else {
      undeclared.push(`${specMethod.toUpperCase()} ${specPath} ${status}`);
      schema = { $ref: '#/components/schemas/ClerkErrors' };
    }
    expect(validateAgainst(schema, json), `${specMethod.toUpperCase()} ${path} → ${status}: ${JSON.stringify(json)}`).toBeNull();
    return { status: response.status, json: json as { response: Record<string, unknown>; errors?: { code: string }[] } };
  }
  return { backend, send, advance: (ms: number) => void (time += ms) };
}

describe('memory backend handlers against the Frontend API spec', () => {
  it('a full flow: list, create, prepare, attempt wrong and right, reserve, make default, backup codes, read, delete', async () => {
    const { send } = start({ phoneNumbers: [imported, { id: 'idn_old', phoneNumber: B, verified: true }] });
    expect((await send('get', LIST, LIST)).status).toBe(200);

    const created = await send('post', LIST, LIST, { form: { phone_number: A } });
    expect(created.status).toBe(200);
    const id = created.json.response.id as string;
    const one = `${LIST}/${id}`;

    expect((await send('post', PREPARE, `${one}/prepare_verification`, { form: { strategy: 'phone_code' } })).status).toBe(200);
    expect((await send('post', ATTEMPT, `${one}/attempt_verification`, { form: { code: '000000' } })).status).toBe(422);
    expect((await send('post', ATTEMPT, `${one}/attempt_verification`, { form: { code: CODE } })).status).toBe(200);
    expect((await send('get', LIST, LIST)).status).toBe(200);

    const reserved = await send('patch', ONE, one, { method: 'POST', query: { _method: 'PATCH' }, form: { reserved_for_second_factor: 'true' } });
    expect(reserved.json.response.backup_codes).toHaveLength(10);
    await send('patch', ONE, `${LIST}/idn_old`, { form: { reserved_for_second_factor: 'true' } });
    const madeDefault = await send('patch', ONE, `${LIST}/idn_old`, { method: 'POST', query: { _method: 'PATCH' }, form: { default_second_factor: 'true' } });
    expect(madeDefault.json.response.default_second_factor).toBe(true);

    expect((await send('post', BACKUP, BACKUP)).status).toBe(200);
    expect((await send('get', ONE, one)).status).toBe(200);
    expect((await send('delete', ONE, one, { method: 'POST', query: { _method: 'DELETE' } })).status).toBe(200);
    expect((await send('delete', ONE, `${LIST}/idn_imported`)).status).toBe(200);
    expect((await send('get', LIST, LIST)).status).toBe(200);
  });

  it('the error answers of create', async () => {
    const { send, backend } = start({ takenPhoneNumbers: [B], maxUnverifiedPhoneNumbers: 1 });
    const codes = async (form: Record<string, string>) => {
      const { status, json } = await send('post', LIST, LIST, { form });
      return [status, json.errors?.[0]?.code];
    };
    expect(await codes({})).toEqual([422, 'form_param_nil']);
    expect(await codes({ phone_number: 'nope' })).toEqual([422, 'form_param_format_invalid']);
    expect(await codes({ phone_number: B })).toEqual([422, 'form_identifier_exists']);
    expect(await codes({ phone_number: A, reserved_for_second_factor: 'maybe' })).toEqual([422, 'form_param_type_invalid']);
    expect(await codes({ phone_number: A })).toEqual([200, undefined]);
    expect(await codes({ phone_number: '+12015550125' })).toEqual([400, 'too_many_unverified_identifications']);
    backend.requireReverification();
    expect(await codes({ phone_number: '+12015550125' })).toEqual([403, 'session_reverification_required']);
  });

  it('the error answers of prepare and attempt', async () => {
    const { send, advance } = start({ phoneNumbers: [imported, { id: 'idn_a', phoneNumber: A }, { id: 'idn_b', phoneNumber: B }] });
    const prepare = (id: string, form: Record<string, string> = { strategy: 'phone_code' }) =>
      send('post', PREPARE, `${LIST}/${id}/prepare_verification`, { form });
    const attempt = (id: string, code: string) => send('post', ATTEMPT, `${LIST}/${id}/attempt_verification`, { form: { code } });
    const codeOf = (r: Awaited<ReturnType<typeof send>>) => [r.status, r.json.errors?.[0]?.code];

    expect(codeOf(await prepare('idn_a', {}))).toEqual([400, 'form_param_nil']);
    expect(codeOf(await prepare('idn_imported'))).toEqual([400, 'verification_already_verified']);
    expect(codeOf(await prepare('idn_nope'))).toEqual([404, 'resource_not_found']);
    expect(codeOf(await attempt('idn_a', CODE))).toEqual([400, 'verification_missing']);
    await prepare('idn_a');
    expect(codeOf(await prepare('idn_a'))).toEqual([429, 'too_many_requests']);
    expect(codeOf(await attempt('idn_a', ''))).toEqual([422, 'form_param_nil']);
    expect(codeOf(await attempt('idn_nope', CODE))).toEqual([404, 'resource_not_found']);
    for (const wrong of ['1', '2']) expect(codeOf(await attempt('idn_a', wrong))).toEqual([422, 'form_code_incorrect']);
    expect(codeOf(await attempt('idn_a', '3'))).toEqual([400, 'verification_failed']);

    await prepare('idn_b');
    advance(10 * 60_000 + 1);
    expect(codeOf(await attempt('idn_b', CODE))).toEqual([400, 'verification_expired']);
    expect(codeOf(await attempt('idn_imported', CODE))).toEqual([400, 'verification_already_verified']);
  });

  it('the error answers of update, delete and backup codes', async () => {
    const { send, backend } = start({ phoneNumbers: [imported, { id: 'idn_a', phoneNumber: A }] });
    const patch = (id: string, form: Record<string, string>) => send('patch', ONE, `${LIST}/${id}`, { form });
    const codeOf = (r: Awaited<ReturnType<typeof send>>) => [r.status, r.json.errors?.[0]?.code];

    expect(codeOf(await patch('idn_a', { reserved_for_second_factor: 'true' }))).toEqual([400, 'update_second_factor_unverified']);
    expect(codeOf(await patch('idn_imported', { default_second_factor: 'true' }))).toEqual([400, 'form_param_value_invalid']);
    expect(codeOf(await patch('idn_a', { default_second_factor: '1' }))).toEqual([400, 'form_param_type_invalid']);
    expect(codeOf(await patch('idn_nope', { default_second_factor: 'true' }))).toEqual([404, 'resource_not_found']);
    expect(codeOf(await send('delete', ONE, `${LIST}/idn_nope`))).toEqual([404, 'resource_not_found']);
    expect(codeOf(await send('post', BACKUP, BACKUP))).toEqual([400, 'second_factor_not_enabled']);

    backend.requireReverification();
    expect(codeOf(await patch('idn_imported', { reserved_for_second_factor: 'true' }))).toEqual([403, 'session_reverification_required']);
    expect(codeOf(await send('delete', ONE, `${LIST}/idn_a`))).toEqual([403, 'session_reverification_required']);
    expect(codeOf(await send('post', BACKUP, BACKUP))).toEqual([403, 'session_reverification_required']);
  });

  it('the account and authenticator-app flow: read the user, set the primary, create, verify and delete TOTP, with their errors', async () => {
    const { send, backend } = start({ phoneNumbers: [imported, { id: 'idn_a', phoneNumber: A }] });
    const codeOf = (r: Awaited<ReturnType<typeof send>>) => [r.status, r.json.errors?.[0]?.code];
    const user = (r: Awaited<ReturnType<typeof send>>) => r.json.response;

    expect(user(await send('get', ME, ME))).toMatchObject({ primary_phone_number_id: null, two_factor_enabled: false, totp_enabled: false, backup_code_enabled: false });
    const primary = await send('patch', ME, ME, { method: 'POST', query: { _method: 'PATCH' }, form: { primary_phone_number_id: 'idn_imported' } });
    expect(user(primary)).toMatchObject({ primary_phone_number_id: 'idn_imported' });
    expect(codeOf(await send('patch', ME, ME, { form: { primary_phone_number_id: 'idn_a' } }))).toEqual([422, 'form_param_value_invalid']);
    expect(codeOf(await send('patch', ME, ME, { form: { primary_phone_number_id: 'idn_nope' } }))).toEqual([404, 'resource_not_found']);

    expect(codeOf(await send('post', TOTP_ATTEMPT, TOTP_ATTEMPT, { form: { code: '123456' } }))).toEqual([404, 'resource_not_found']);
    const created = await send('post', TOTP, TOTP);
    expect(created.json.response).toMatchObject({ object: 'totp', verified: false, uri: expect.stringMatching(/^otpauth:\/\/totp\//) });
    const wrong = backend.authenticatorCode()!.replace(/\d/g, (d) => String((Number(d) + 5) % 10));
    expect(codeOf(await send('post', TOTP_ATTEMPT, TOTP_ATTEMPT, { form: { code: wrong } }))).toEqual([422, 'form_code_incorrect']);
    const verified = await send('post', TOTP_ATTEMPT, TOTP_ATTEMPT, { form: { code: backend.authenticatorCode()! } });
    expect(verified.json.response).toMatchObject({ verified: true, secret: null, uri: null });
    expect(verified.json.response.backup_codes).toHaveLength(10);
    expect(codeOf(await send('post', TOTP_ATTEMPT, TOTP_ATTEMPT, { form: { code: backend.authenticatorCode()! } }))).toEqual([400, 'verification_already_verified']);
    expect(codeOf(await send('post', TOTP, TOTP))).toEqual([400, 'totp_already_enabled']);
    expect(user(await send('get', ME, ME))).toMatchObject({ two_factor_enabled: true, totp_enabled: true, backup_code_enabled: true });

    backend.requireReverification();
    expect(codeOf(await send('delete', TOTP, TOTP))).toEqual([403, 'session_reverification_required']);
    backend.reverify();
    expect((await send('delete', TOTP, TOTP, { method: 'POST', query: { _method: 'DELETE' } })).json.response).toMatchObject({ object: 'totp', deleted: true });
    expect(codeOf(await send('delete', TOTP, TOTP))).toEqual([404, 'resource_not_found']);
    expect(user(await send('get', ME, ME))).toMatchObject({ two_factor_enabled: false, totp_enabled: false, backup_code_enabled: false });
    backend.requireReverification();
    expect(codeOf(await send('post', TOTP, TOTP))).toEqual([403, 'session_reverification_required']);
  });

  it('the 401 of every operation', async () => {
    const { send } = start();
    const id = `${LIST}/idn_imported`;
    const requests: [string, string, string, Record<string, string>?][] = [
      ['get', LIST, LIST],
      ['post', LIST, LIST, { phone_number: A }],
      ['get', ONE, id],
      ['patch', ONE, id, { default_second_factor: 'true' }],
      ['delete', ONE, id],
      ['post', PREPARE, `${id}/prepare_verification`, { strategy: 'phone_code' }],
      ['post', ATTEMPT, `${id}/attempt_verification`, { code: CODE }],
      ['post', BACKUP, BACKUP],
      ['get', ME, ME],
      ['patch', ME, ME, { primary_phone_number_id: 'idn_imported' }],
      ['post', TOTP, TOTP],
      ['post', TOTP_ATTEMPT, TOTP_ATTEMPT, { code: '123456' }],
      ['delete', TOTP, TOTP],
    ];
    for (const [method, specPath, path, form] of requests) {
      expect((await send(method, specPath, path, { form, session: null })).status).toBe(401);
    }
  });

  it('the schemas used here do reject a wrong shape (the checks are not vacuous)', async () => {
    const { send } = start();
    const { json } = await send('get', ONE, `${LIST}/idn_imported`);
    const schema = responseSchema(operation('get', ONE), '200');
    expect(validateAgainst(schema, { response: json.response })).not.toBeNull();
    expect(validateAgainst(schema, { ...json, extra: true })).not.toBeNull();
    expect(validateAgainst(schema, { ...json, response: { ...json.response, verification: { status: 'unverified', strategy: 'phone_code' } } })).not.toBeNull();
  });

  it('every status produced is declared by its operation', () => {
    // Runs last: the flows above filled `undeclared`.
    expect(undeclared).toEqual([]);
  });
});
