/**
 * Each adapter method against an MSW handler that plays the Frontend API: the request it sends (method, path,
 * form body) and the model it returns.
 */
import { describe, expect, it } from 'vitest';
import { serveForThisFile } from '../../support/mswServer.ts';
import type { JsonBodyType } from 'msw';
import { createClerkFrontendApiAdapter } from '../../../src/adapters/clerk-frontend-api/createClerkFrontendApiAdapter.ts';
import { parsePhoneNumber } from '../../../src/model/parse.ts';
import { answerAndRecord, BASE, backupCodesJson, envelope, phoneJson } from './support.ts';

const server = serveForThisFile();

/** Serves `body` for any request under BASE and records the request. */
const answer = (body: JsonBodyType, status = 200) => answerAndRecord(server, [body], status);

const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: BASE, sessionId: 'sess_1', methodOverride: false });

describe('listPhoneNumbers', () => {
  it('GET /v1/me/phone_numbers; the bare array becomes models', async () => {
    const seen = answer([phoneJson(), phoneJson({ id: 'idn_2', phone_number: '+15555550101', verification: null })]);
    const list = await adapter.listPhoneNumbers();
    expect(seen).toEqual([{ method: 'GET', path: '/v1/me/phone_numbers', query: { _clerk_session_id: 'sess_1' }, contentType: null, form: {} }]);
    expect(list.map((p) => [p.id, p.phoneNumber, p.verification?.status ?? null])).toEqual([
      ['idn_1', '+15555550100', 'unverified'],
      ['idn_2', '+15555550101', null],
    ]);
  });
});

describe('createPhoneNumber', () => {
  it('POST /v1/me/phone_numbers with phone_number; the + survives form encoding', async () => {
    const seen = answer(envelope(phoneJson()));
    const phone = await adapter.createPhoneNumber('+15555550100');
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/v1/me/phone_numbers', contentType: 'application/x-www-form-urlencoded' });
    expect(seen[0]!.form).toEqual({ phone_number: '+15555550100' });
    expect(phone).toEqual(parsePhoneNumber(phoneJson()));
  });
});

describe('prepareVerification', () => {
  it('POST …/{id}/prepare_verification with strategy=phone_code', async () => {
    const seen = answer(envelope(phoneJson()));
    const phone = await adapter.prepareVerification('idn_1');
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/v1/me/phone_numbers/idn_1/prepare_verification', form: { strategy: 'phone_code' } });
    expect(phone.verification).toMatchObject({ object: 'verification_otp', strategy: 'phone_code', expireAt: 1700690999000 });
  });
});

describe('attemptVerification', () => {
  it('POST …/{id}/attempt_verification with code; returns the verified number', async () => {
    const verified = phoneJson({ verification: { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 1, expire_at: 1700690999000 } });
    const seen = answer(envelope(verified));
    const phone = await adapter.attemptVerification('idn_1', '123456');
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/v1/me/phone_numbers/idn_1/attempt_verification', form: { code: '123456' } });
    expect(phone.verification?.status).toBe('verified');
  });
});

describe('updatePhoneNumber', () => {
  it.each([
    [{ reservedForSecondFactor: true }, { reserved_for_second_factor: 'true' }],
    [{ reservedForSecondFactor: false }, { reserved_for_second_factor: 'false' }],
    [{ defaultSecondFactor: true }, { default_second_factor: 'true' }],
    [{ reservedForSecondFactor: true, defaultSecondFactor: false }, { reserved_for_second_factor: 'true', default_second_factor: 'false' }],
    [{ reservedForSecondFactor: undefined }, {}],
  ])('PATCH with only the keys given: %o → %o', async (changes, form) => {
    const seen = answer(envelope(phoneJson()));
    await adapter.updatePhoneNumber('idn_1', changes);
    expect(seen[0]).toMatchObject({ method: 'PATCH', path: '/v1/me/phone_numbers/idn_1' });
    expect(seen[0]!.form).toEqual(form);
  });

  it('returns backup codes when the server sends them (first second factor)', async () => {
    answer(envelope(phoneJson({ reserved_for_second_factor: true, default_second_factor: true, backup_codes: ['a1', 'b2'] })));
    const phone = await adapter.updatePhoneNumber('idn_1', { reservedForSecondFactor: true });
    expect(phone).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true, backupCodes: ['a1', 'b2'] });
  });
});

describe('deletePhoneNumber', () => {
  it('DELETE /v1/me/phone_numbers/{id}; resolves with nothing', async () => {
    const seen = answer(envelope({ object: 'phone_number', id: 'idn_1', deleted: true }, null));
    await expect(adapter.deletePhoneNumber('idn_1')).resolves.toBeUndefined();
    expect(seen[0]).toMatchObject({ method: 'DELETE', path: '/v1/me/phone_numbers/idn_1', form: {} });
  });

  it('a bodiless 204 is success too', async () => {
    answer(null, 204);
    await expect(adapter.deletePhoneNumber('idn_1')).resolves.toBeUndefined();
  });

  it('a 200 that is not a deleted-object envelope is response_invalid', async () => {
    answer({ ok: true });
    await expect(adapter.deletePhoneNumber('idn_1')).rejects.toMatchObject({ code: 'response_invalid', field: 'response' });
  });
});

describe('createBackupCodes', () => {
  it('POST /v1/me/backup_codes with no fields; returns the codes', async () => {
    const seen = answer(envelope(backupCodesJson()));
    const codes = await adapter.createBackupCodes();
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/v1/me/backup_codes', form: {} });
    expect(codes).toEqual({ object: 'backup_code', id: 'bcode_1', codes: ['aaaa1111', 'bbbb2222'], createdAt: 1700690400000, updatedAt: 1700690400000 });
  });
});

describe('path ids', () => {
  it('are URL-encoded, so an id cannot change the path', async () => {
    const seen = answer(envelope(phoneJson()));
    await adapter.prepareVerification('idn/../../x?y=1#z');
    expect(seen[0]!.path).toBe('/v1/me/phone_numbers/idn%2F..%2F..%2Fx%3Fy%3D1%23z/prepare_verification');
    expect(seen[0]!.query).toEqual({ _clerk_session_id: 'sess_1' });
  });
});
