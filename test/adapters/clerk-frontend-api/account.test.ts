/**
 * The Frontend API adapter's account methods against an MSW handler playing the Frontend API: exactly one request
 * each (enrolling an authenticator app is two: create + verify), the method, path and form it sends, the model it
 * returns, and `response_invalid` for answers it cannot use.
 */
import { describe, expect, it } from 'vitest';
import { serveForThisFile } from '../../support/mswServer.ts';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { createClerkFrontendApiAdapter } from '../../../src/adapters/clerk-frontend-api/createClerkFrontendApiAdapter.ts';
import { answerAndRecord, BASE, envelope } from './support.ts';

const server = serveForThisFile();

/** Answers the requests with `bodies` in turn and records them. */
const answer = (...bodies: JsonBodyType[]) => answerAndRecord(server, bodies);

/** The fields of `Client.User` the adapter reads (the parser drops the rest). */
const user = (overrides: Record<string, unknown> = {}) => ({
  id: 'user_1',
  object: 'user',
  primary_phone_number_id: 'idn_1',
  two_factor_enabled: true,
  totp_enabled: false,
  backup_code_enabled: true,
  ...overrides,
});

const totp = (overrides: Record<string, unknown> = {}) => ({
  object: 'totp',
  id: 'totp_1',
  secret: 'JBSWY3DPEHPK3PXP',
  uri: 'otpauth://totp/Example:ada?secret=JBSWY3DPEHPK3PXP&issuer=Example',
  verified: false,
  backup_codes: null,
  created_at: 1700690400000,
  updated_at: 1700690400000,
  ...overrides,
});

const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: BASE, sessionId: 'sess_1' });

describe('account methods of the Frontend API adapter', () => {
  it('getAccountSecurity: one GET /v1/me, read into the account facts', async () => {
    const seen = answer(envelope(user()));
    await expect(adapter.getAccountSecurity()).resolves.toEqual({
      userId: 'user_1',
      primaryPhoneNumberId: 'idn_1',
      twoFactorEnabled: true,
      totpEnabled: false,
      backupCodeEnabled: true,
    });
    expect(seen).toEqual([{ method: 'GET', path: '/v1/me', query: { _clerk_session_id: 'sess_1' }, contentType: null, form: {} }]);
  });

  it('setPrimaryPhoneNumber: one PATCH /v1/me (tunnelled) with primary_phone_number_id', async () => {
    const seen = answer(envelope(user({ primary_phone_number_id: 'idn_2' })));
    expect((await adapter.setPrimaryPhoneNumber('idn_2')).primaryPhoneNumberId).toBe('idn_2');
    expect(seen).toEqual([
      { method: 'POST', path: '/v1/me', query: { _clerk_session_id: 'sess_1', _method: 'PATCH' }, contentType: 'application/x-www-form-urlencoded', form: { primary_phone_number_id: 'idn_2' } },
    ]);
  });

  it('enrolling is two requests: POST /v1/me/totp, then POST /v1/me/totp/attempt_verification with the code', async () => {
    const seen = answer(envelope(totp()), envelope(totp({ secret: null, uri: null, verified: true, backup_codes: ['aaaa1111', 'bbbb2222'] })));
    expect(await adapter.createTotp()).toEqual({ id: 'totp_1', secret: 'JBSWY3DPEHPK3PXP', uri: totp().uri, verified: false });
    expect(await adapter.verifyTotp('123456')).toEqual({ backupCodes: ['aaaa1111', 'bbbb2222'] });
    expect(seen.map((s) => [s.method, s.path, s.form])).toEqual([
      ['POST', '/v1/me/totp', {}],
      ['POST', '/v1/me/totp/attempt_verification', { code: '123456' }],
    ]);
  });

  it('verifyTotp: no backup codes (null, absent or empty) reads as null', async () => {
    for (const backup_codes of [null, undefined, []]) {
      answer(envelope(totp({ verified: true, secret: null, uri: null, backup_codes })));
      expect(await adapter.verifyTotp('123456')).toEqual({ backupCodes: null });
    }
  });

  it('deleteTotp: one DELETE /v1/me/totp (tunnelled)', async () => {
    const seen = answer(envelope({ object: 'totp', id: 'totp_1', deleted: true }));
    await expect(adapter.deleteTotp()).resolves.toBeUndefined();
    expect(seen.map((s) => [s.method, s.path, s.query['_method']])).toEqual([['POST', '/v1/me/totp', 'DELETE']]);
  });

  it('refuses answers it cannot use with response_invalid, naming the field', async () => {
    answer(envelope(totp({ secret: null })));
    await expect(adapter.createTotp()).rejects.toMatchObject({ code: 'response_invalid', field: 'response.secret' });
    answer(envelope(user({ totp_enabled: 'yes' })));
    await expect(adapter.getAccountSecurity()).rejects.toMatchObject({ code: 'response_invalid', field: 'response.totp_enabled' });
    answer(user());
    await expect(adapter.getAccountSecurity()).rejects.toMatchObject({ code: 'response_invalid', field: 'response' });
  });

  it('keeps the server’s refusal of a wrong code', async () => {
    server.use(
      http.post(`${BASE}/v1/me/totp/attempt_verification`, () =>
        HttpResponse.json({ errors: [{ code: 'form_code_incorrect', message: 'Incorrect code', long_message: 'Incorrect code', meta: { param_name: 'code' } }] }, { status: 422 }),
      ),
    );
    await expect(adapter.verifyTotp('000000')).rejects.toMatchObject({ code: 'form_code_incorrect', status: 422, field: 'code' });
  });
});
