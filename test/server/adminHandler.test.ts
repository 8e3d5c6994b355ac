// @vitest-environment node
/**
 * The support console's routes against the reference backend's Backend API: each answer is the whole fresh user,
 * each change shows on the user's side (the Frontend API adapter's view of the same state), upstream request counts
 * are exact, and every change is audited.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { AdminSendCodeResult, AdminUser, AdminUserList } from '../../src/model/admin.ts';
import { A, B, CODE, SECRET, seenResponses, startHarness } from './harness.ts';

const USER = 'user_phone_number_kit_test';

afterAll(() => {
  for (const response of seenResponses) expect(JSON.stringify(response)).not.toContain(SECRET);
});

const numbersOf = (user: AdminUser) => Object.fromEntries(user.phoneNumbers.map((p) => [p.id, p]));

describe('admin handler over the reference backend', () => {
  it('looks a user up by number: every Backend field the console shows, no backup codes, one upstream call', async () => {
    const h = startHarness();
    const { status, json } = await h.send('GET', `/users?phoneNumber=${encodeURIComponent(A)}`);
    expect(status).toBe(200);
    const { users } = json as unknown as AdminUserList;
    expect(users).toHaveLength(1);
    const user = users[0]!;
    expect(user).toMatchObject({ id: USER, firstName: 'Ada', primaryEmailAddress: 'ada@example.com', primaryPhoneNumberId: 'idn_a', twoFactorEnabled: true, backupCodeEnabled: true, totpEnabled: false });
    expect(numbersOf(user)['idn_a']).toMatchObject({ userId: USER, phoneNumber: A, verificationStatus: 'verified', reservedForSecondFactor: true, defaultSecondFactor: true, primary: true, reserved: false, linkedTo: [] });
    expect(numbersOf(user)['idn_c']).toMatchObject({ verificationStatus: null, verificationAttempts: null, verificationExpireAt: null, primary: false });
    expect(JSON.stringify(json)).not.toMatch(/backup_?codes/i);
    expect(h.upstream.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`)).toEqual([`GET /v1/users?phone_number=${encodeURIComponent(A)}`]);
    expect(h.upstream[0]!.headers.get('authorization')).toBe(`Bearer ${SECRET}`);
  });

  it('finds nobody for a number no user has, and reads one user by id', async () => {
    const h = startHarness();
    expect((await h.send('GET', '/users?phoneNumber=%2B12015550999')).json).toEqual({ users: [] });
    const one = await h.send('GET', `/users/${USER}`);
    expect(one.status).toBe(200);
    expect((one.json as unknown as AdminUser).phoneNumbers.map((p) => p.id)).toEqual(['idn_a', 'idn_b', 'idn_c']);
    const missing = await h.send('GET', '/users/user_nobody');
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ error: { code: 'not_found', message: expect.stringContaining('user_nobody') } });
  });

  it('adds a number already verified and reserved: the user side sees it, the answer is the whole user, 2 upstream calls', async () => {
    const h = startHarness();
    const { status, json } = await h.send('POST', `/users/${USER}/phone_numbers`, { body: { phoneNumber: '+12015550188', verified: true, reservedForSecondFactor: true } });
    expect(status).toBe(200);
    const added = (json as unknown as AdminUser).phoneNumbers.find((p) => p.phoneNumber === '+12015550188');
    expect(added).toMatchObject({ verificationStatus: 'verified', reservedForSecondFactor: true, defaultSecondFactor: false });
    expect(h.upstream.map((r) => r.method)).toEqual(['POST', 'GET']);
    const userSide = await h.backend.adapter.listPhoneNumbers({ signal: new AbortController().signal });
    expect(userSide.find((p) => p.phoneNumber === '+12015550188')).toMatchObject({ reservedForSecondFactor: true, verification: { status: 'verified' } });
    expect(h.audits).toEqual([{ agentId: 'agent_admin', operation: 'addPhoneNumber', target: { userId: USER, phoneNumberId: added!.id }, result: 'ok' }]);
  });

  it('marks a number verified, reserves it and makes it primary in one change (4 upstream calls)', async () => {
    const h = startHarness();
    const { status, json } = await h.send('PATCH', '/phone_numbers/idn_c', { body: { verified: true, reservedForSecondFactor: true, primary: true } });
    expect(status).toBe(200);
    const user = json as unknown as AdminUser;
    expect(user.primaryPhoneNumberId).toBe('idn_c');
    expect(numbersOf(user)['idn_c']).toMatchObject({ verificationStatus: 'verified', reservedForSecondFactor: true, primary: true });
    expect(numbersOf(user)['idn_a']!.primary).toBe(false);
    expect(h.upstream.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'GET /v1/phone_numbers/idn_c',
      'GET /v1/users',
      'PATCH /v1/phone_numbers/idn_c',
      `GET /v1/users/${USER}`,
    ]);
    expect(h.backend.snapshot().primaryPhoneNumberId).toBe('idn_c');
    expect(h.audits[0]).toEqual({ agentId: 'agent_admin', operation: 'updatePhoneNumber', target: { phoneNumberId: 'idn_c', userId: USER }, result: 'ok' });
  });

  it("passes Clerk's refusal on as a typed error and changes nothing", async () => {
    const h = startHarness();
    const before = h.backend.snapshot();
    const { status, json } = await h.send('POST', `/users/${USER}/phone_numbers`, { body: { phoneNumber: B } });
    expect(status).toBe(422);
    expect(json).toEqual({ error: { code: 'form_identifier_exists', message: 'That phone number is taken. Please try another.' } });
    expect(h.backend.snapshot()).toBe(before);
    expect(h.audits).toEqual([{ agentId: 'agent_admin', operation: 'addPhoneNumber', target: { userId: USER }, result: 'error', errorCode: 'form_identifier_exists' }]);
  });

  it('removes a number: the default second factor passes to its heir, as on the user side', async () => {
    const h = startHarness({ phoneNumbers: [
      { id: 'idn_a', phoneNumber: A, verified: true, reservedForSecondFactor: true },
      { id: 'idn_b', phoneNumber: B, verified: true, reservedForSecondFactor: true },
    ] });
    const { status, json } = await h.send('DELETE', '/phone_numbers/idn_a');
    expect(status).toBe(200);
    expect((json as unknown as AdminUser).phoneNumbers).toEqual([expect.objectContaining({ id: 'idn_b', defaultSecondFactor: true })]);
    expect(h.backend.snapshot().phoneNumbers.map((p) => p.id)).toEqual(['idn_b']);
  });

  it('resets two-step verification: no reserved number, no authenticator app, no backup codes', async () => {
    const h = startHarness({ totpEnabled: true });
    const { status, json } = await h.send('DELETE', `/users/${USER}/mfa`);
    expect(status).toBe(200);
    expect(json).toMatchObject({ twoFactorEnabled: false, totpEnabled: false, backupCodeEnabled: false });
    expect((json as unknown as AdminUser).phoneNumbers.every((p) => !p.reservedForSecondFactor && !p.defaultSecondFactor)).toBe(true);
    const snapshot = h.backend.snapshot();
    expect(snapshot.backupCodes).toBeNull();
    expect(snapshot.authenticatorApp).toBeNull();
    expect(h.audits).toEqual([{ agentId: 'agent_admin', operation: 'resetTwoStep', target: { userId: USER }, result: 'ok' }]);
  });

  it('verifies a caller: the code goes by SMS, a wrong code counts down, the right one passes', async () => {
    const h = startHarness();
    const sent = await h.send('POST', '/phone_numbers/idn_a/send_code');
    expect(sent.status).toBe(200);
    const { verificationId, phoneNumber, expireAt } = sent.json as unknown as AdminSendCodeResult;
    expect(phoneNumber).toMatchObject({ id: 'idn_a', userId: USER });
    expect(expireAt).toBe(Date.UTC(2026, 0, 1, 12) + 10 * 60_000);
    expect(h.backend.outbox.lastCodeFor('idn_a')).toBe(CODE);
    expect(JSON.stringify(sent.json)).not.toContain(CODE);

    const wrong = await h.send('POST', '/phone_numbers/idn_a/check_code', { body: { verificationId, code: '000000' } });
    expect(wrong.status).toBe(200);
    expect(wrong.json).toMatchObject({ verified: false, status: 'unverified', attemptsLeft: 2 });
    const right = await h.send('POST', '/phone_numbers/idn_a/check_code', { body: { verificationId, code: CODE } });
    expect(right.json).toMatchObject({ verified: true, status: 'verified', phoneNumber: { id: 'idn_a' } });
    const again = await h.send('POST', '/phone_numbers/idn_a/check_code', { body: { verificationId, code: CODE } });
    expect(again.status).toBe(422);
    expect(again.json).toMatchObject({ error: { code: 'verification_already_verified' } });
    expect(h.audits.map((a) => [a.operation, a.result, a.errorCode])).toEqual([
      ['verifyCaller', 'ok', undefined],
      ['verifyCaller', 'error', 'code_incorrect'],
      ['verifyCaller', 'ok', undefined],
      ['verifyCaller', 'error', 'verification_already_verified'],
    ]);
  });

  it('fails the caller check after three wrong codes, and an expired code says so', async () => {
    const h = startHarness();
    const { verificationId } = (await h.send('POST', '/phone_numbers/idn_b/send_code')).json as unknown as AdminSendCodeResult;
    for (const left of [2, 1]) {
      expect((await h.send('POST', '/phone_numbers/idn_b/check_code', { body: { verificationId, code: '111111' } })).json).toMatchObject({ attemptsLeft: left });
    }
    expect((await h.send('POST', '/phone_numbers/idn_b/check_code', { body: { verificationId, code: CODE } })).json).toMatchObject({ attemptsLeft: 1, verified: true });

    h.advance(60_000);
    const second = (await h.send('POST', '/phone_numbers/idn_c/send_code')).json as unknown as AdminSendCodeResult;
    for (let i = 0; i < 3; i++) await h.send('POST', '/phone_numbers/idn_c/check_code', { body: { verificationId: second.verificationId, code: '111111' } });
    expect((await h.send('POST', '/phone_numbers/idn_c/check_code', { body: { verificationId: second.verificationId, code: CODE } })).json).toMatchObject({ verified: false, status: 'failed', attemptsLeft: 0 });

    h.advance(60_000);
    const third = (await h.send('POST', '/phone_numbers/idn_a/send_code')).json as unknown as AdminSendCodeResult;
    h.advance(11 * 60_000);
    expect((await h.send('POST', '/phone_numbers/idn_a/check_code', { body: { verificationId: third.verificationId, code: CODE } })).json).toMatchObject({ verified: false, status: 'expired', attemptsLeft: 0 });
  });

  it('a right caller code also verifies an unverified number, which the user side then sees', async () => {
    const h = startHarness();
    const { verificationId } = (await h.send('POST', '/phone_numbers/idn_c/send_code')).json as unknown as AdminSendCodeResult;
    const right = await h.send('POST', '/phone_numbers/idn_c/check_code', { body: { verificationId, code: CODE } });
    expect(right.json).toMatchObject({ verified: true, phoneNumber: { verificationStatus: 'verified' } });
    expect(h.backend.snapshot().phoneNumbers.find((p) => p.id === 'idn_c')!.verification?.status).toBe('verified');
  });

  it('a change on the user side shows in the console', async () => {
    const h = startHarness();
    await h.backend.adapter.deletePhoneNumber('idn_b', { signal: new AbortController().signal });
    const { json } = await h.send('GET', `/users/${USER}`);
    expect((json as unknown as AdminUser).phoneNumbers.map((p) => p.id)).toEqual(['idn_a', 'idn_c']);
  });
});

describe('upstream calls per route (Backend API requests the handler makes)', () => {
  it('is exact for every route', async () => {
    const h = startHarness();
    const count = async (method: string, path: string, body?: unknown) => {
      const before = h.upstream.length;
      const { status, json } = await h.send(method, path, { body });
      expect(status).toBe(200);
      return { calls: h.upstream.slice(before).map((r) => `${r.method} ${new URL(r.url).pathname.replace(/idn_\w+|user_\w+/g, ':id')}`), json };
    };
    expect((await count('GET', `/users?phoneNumber=${encodeURIComponent(A)}`)).calls).toEqual(['GET /v1/users']);
    expect((await count('GET', `/users/${USER}`)).calls).toEqual(['GET /v1/users/:id']);
    expect((await count('POST', `/users/${USER}/phone_numbers`, { phoneNumber: '+12015550188' })).calls).toEqual(['POST /v1/phone_numbers', 'GET /v1/users/:id']);
    const owner = ['GET /v1/phone_numbers/:id', 'GET /v1/users'];
    expect((await count('PATCH', '/phone_numbers/idn_b', { primary: true })).calls).toEqual([...owner, 'PATCH /v1/phone_numbers/:id', 'GET /v1/users/:id']);
    expect((await count('DELETE', '/phone_numbers/idn_c')).calls).toEqual([...owner, 'DELETE /v1/phone_numbers/:id', 'GET /v1/users/:id']);
    const sent = await count('POST', '/phone_numbers/idn_a/send_code');
    expect(sent.calls).toEqual([...owner, 'POST /v1/phone_numbers/:id/prepare_verification']);
    const { verificationId } = sent.json as unknown as AdminSendCodeResult;
    expect((await count('POST', '/phone_numbers/idn_a/check_code', { verificationId, code: '000000' })).calls).toEqual([...owner, 'POST /v1/phone_numbers/:id/attempt_verification']);
    expect((await count('POST', '/phone_numbers/idn_a/check_code', { verificationId, code: CODE })).calls).toEqual([...owner, 'POST /v1/phone_numbers/:id/attempt_verification', 'GET /v1/users/:id']);
    expect((await count('DELETE', `/users/${USER}/mfa`)).calls).toEqual(['DELETE /v1/users/:id/mfa', 'GET /v1/users/:id']);
  });
});
