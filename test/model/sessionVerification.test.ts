import { describe, expect, it } from 'vitest';
import { parseSessionVerificationEnvelope, toSessionVerificationJson } from '../../src/model/sessionVerification.ts';
import { clerkJsSessionVerificationMethods, toSessionVerification } from '../../src/adapters/clerk-js/sessionVerification.ts';
import type { SessionVerification } from '../../src/model/reverification.ts';

const wire = {
  object: 'session_reverification',
  level: 'multi_factor',
  status: 'needs_first_factor',
  supported_first_factors: [
    { strategy: 'password' },
    { strategy: 'email_code', safe_identifier: 'a**@example.com', email_address_id: 'idn_e' },
    { strategy: 'passkey', passkey_id: 'pk_1' },
    { strategy: 'phone_code', safe_identifier: '+1******0100' },
  ],
  supported_second_factors: null,
  first_factor_verification: null,
  second_factor_verification: null,
  session: {},
};

describe('parseSessionVerificationEnvelope', () => {
  it('keeps the factors the kit offers and drops the others (passkey, a phone factor without its id)', () => {
    expect(parseSessionVerificationEnvelope({ response: wire, client: null })).toEqual({
      status: 'needs_first_factor',
      level: 'multi_factor',
      firstFactors: [{ strategy: 'password' }, { strategy: 'email_code', emailAddressId: 'idn_e', safeIdentifier: 'a**@example.com' }],
      secondFactors: [],
    });
  });

  it('reads the older clerk-js level spelling', () => {
    expect(parseSessionVerificationEnvelope({ response: { ...wire, level: 'L2.secondFactor' } }).level).toBe('second_factor');
  });

  it('names the bad field of an unknown status or level', () => {
    expect(() => parseSessionVerificationEnvelope({ response: { ...wire, status: 'pending' } })).toThrow(
      expect.objectContaining({ code: 'response_invalid', field: 'response.status' }),
    );
    expect(() => parseSessionVerificationEnvelope({ response: { ...wire, level: 'L9' } })).toThrow(
      expect.objectContaining({ code: 'response_invalid', field: 'response.level' }),
    );
  });

  it('round-trips through the wire form the reference backend sends', () => {
    const model: SessionVerification = {
      status: 'needs_second_factor',
      level: 'second_factor',
      firstFactors: [],
      secondFactors: [{ strategy: 'phone_code', phoneNumberId: 'idn_a', safeIdentifier: '+1******0100' }, { strategy: 'totp' }, { strategy: 'backup_code' }],
    };
    expect(parseSessionVerificationEnvelope({ response: toSessionVerificationJson(model) })).toEqual(model);
  });
});

describe('clerk-js session verification', () => {
  it('maps the resource and sends camelCase params to the right step', async () => {
    const calls: unknown[] = [];
    const resource = { status: 'needs_second_factor', level: 'second_factor', supportedSecondFactors: [{ strategy: 'phone_code', phoneNumberId: 'idn_a', safeIdentifier: 'x' }] };
    const session = {
      startVerification: async (params: object) => (calls.push(['start', params]), resource),
      prepareFirstFactorVerification: async (params: object) => (calls.push(['prepare1', params]), resource),
      attemptFirstFactorVerification: async (params: object) => (calls.push(['attempt1', params]), resource),
      prepareSecondFactorVerification: async (params: object) => (calls.push(['prepare2', params]), resource),
      attemptSecondFactorVerification: async (params: object) => (calls.push(['attempt2', { ...params }]), { ...resource, status: 'complete' }),
    };
    const methods = clerkJsSessionVerificationMethods(() => session);
    const started = await methods.startReverification('second_factor');
    await methods.prepareReverification('second', started.secondFactors[0]!);
    const done = await methods.attemptReverification({ stage: 'second', strategy: 'phone_code', code: '123456' });
    expect(done.status).toBe('complete');
    expect(calls).toEqual([
      ['start', { level: 'second_factor' }],
      ['prepare2', { strategy: 'phone_code', phoneNumberId: 'idn_a' }],
      ['attempt2', { strategy: 'phone_code', code: '123456' }],
    ]);
  });

  it('rejects with session_missing without a session, and response_invalid for an unknown status', async () => {
    await expect(clerkJsSessionVerificationMethods(undefined).startReverification('first_factor')).rejects.toMatchObject({ code: 'session_missing' });
    expect(() => toSessionVerification({ status: null, level: 'first_factor' })).toThrow(expect.objectContaining({ code: 'response_invalid' }));
  });
});
