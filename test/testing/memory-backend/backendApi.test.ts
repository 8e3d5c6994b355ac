// @vitest-environment node
/**
 * The reference backend's Backend API on its own: the bearer secret, the admin rules (what needs a verified
 * number, what re-verification does not block), caller checks, and that its changes reach the user's side.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryBackend, memoryBackendApi } from '../../../src/testing/index.ts';

const USER = 'user_phone_number_kit_test';

function start(options: Parameters<typeof createMemoryBackend>[0] = {}) {
  let time = Date.UTC(2026, 0, 1);
  const backend = createMemoryBackend({
    code: '424242',
    now: () => time,
    phoneNumbers: [
      { id: 'idn_a', phoneNumber: '+12015550123', verified: true, reservedForSecondFactor: true },
      { id: 'idn_c', phoneNumber: '+12015550125' },
    ],
    ...options,
  });
  const api = memoryBackendApi(backend);
  async function call(method: string, path: string, body?: unknown, secret = api.secretKey) {
    const response = await api.fetch(`${api.apiUrl}/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${secret}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> & { errors?: { code: string }[] } };
  }
  return { backend, api, call, advance: (ms: number) => void (time += ms) };
}

describe('memory backend: Backend API', () => {
  it('requires the configured bearer secret', async () => {
    const { call } = start({ secretKey: 'sk_test_custom' });
    expect((await call('GET', `/users/${USER}`, undefined, 'sk_test_memory')).status).toBe(401);
    expect((await call('GET', `/users/${USER}`, undefined, 'sk_test_custom')).status).toBe(200);
  });

  it('refuses to leave a second factor or the primary number unverified, and changes nothing', async () => {
    const { call, backend } = start();
    const before = backend.snapshot();
    expect((await call('PATCH', '/phone_numbers/idn_a', { verified: false })).json.errors?.[0]?.code).toBe('form_param_value_invalid');
    expect((await call('PATCH', '/phone_numbers/idn_c', { primary: true })).status).toBe(422);
    expect((await call('PATCH', '/phone_numbers/idn_c', { reserved_for_second_factor: true })).status).toBe(422);
    expect((await call('POST', '/phone_numbers', { user_id: USER, phone_number: '+12015550177', reserved_for_second_factor: true })).status).toBe(422);
    expect((await call('PATCH', '/phone_numbers/idn_c', { primary: 'yes' })).status).toBe(400);
    expect(backend.snapshot()).toBe(before);
  });

  it('is not held up by the user session re-verification, and its changes reach the user side', async () => {
    const { call, backend } = start();
    backend.requireReverification();
    const seen: unknown[] = [];
    backend.subscribe((snapshot) => seen.push(snapshot));
    const { status } = await call('PATCH', '/phone_numbers/idn_c', { verified: true, reserved_for_second_factor: true, primary: true });
    expect(status).toBe(200);
    expect(seen).toHaveLength(1);
    const mine = await backend.adapter.listPhoneNumbers({ signal: new AbortController().signal });
    expect(mine.find((p) => p.id === 'idn_c')).toMatchObject({ reservedForSecondFactor: true, verification: { status: 'verified', strategy: 'admin' } });
    expect(backend.snapshot().primaryPhoneNumberId).toBe('idn_c');
  });

  it('turns off every second factor on DELETE /users/{id}/mfa; 404 for another user', async () => {
    const { call, backend } = start({ totpEnabled: true });
    expect((await call('DELETE', '/users/user_other/mfa')).status).toBe(404);
    expect((await call('DELETE', `/users/${USER}/mfa`)).json).toEqual({ user_id: USER });
    const user = (await call('GET', `/users/${USER}`)).json;
    expect(user).toMatchObject({ two_factor_enabled: false, totp_enabled: false, backup_code_enabled: false });
    expect(backend.snapshot().backupCodes).toBeNull();
  });

  it('finds users by phone number only when one holds it', async () => {
    const { call } = start();
    expect((await call('GET', '/users?phone_number=%2B12015550123')).json).toHaveLength(1);
    expect((await call('GET', '/users?phone_number=%2B12015550999')).json).toEqual([]);
  });

  it('caller checks: the SMS goes to the outbox, a resend waits, a verification of another number is unknown', async () => {
    const { call, backend, advance } = start({ resendIntervalMs: 30_000 });
    const first = (await call('POST', '/phone_numbers/idn_a/prepare_verification')).json;
    expect(first).toMatchObject({ object: 'verification', status: 'unverified', strategy: 'phone_code', attempts: 0 });
    expect(backend.outbox.lastCodeFor('idn_a')).toBe('424242');
    const again = await call('POST', '/phone_numbers/idn_a/prepare_verification');
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toBe('30');
    expect((await call('POST', '/phone_numbers/idn_c/attempt_verification', { verification_id: first['id'], code: '424242' })).status).toBe(404);
    expect((await call('POST', '/phone_numbers/idn_a/attempt_verification', { verification_id: first['id'], code: '424242', extra: 1 })).status).toBe(400);
    advance(30_000);
    expect((await call('POST', '/phone_numbers/idn_a/prepare_verification')).status).toBe(200);
  });
});
