// @vitest-environment node
/**
 * Contract of `phone-number-kit/server` with Clerk's Backend API (the vendored spec): every request the handler
 * sends is an operation of the spec with only declared query parameters and a body matching its schema; every answer
 * the reference backend's Backend API gives validates against the schema declared for its status; and answers built
 * from the spec's own schemas parse with the server's checker.
 */
import { describe, expect, it } from 'vitest';
import {
  checkBackendCodeVerification,
  checkBackendPhoneNumber,
  checkBackendUser,
  toAdminUser,
} from '../../src/model/backendApi.ts';
import { WireIssue } from '../../src/model/check.ts';
import type { AdminSendCodeResult } from '../../src/model/admin.ts';
import { backendRequestProblems, backendResponseProblem, specPathFor } from '../support/backendOpenapi.ts';
import { backendSchema, buildBackendInstance } from '../support/backendSchemaInstances.ts';
import { A, CODE, everyRoute, startHarness } from '../server/harness.ts';

const USER = 'user_phone_number_kit_test';

/** A harness whose upstream traffic is checked against the spec in both directions. */
function checkedHarness(options: Parameters<typeof startHarness>[0] = {}) {
  const h = startHarness(options);
  const problems: string[] = [];
  const answered: string[] = [];
  h.setIntercept(async (request) => {
    const url = new URL(request.url);
    const template = specPathFor(url.pathname);
    for (const problem of await backendRequestProblems(request.clone())) problems.push(`${request.method} ${url.pathname}: ${problem}`);
    const response = await h.api.handle(request);
    const body: unknown = await response.clone().json();
    const problem = template ? backendResponseProblem(request.method, template, response.status, body) : 'no template';
    if (problem) problems.push(`${request.method} ${url.pathname} → ${response.status}: ${problem}`);
    answered.push(`${request.method} ${template} ${response.status}`);
    return response;
  });
  return { ...h, problems, answered };
}

describe('requests the handler sends, and the reference answers', () => {
  it('conform to the Backend API spec across every route, successes and refusals alike', async () => {
    const h = checkedHarness({ totpEnabled: true });
    for (const route of everyRoute) await h.send(route.method, route.path, { body: route.body });
    const sent = (await h.send('POST', '/phone_numbers/idn_b/send_code')).json as unknown as AdminSendCodeResult;
    await h.send('POST', '/phone_numbers/idn_b/check_code', { body: { verificationId: sent.verificationId, code: '000000' } });
    await h.send('POST', '/phone_numbers/idn_b/check_code', { body: { verificationId: sent.verificationId, code: CODE } });
    await h.send('POST', '/phone_numbers/idn_b/check_code', { body: { verificationId: sent.verificationId, code: CODE } });
    await h.send('POST', '/phone_numbers/idn_b/send_code');
    await h.send('POST', `/users/${USER}/phone_numbers`, { body: { phoneNumber: A } });
    await h.send('POST', `/users/${USER}/phone_numbers`, { body: { phoneNumber: '+12015550177', verified: true, reservedForSecondFactor: true, primary: true } });
    await h.send('PATCH', '/phone_numbers/idn_b', { body: { verified: false, reservedForSecondFactor: false } });
    await h.send('GET', '/users/user_nobody');
    await h.send('DELETE', '/phone_numbers/idn_gone');

    expect(h.problems).toEqual([]);
    // The scenario reached each operation, and refusals too.
    expect(new Set(h.answered)).toEqual(
      new Set([
        'GET /users 200',
        'GET /users/{user_id} 200',
        'GET /users/{user_id} 404',
        'POST /phone_numbers 200',
        'POST /phone_numbers 422',
        'GET /phone_numbers/{phone_number_id} 200',
        'GET /phone_numbers/{phone_number_id} 404',
        'PATCH /phone_numbers/{phone_number_id} 200',
        'DELETE /phone_numbers/{phone_number_id} 200',
        'DELETE /users/{user_id}/mfa 200',
        'POST /phone_numbers/{phone_number_id}/prepare_verification 200',
        'POST /phone_numbers/{phone_number_id}/prepare_verification 429',
        'POST /phone_numbers/{phone_number_id}/attempt_verification 200',
        'POST /phone_numbers/{phone_number_id}/attempt_verification 400',
        'POST /phone_numbers/{phone_number_id}/attempt_verification 404',
      ]),
    );
  });

  it('the reference refuses a request without the bearer secret (401, spec-shaped)', async () => {
    const h = startHarness();
    const response = await h.api.handle(new Request(`${h.api.apiUrl}/v1/users/${USER}`, { headers: { authorization: 'Bearer sk_test_wrong' } }));
    expect(response.status).toBe(401);
    expect(backendResponseProblem('GET', '/users/{user_id}', 401, await response.json())).toBeNull();
  });
});

describe('answers shaped by the spec parse', () => {
  const patterns = { '^oauth_[a-z]+$': 'oauth_google', '^oauth_(?:(?:token_)|(?:custom_))?[a-z]+$': 'oauth_google' };

  it('a full User, with every declared field, parses and maps to the console user', () => {
    const user = buildBackendInstance(backendSchema('User'), 'full', patterns) as Record<string, unknown>;
    const email = (user['email_addresses'] as Record<string, unknown>[])[0]!;
    user['primary_email_address_id'] = email['id'];
    const admin = toAdminUser(checkBackendUser(user));
    expect(admin.primaryEmailAddress).toBe(email['email_address']);
    expect(admin.phoneNumbers).toHaveLength(1);
    expect(admin.phoneNumbers[0]).toMatchObject({ linkedTo: [{ type: 'oauth_google' }], reservedForSecondFactor: true });
    expect(JSON.stringify(admin)).not.toContain('backup_codes');
  });

  it('a minimal User (required fields only) parses', () => {
    const user = buildBackendInstance(backendSchema('User'), 'minimal', patterns);
    expect(toAdminUser(checkBackendUser(user))).toMatchObject({ phoneNumbers: [], primaryEmailAddress: null });
  });

  it('a full PhoneNumber parses; a minimal one, which may leave out its id, is refused by name', () => {
    expect(checkBackendPhoneNumber(buildBackendInstance(backendSchema('PhoneNumber'), 'full', patterns))).toMatchObject({ reserved_for_second_factor: true });
    expect(() => checkBackendPhoneNumber(buildBackendInstance(backendSchema('PhoneNumber'), 'minimal', patterns))).toThrow(WireIssue);
  });

  it("prepare_verification's answer parses when it carries the id the spec says to pass on", () => {
    const answer = { object: 'verification', id: 'ver_1', status: 'unverified', strategy: 'phone_code', attempts: 0, expire_at: 1, channel: 'sms' };
    expect(backendResponseProblem('POST', '/phone_numbers/{phone_number_id}/prepare_verification', 200, answer)).toBeNull();
    expect(checkBackendCodeVerification(answer)).toMatchObject({ id: 'ver_1', status: 'unverified' });
  });
});
