/**
 * The clerk-js adapter against a faithful in-memory fake of clerk-js's UserResource (test/support/fake-clerk-user.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ClerkJsAdapterErrorCode,
  createClerkJsAdapter,
  type ClerkPhoneNumberLike,
  type ClerkUserLike,
} from '../../src/clerk-js.ts';
import type { PhoneNumberAdapter } from '../../src/adapters/types.ts';
import { KitErrorCode, PhoneKitError, type PhoneNumber } from '../../src/model/index.ts';
import {
  apiError,
  createFakeClerkUser,
  FakeClerkAPIResponseError,
  FakeClerkRuntimeError,
  type FakeClerkBackend,
  type FakeClerkUserOptions,
  type FakeMethod,
  type FakeUser,
} from '../support/fake-clerk-user.ts';
import { validateAgainst } from '../support/openapi.ts';

const T0 = 1_700_000_000_000;

/** A user with three numbers: one admin-verified and linked, one mid-verification, one reserved and default. */
function richUser(options: FakeClerkUserOptions = {}) {
  return createFakeClerkUser({
    now: T0,
    phoneNumbers: [
      {
        id: 'idn_admin',
        phone_number: '+33612345678',
        verification: { object: 'verification_admin', status: 'verified', strategy: 'admin', attempts: null, expire_at: null },
        linked_to: [
          { type: 'saml', id: 'idn_saml' },
          { type: 'oauth_google', id: 'idn_google' },
        ],
        reserved: true,
        created_at: T0 - 10_000,
        updated_at: T0 - 5_000,
      },
      {
        id: 'idn_pending',
        phone_number: '+447700900123',
        verification: { object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 1, expire_at: T0 + 600_000 },
      },
      {
        id: 'idn_mfa',
        phone_number: '+15555550111',
        verification: { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 1, expire_at: T0 - 1_000 },
        reserved_for_second_factor: true,
        default_second_factor: true,
      },
    ],
    ...options,
  });
}

function setup(options: FakeClerkUserOptions = {}, adapterOptions?: Parameters<typeof createClerkJsAdapter>[1]) {
  const { user, backend } = createFakeClerkUser({ now: T0, ...options });
  const adapter = createClerkJsAdapter(user, adapterOptions);
  return { user, backend, adapter };
}

/** The rejection of a promise, asserted to be a PhoneKitError. */
async function rejection(promise: Promise<unknown>): Promise<PhoneKitError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`Expected a rejection, got ${JSON.stringify(value)}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PhoneKitError);
  return error as PhoneKitError;
}

/** Adds a number and verifies it through the adapter. */
async function addVerified(adapter: PhoneNumberAdapter, backend: FakeClerkBackend, phoneNumber: string): Promise<PhoneNumber> {
  const created = await adapter.createPhoneNumber(phoneNumber);
  await adapter.prepareVerification(created.id);
  return adapter.attemptVerification(created.id, backend.lastCode(created.id)!);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('structural types', () => {
  it('a clerk-js-shaped user fits ClerkUserLike, and its numbers ClerkPhoneNumberLike', () => {
    const { user } = createFakeClerkUser();
    const asUser: ClerkUserLike = user satisfies ClerkUserLike;
    const phones: readonly ClerkPhoneNumberLike[] = asUser.phoneNumbers;
    expect(phones).toEqual([]);
  });

  it('the fake server speaks the Frontend API: every state is a valid Client.PhoneNumber', async () => {
    const { adapter, backend } = setup();
    const states: unknown[] = [];
    const created = await adapter.createPhoneNumber('+15555550100');
    states.push(backend.json(created.id));
    await adapter.prepareVerification(created.id);
    states.push(backend.json(created.id));
    await rejection(adapter.attemptVerification(created.id, '000000'));
    states.push(backend.json(created.id));
    await adapter.attemptVerification(created.id, backend.lastCode(created.id)!);
    states.push(backend.json(created.id));
    await adapter.updatePhoneNumber(created.id, { reservedForSecondFactor: true });
    states.push(backend.json(created.id));
    for (const state of [...states, ...richUser().backend.records]) expect(validateAgainst('Client.PhoneNumber', state)).toBeNull();
    expect(validateAgainst('BackupCodes', backend.backupCodes)).toBeNull();
  });
});

describe('listPhoneNumbers', () => {
  it('maps every field of every number', async () => {
    const { user } = richUser();
    const list = await createClerkJsAdapter(user).listPhoneNumbers();
    expect(list).toStrictEqual<PhoneNumber[]>([
      {
        id: 'idn_admin',
        object: 'phone_number',
        phoneNumber: '+33612345678',
        // clerk-js resources carry no `reserved` and no timestamps: documented defaults.
        reserved: false,
        reservedForSecondFactor: false,
        defaultSecondFactor: false,
        // clerk-js turns the admin verification's null expire_at into "now" (the fake's clock).
        verification: { object: 'verification_admin', status: 'verified', strategy: 'admin', attempts: null, expireAt: T0 },
        linkedTo: [
          { type: 'saml', id: 'idn_saml' },
          { type: 'oauth_google', id: 'idn_google' },
        ],
        backupCodes: null,
        createdAt: 0,
        updatedAt: 0,
      },
      {
        id: 'idn_pending',
        object: 'phone_number',
        phoneNumber: '+447700900123',
        reserved: false,
        reservedForSecondFactor: false,
        defaultSecondFactor: false,
        verification: { object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 1, expireAt: T0 + 600_000 },
        linkedTo: [],
        backupCodes: null,
        createdAt: 0,
        updatedAt: 0,
      },
      {
        id: 'idn_mfa',
        object: 'phone_number',
        phoneNumber: '+15555550111',
        reserved: false,
        reservedForSecondFactor: true,
        defaultSecondFactor: true,
        verification: { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 1, expireAt: T0 - 1_000 },
        linkedTo: [],
        backupCodes: null,
        createdAt: 0,
        updatedAt: 0,
      },
    ]);
  });

  it('a number without verification (clerk-js: an all-null Verification) maps to verification null', async () => {
    const { adapter, user } = setup({ phoneNumbers: [{ id: 'idn_new', verification: null }] });
    expect(user.phoneNumbers[0]!.verification.status).toBeNull();
    const [phone] = await adapter.listPhoneNumbers();
    expect(phone!.verification).toBeNull();
  });

  it('reloads the user first, so the list reflects the server', async () => {
    const { user, backend } = richUser();
    const adapter = createClerkJsAdapter(user);
    // A change made elsewhere (another tab, the server): the user object does not know yet.
    backend.records.splice(1, 1);
    expect(user.phoneNumbers).toHaveLength(3);
    const list = await adapter.listPhoneNumbers();
    expect(list.map((p) => p.id)).toEqual(['idn_admin', 'idn_mfa']);
    expect(backend.callsOf('user.reload')).toHaveLength(1);
    expect(user.phoneNumbers).toHaveLength(2);
  });

  it('sees the effects of its own mutations, which clerk-js does not apply to the user object', async () => {
    const { user, backend } = richUser();
    const adapter = createClerkJsAdapter(user);
    const added = await addVerified(adapter, backend, '+15555550122');
    await adapter.updatePhoneNumber(added.id, { reservedForSecondFactor: true, defaultSecondFactor: true });
    // The user object given to the adapter is stale: the new number is missing, the old default still default.
    expect(user.phoneNumbers.map((p) => p.id)).not.toContain(added.id);
    const list = await adapter.listPhoneNumbers();
    expect(list.map((p) => [p.id, p.defaultSecondFactor])).toEqual([
      ['idn_admin', false],
      ['idn_pending', false],
      ['idn_mfa', false],
      [added.id, true],
    ]);
  });

  it('reloadOnList: false reads user.phoneNumbers as they are, without a request', async () => {
    const { user, backend } = richUser();
    const adapter = createClerkJsAdapter(user, { reloadOnList: false });
    backend.records.splice(0, 3);
    expect((await adapter.listPhoneNumbers()).map((p) => p.id)).toEqual(['idn_admin', 'idn_pending', 'idn_mfa']);
    expect(backend.callsOf('user.reload')).toHaveLength(0);
  });

  it('a user without reload is read as it is', async () => {
    const { user, backend } = richUser({ reload: false });
    expect(user.reload).toBeUndefined();
    expect(await createClerkJsAdapter(user).listPhoneNumbers()).toHaveLength(3);
    expect(backend.calls).toEqual([]);
  });

  it('uses the user a reload resolves with, when a wrapper returns a new object', async () => {
    const { user: stale } = richUser();
    const { user: fresh } = createFakeClerkUser({ phoneNumbers: [{ id: 'idn_other', phone_number: '+15555550177' }] });
    const wrapper: ClerkUserLike = {
      phoneNumbers: stale.phoneNumbers,
      createPhoneNumber: (p) => stale.createPhoneNumber(p),
      createBackupCode: () => stale.createBackupCode(),
      reload: () => Promise.resolve(fresh),
    };
    expect((await createClerkJsAdapter(wrapper).listPhoneNumbers()).map((p) => p.id)).toEqual(['idn_other']);
  });

  it('an empty user gives an empty list', async () => {
    expect(await setup().adapter.listPhoneNumbers()).toEqual([]);
  });

  it('a failed reload rejects (it does not fall back to stale data)', async () => {
    const { user, backend } = richUser();
    backend.failNext('user.reload', new TypeError('Failed to fetch'));
    const error = await rejection(createClerkJsAdapter(user).listPhoneNumbers());
    expect(error.code).toBe('network_error');
  });
});

describe('createPhoneNumber', () => {
  it('adds an unverified number and maps the new resource', async () => {
    const { adapter, backend } = setup();
    const phone = await adapter.createPhoneNumber('+15555550100');
    expect(phone).toStrictEqual<PhoneNumber>({
      id: 'idn_fake1',
      object: 'phone_number',
      phoneNumber: '+15555550100',
      reserved: false,
      reservedForSecondFactor: false,
      defaultSecondFactor: false,
      verification: null,
      linkedTo: [],
      backupCodes: null,
      createdAt: 0,
      updatedAt: 0,
    });
    expect(backend.calls).toEqual([{ method: 'user.createPhoneNumber', params: { phoneNumber: '+15555550100' } }]);
  });

  it.each([
    ['', 'form_param_nil'],
    ['5555550100', 'form_param_format_invalid'],
  ])('rejects %j with the server’s %s on field phone_number', async (input, code) => {
    const error = await rejection(setup().adapter.createPhoneNumber(input));
    expect(error).toMatchObject({ code, status: 422, field: 'phone_number' });
  });

  it('rejects a number the user already has with form_identifier_exists', async () => {
    const { adapter } = setup({ phoneNumbers: [{ phone_number: '+15555550100' }] });
    const error = await rejection(adapter.createPhoneNumber('+15555550100'));
    expect(error).toMatchObject({
      code: 'form_identifier_exists',
      message: 'is taken',
      longMessage: 'That phone number is taken. Please try another.',
      status: 422,
      field: 'phone_number',
    });
  });
});

describe('prepareVerification', () => {
  it('sends a code and maps the one-time-code verification', async () => {
    const { adapter, backend } = setup({ phoneNumbers: [{ id: 'idn_1', phone_number: '+15555550100' }] });
    const phone = await adapter.prepareVerification('idn_1');
    expect(phone.verification).toStrictEqual({
      object: 'verification_otp',
      status: 'unverified',
      strategy: 'phone_code',
      attempts: 0,
      expireAt: T0 + 600_000,
    });
    expect(backend.sms).toEqual([{ phoneNumberId: 'idn_1', phoneNumber: '+15555550100', code: backend.lastCode('idn_1') }]);
    expect(backend.calls.map((c) => c.method)).toEqual(['phoneNumber.prepareVerification']);
  });

  it('finds a number just created through the adapter without reloading the user', async () => {
    const { adapter, backend, user } = setup();
    const created = await adapter.createPhoneNumber('+15555550100');
    expect(user.phoneNumbers).toHaveLength(0);
    await adapter.prepareVerification(created.id);
    expect(backend.callsOf('user.reload')).toHaveLength(0);
    expect(backend.callsOf('phoneNumber.prepareVerification')).toEqual([{ method: 'phoneNumber.prepareVerification', id: created.id, params: { strategy: 'phone_code' } }]);
  });

  it('finds a number created elsewhere by reloading once', async () => {
    const { adapter, backend } = setup();
    backend.addElsewhere({ id: 'idn_elsewhere', phone_number: '+15555550199' });
    const phone = await adapter.prepareVerification('idn_elsewhere');
    expect(phone.verification?.status).toBe('unverified');
    expect(backend.callsOf('user.reload')).toHaveLength(1);
  });

  it('passes a 429 through with retryAfter', async () => {
    const { adapter, backend } = setup({ phoneNumbers: [{ id: 'idn_1' }] });
    backend.failNext(
      'phoneNumber.prepareVerification',
      apiError(429, 'too_many_requests', 'Too many requests', 'Too many requests, retry later', undefined, { retryAfter: 27 }),
    );
    const error = await rejection(adapter.prepareVerification('idn_1'));
    expect(error).toMatchObject({ code: 'too_many_requests', status: 429, retryAfter: 27, traceId: 'trace_fake', field: null });
  });
});

describe('attemptVerification', () => {
  async function prepared() {
    const context = setup({ phoneNumbers: [{ id: 'idn_1' }] });
    await context.adapter.prepareVerification('idn_1');
    return context;
  }

  it('verifies with the right code', async () => {
    const { adapter, backend } = await prepared();
    const phone = await adapter.attemptVerification('idn_1', backend.lastCode('idn_1')!);
    expect(phone.verification).toMatchObject({ object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 1 });
    expect(backend.callsOf('phoneNumber.attemptVerification')[0]!.params).toEqual({ code: backend.lastCode('idn_1') });
  });

  it('a wrong code: form_code_incorrect on field code, and the attempt is counted', async () => {
    const { adapter, backend } = await prepared();
    const error = await rejection(adapter.attemptVerification('idn_1', '000000'));
    expect(error).toMatchObject({ code: 'form_code_incorrect', message: 'is incorrect', longMessage: 'Incorrect code', status: 422, field: 'code' });
    expect(backend.json('idn_1').verification?.attempts).toBe(1);
    expect((await adapter.listPhoneNumbers())[0]!.verification?.attempts).toBe(1);
  });

  it('too many wrong codes fail the verification', async () => {
    const { adapter } = await prepared();
    await rejection(adapter.attemptVerification('idn_1', '000000'));
    await rejection(adapter.attemptVerification('idn_1', '000000'));
    expect((await rejection(adapter.attemptVerification('idn_1', '000000'))).code).toBe('verification_failed');
    expect((await adapter.listPhoneNumbers())[0]!.verification?.status).toBe('failed');
  });

  it('an expired code', async () => {
    const { adapter, backend } = await prepared();
    backend.advance(600_001);
    expect(await rejection(adapter.attemptVerification('idn_1', backend.lastCode('idn_1')!))).toMatchObject({ code: 'verification_expired', status: 400 });
  });
});

describe('updatePhoneNumber', () => {
  it('reserving the first number: setReservedForSecondFactor only; it becomes the default and brings backup codes', async () => {
    const { adapter, backend } = setup();
    const phone = await addVerified(adapter, backend, '+15555550100');
    backend.calls.length = 0;
    const updated = await adapter.updatePhoneNumber(phone.id, { reservedForSecondFactor: true, defaultSecondFactor: true });
    expect(updated).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true });
    expect(updated.backupCodes).toEqual(backend.backupCodes!.codes);
    expect(updated.backupCodes).toHaveLength(10);
    expect(backend.calls).toEqual([{ method: 'phoneNumber.setReservedForSecondFactor', id: phone.id, params: { reserved: true } }]);
  });

  it('both changes: reserves first, then makes it the default, keeping the reservation’s backup codes', async () => {
    const { adapter, backend } = setup({ firstReservationBecomesDefault: false });
    const phone = await addVerified(adapter, backend, '+15555550100');
    backend.calls.length = 0;
    const updated = await adapter.updatePhoneNumber(phone.id, { reservedForSecondFactor: true, defaultSecondFactor: true });
    expect(backend.calls.map((c) => c.method)).toEqual(['phoneNumber.setReservedForSecondFactor', 'phoneNumber.makeDefaultSecondFactor']);
    expect(updated).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true });
    // clerk-js dropped them from the resource on the second answer; the adapter keeps them.
    expect(updated.backupCodes).toEqual(backend.backupCodes!.codes);
  });

  it('reserving a second number keeps the existing default and brings no codes', async () => {
    const { user, backend } = richUser();
    const adapter = createClerkJsAdapter(user);
    const phone = await addVerified(adapter, backend, '+15555550100');
    const updated = await adapter.updatePhoneNumber(phone.id, { reservedForSecondFactor: true });
    expect(updated).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: false, backupCodes: null });
  });

  it('defaultSecondFactor: true → makeDefaultSecondFactor; the previous default loses it', async () => {
    const { user, backend } = richUser();
    const adapter = createClerkJsAdapter(user);
    const phone = await addVerified(adapter, backend, '+15555550100');
    await adapter.updatePhoneNumber(phone.id, { reservedForSecondFactor: true });
    backend.calls.length = 0;
    const updated = await adapter.updatePhoneNumber(phone.id, { defaultSecondFactor: true });
    expect(updated.defaultSecondFactor).toBe(true);
    expect(backend.calls).toEqual([{ method: 'phoneNumber.makeDefaultSecondFactor', id: phone.id, params: { default_second_factor: true } }]);
    expect((await adapter.listPhoneNumbers()).filter((p) => p.defaultSecondFactor).map((p) => p.id)).toEqual([phone.id]);
  });

  it('defaultSecondFactor: true is sent even when the (possibly stale) user says it is already the default', async () => {
    const { user, backend } = richUser();
    const updated = await createClerkJsAdapter(user).updatePhoneNumber('idn_mfa', { defaultSecondFactor: true });
    expect(updated.defaultSecondFactor).toBe(true);
    expect(backend.callsOf('phoneNumber.makeDefaultSecondFactor')).toHaveLength(1);
  });

  it('unreserving the default drops the default', async () => {
    const { user, backend } = richUser();
    const updated = await createClerkJsAdapter(user).updatePhoneNumber('idn_mfa', { reservedForSecondFactor: false });
    expect(updated).toMatchObject({ reservedForSecondFactor: false, defaultSecondFactor: false });
    expect(backend.calls.map((c) => c.method)).toEqual(['phoneNumber.setReservedForSecondFactor']);
  });

  it('{ reservedForSecondFactor: false, defaultSecondFactor: false } on the default: one unreserve call', async () => {
    const { user, backend } = richUser();
    const updated = await createClerkJsAdapter(user).updatePhoneNumber('idn_mfa', { reservedForSecondFactor: false, defaultSecondFactor: false });
    expect(updated).toMatchObject({ reservedForSecondFactor: false, defaultSecondFactor: false });
    expect(backend.calls.map((c) => c.method)).toEqual(['phoneNumber.setReservedForSecondFactor']);
  });

  it('defaultSecondFactor: false on the default: unsupported_change, and no call is made', async () => {
    const { user, backend } = richUser();
    const error = await rejection(createClerkJsAdapter(user).updatePhoneNumber('idn_mfa', { defaultSecondFactor: false }));
    expect(error.code).toBe(ClerkJsAdapterErrorCode.unsupportedChange);
    expect(error.code).toBe('unsupported_change');
    expect(error).toMatchObject({ status: null, field: 'defaultSecondFactor' });
    expect(error.message).toMatch(/cannot unset the default/);
    expect(backend.calls).toEqual([]);
  });

  it('defaultSecondFactor: false on a number that is not the default: a no-op', async () => {
    const { user, backend } = richUser();
    const updated = await createClerkJsAdapter(user).updatePhoneNumber('idn_pending', { defaultSecondFactor: false });
    expect(updated).toMatchObject({ id: 'idn_pending', defaultSecondFactor: false });
    expect(backend.calls).toEqual([]);
  });

  it('{ reservedForSecondFactor: false, defaultSecondFactor: true }: unsupported_change before any call', async () => {
    const { user, backend } = richUser();
    const error = await rejection(createClerkJsAdapter(user).updatePhoneNumber('idn_mfa', { reservedForSecondFactor: false, defaultSecondFactor: true }));
    expect(error.code).toBe('unsupported_change');
    expect(backend.calls).toEqual([]);
  });

  it('no changes: no call, the number as the user holds it', async () => {
    const { user, backend } = richUser();
    const updated = await createClerkJsAdapter(user).updatePhoneNumber('idn_mfa', {});
    expect(updated).toMatchObject({ id: 'idn_mfa', reservedForSecondFactor: true, defaultSecondFactor: true });
    expect(backend.calls).toEqual([]);
  });

  it('passes server refusals through (reserving an unverified number, making an unreserved one the default)', async () => {
    const { user } = richUser();
    const adapter = createClerkJsAdapter(user);
    expect(await rejection(adapter.updatePhoneNumber('idn_pending', { reservedForSecondFactor: true }))).toMatchObject({
      code: 'form_param_value_invalid',
      status: 422,
      field: 'reserved_for_second_factor',
    });
    expect(await rejection(adapter.updatePhoneNumber('idn_admin', { defaultSecondFactor: true }))).toMatchObject({
      code: 'form_param_value_invalid',
      field: 'default_second_factor',
    });
  });

  it('a failure of the second step rejects, after the first step took effect', async () => {
    const { adapter, backend } = setup({ firstReservationBecomesDefault: false });
    const phone = await addVerified(adapter, backend, '+15555550100');
    backend.failNext('phoneNumber.makeDefaultSecondFactor', apiError(403, 'session_reverification_required', 'needs reverification', 'You need to provide additional verification to perform this operation'));
    const error = await rejection(adapter.updatePhoneNumber(phone.id, { reservedForSecondFactor: true, defaultSecondFactor: true }));
    expect(error).toMatchObject({ code: 'session_reverification_required', status: 403 });
    expect(backend.json(phone.id).reserved_for_second_factor).toBe(true);
  });
});

describe('deletePhoneNumber', () => {
  it('destroys the number and resolves with nothing', async () => {
    const { user, backend } = richUser();
    const adapter = createClerkJsAdapter(user);
    await expect(adapter.deletePhoneNumber('idn_pending')).resolves.toBeUndefined();
    expect(backend.calls).toEqual([{ method: 'phoneNumber.destroy', id: 'idn_pending' }]);
    expect((await adapter.listPhoneNumbers()).map((p) => p.id)).toEqual(['idn_admin', 'idn_mfa']);
  });

  it('deleting the default passes it to another reserved number (server rule), visible in the next list', async () => {
    const { user, backend } = richUser();
    const adapter = createClerkJsAdapter(user);
    const other = await addVerified(adapter, backend, '+15555550100');
    await adapter.updatePhoneNumber(other.id, { reservedForSecondFactor: true });
    await adapter.deletePhoneNumber('idn_mfa');
    expect((await adapter.listPhoneNumbers()).find((p) => p.id === other.id)?.defaultSecondFactor).toBe(true);
  });

  it('a number created and deleted through the adapter is then unknown', async () => {
    const { adapter } = setup();
    const created = await adapter.createPhoneNumber('+15555550100');
    await adapter.deletePhoneNumber(created.id);
    expect((await rejection(adapter.deletePhoneNumber(created.id))).code).toBe('resource_not_found');
  });

  it('deleting twice through a stale user: the server’s 404 comes through', async () => {
    const { user } = richUser();
    const adapter = createClerkJsAdapter(user);
    await adapter.deletePhoneNumber('idn_pending');
    // The user object still lists it (no reload happened), so the call reaches the server.
    expect(user.phoneNumbers.map((p) => p.id)).toContain('idn_pending');
    expect(await rejection(adapter.deletePhoneNumber('idn_pending'))).toMatchObject({ code: 'resource_not_found', status: 404 });
  });
});

describe('createBackupCodes', () => {
  it('maps the BackupCodeResource (Dates → Unix ms)', async () => {
    const { adapter, backend } = setup();
    backend.advance(1234);
    const codes = await adapter.createBackupCodes();
    expect(codes).toStrictEqual({
      object: 'backup_code',
      id: backend.backupCodes!.id,
      codes: backend.backupCodes!.codes,
      createdAt: T0 + 1234,
      updatedAt: T0 + 1234,
    });
    expect(codes.codes).toHaveLength(10);
    expect(codes.codes).not.toBe(backend.backupCodes!.codes);
  });

  it('a new set replaces the old one', async () => {
    const { adapter } = setup();
    const first = await adapter.createBackupCodes();
    const second = await adapter.createBackupCodes();
    expect(second.id).not.toBe(first.id);
    expect(second.codes).not.toEqual(first.codes);
  });

  it('null dates map to 0', async () => {
    const user: ClerkUserLike = {
      phoneNumbers: [],
      createPhoneNumber: () => Promise.reject(new Error('unused')),
      createBackupCode: () => Promise.resolve({ id: 'bc_1', codes: ['a', 'b'], createdAt: null, updatedAt: null }),
    };
    expect(await createClerkJsAdapter(user).createBackupCodes()).toStrictEqual({ object: 'backup_code', id: 'bc_1', codes: ['a', 'b'], createdAt: 0, updatedAt: 0 });
  });
});

describe('unknown ids', () => {
  const calls: [string, (adapter: PhoneNumberAdapter) => Promise<unknown>][] = [
    ['prepareVerification', (a) => a.prepareVerification('idn_nope')],
    ['attemptVerification', (a) => a.attemptVerification('idn_nope', '123456')],
    ['updatePhoneNumber', (a) => a.updatePhoneNumber('idn_nope', { reservedForSecondFactor: true })],
    ['deletePhoneNumber', (a) => a.deletePhoneNumber('idn_nope')],
  ];

  it.each(calls)('%s: 404 resource_not_found after one reload', async (_name, call) => {
    const { user, backend } = richUser();
    const error = await rejection(call(createClerkJsAdapter(user)));
    expect(error).toMatchObject({ code: 'resource_not_found', status: 404, field: null, retryAfter: null, traceId: null });
    expect(error.errors).toEqual([{ code: 'resource_not_found', message: 'not found', longMessage: error.longMessage, field: null, meta: {} }]);
    expect(error.longMessage).toContain('idn_nope');
    expect(backend.calls.map((c) => c.method)).toEqual(['user.reload']);
  });

  it.each(calls)('%s: 404 at once for a user without reload', async (_name, call) => {
    const { user, backend } = richUser({ reload: false });
    expect((await rejection(call(createClerkJsAdapter(user)))).code).toBe('resource_not_found');
    expect(backend.calls).toEqual([]);
  });
});

describe('error mapping', () => {
  it('ClerkAPIResponseError: every field, every listed error, meta without the undefined keys', async () => {
    const { user, backend } = richUser();
    const thrown = new FakeClerkAPIResponseError(
      422,
      [
        { code: 'form_code_incorrect', message: 'is incorrect', longMessage: 'Incorrect code', paramName: 'code' },
        { code: 'form_param_nil', message: 'is missing' },
      ],
      { clerkTraceId: 'trace_123', retryAfter: 5 },
    );
    backend.failNext('phoneNumber.attemptVerification', thrown);
    const error = await rejection(createClerkJsAdapter(user).attemptVerification('idn_pending', '111111'));
    expect(error).toMatchObject({
      name: 'PhoneKitError',
      code: 'form_code_incorrect',
      message: 'is incorrect',
      longMessage: 'Incorrect code',
      status: 422,
      field: 'code',
      retryAfter: 5,
      traceId: 'trace_123',
    });
    expect(error.errors).toStrictEqual([
      { code: 'form_code_incorrect', message: 'is incorrect', longMessage: 'Incorrect code', field: 'code', meta: { paramName: 'code' } },
      // No long message: the short one stands in.
      { code: 'form_param_nil', message: 'is missing', longMessage: 'is missing', field: null, meta: {} },
    ]);
    expect(error.cause).toBe(thrown);
  });

  it('ClerkAPIResponseError with an empty error list → http_error with the status', async () => {
    const { user, backend } = richUser();
    backend.failNext('phoneNumber.prepareVerification', new FakeClerkAPIResponseError(503, []));
    const error = await rejection(createClerkJsAdapter(user).prepareVerification('idn_pending'));
    expect(error).toMatchObject({ code: KitErrorCode.http, status: 503, field: null, message: 'HTTP 503' });
    expect(error.errors).toEqual([]);
  });

  it('an older ClerkAPIResponseError shape (no clerkTraceId, no retryAfter, meta with paramName only)', async () => {
    const old = Object.assign(new Error('Incorrect code'), {
      clerkError: true,
      status: 422,
      errors: [{ code: 'form_code_incorrect', message: 'is incorrect', longMessage: 'Incorrect code', meta: { paramName: 'code', sessionId: undefined } }],
    });
    const { user, backend } = richUser();
    backend.failNext('phoneNumber.attemptVerification', old);
    expect(await rejection(createClerkJsAdapter(user).attemptVerification('idn_pending', '1'))).toMatchObject({
      code: 'form_code_incorrect',
      status: 422,
      field: 'code',
      retryAfter: null,
      traceId: null,
    });
  });

  it.each([
    ['TypeError: Failed to fetch', new TypeError('Failed to fetch'), 'Failed to fetch'],
    ['a plain Error', new Error('socket hang up'), 'socket hang up'],
    ['a thrown string', 'offline', 'offline'],
    ['undefined', undefined, 'The request to Clerk failed.'],
  ])('a non-Clerk failure (%s) → network_error', async (_label, thrown, message) => {
    const { user } = richUser();
    vi.spyOn(user, 'createPhoneNumber').mockImplementation(() => Promise.reject(thrown));
    const error = await rejection(createClerkJsAdapter(user).createPhoneNumber('+15555550100'));
    expect(error).toMatchObject({ code: 'network_error', status: null, field: null, message });
    expect(error.cause).toBe(thrown);
  });

  it('ClerkRuntimeError keeps its code (clerk-js rethrowing an offline error as network_error)', async () => {
    const { user, backend } = richUser();
    const thrown = new FakeClerkRuntimeError('Clerk: Network error at "…"', 'network_error');
    backend.failNext('user.createBackupCode', thrown);
    const error = await rejection(createClerkJsAdapter(user).createBackupCodes());
    expect(error).toMatchObject({ code: 'network_error', status: null, message: 'Clerk: Network error at "…"' });
    expect(error.cause).toBe(thrown);
  });

  it('a clerk-js method that throws synchronously is mapped too', async () => {
    const { user } = richUser();
    vi.spyOn(user.phoneNumbers[1]!, 'prepareVerification').mockImplementation(() => {
      throw new TypeError('Cannot read properties of undefined');
    });
    const adapter = createClerkJsAdapter(user);
    expect((await rejection(adapter.prepareVerification('idn_pending'))).code).toBe('network_error');
  });

  const methods: [FakeMethod, (adapter: PhoneNumberAdapter) => Promise<unknown>][] = [
    ['user.reload', (a) => a.listPhoneNumbers()],
    ['user.createPhoneNumber', (a) => a.createPhoneNumber('+15555550100')],
    ['user.createBackupCode', (a) => a.createBackupCodes()],
    ['phoneNumber.prepareVerification', (a) => a.prepareVerification('idn_pending')],
    ['phoneNumber.attemptVerification', (a) => a.attemptVerification('idn_pending', '1')],
    ['phoneNumber.setReservedForSecondFactor', (a) => a.updatePhoneNumber('idn_mfa', { reservedForSecondFactor: true })],
    ['phoneNumber.makeDefaultSecondFactor', (a) => a.updatePhoneNumber('idn_mfa', { defaultSecondFactor: true })],
    ['phoneNumber.destroy', (a) => a.deletePhoneNumber('idn_pending')],
  ];

  it.each(methods)('%s: a 403 session_reverification_required comes through as is', async (method, call) => {
    const { user, backend } = richUser();
    backend.failNext(method, apiError(403, 'session_reverification_required', 'needs reverification', 'You need to provide additional verification to perform this operation'));
    const error = await rejection(call(createClerkJsAdapter(user)));
    expect(error).toMatchObject({ code: 'session_reverification_required', status: 403, traceId: 'trace_fake' });
  });

  it('a resource clerk-js hands over in an unexpected shape → response_invalid naming the wire field', async () => {
    const broken = { id: 'idn_x', phoneNumber: undefined } as unknown as ClerkPhoneNumberLike;
    const user: ClerkUserLike = {
      phoneNumbers: [],
      createPhoneNumber: () => Promise.resolve(broken),
      createBackupCode: () => Promise.resolve({ id: 'bc', codes: 'nope' } as never),
    };
    const adapter = createClerkJsAdapter(user);
    expect(await rejection(adapter.createPhoneNumber('+15555550100'))).toMatchObject({ code: 'response_invalid', field: 'phone_number' });
    expect(await rejection(adapter.createBackupCodes())).toMatchObject({ code: 'response_invalid', field: 'codes' });
  });

  it('a list with one bad resource fails whole, naming its index', async () => {
    const { user } = richUser({ reload: false });
    (user.phoneNumbers[1] as unknown as { id: unknown }).id = 42;
    expect(await rejection(createClerkJsAdapter(user).listPhoneNumbers())).toMatchObject({ code: 'response_invalid', field: '1.id' });
  });
});

describe('mapping details (resources built by hand)', () => {
  function resource(overrides: Partial<ClerkPhoneNumberLike>): ClerkPhoneNumberLike {
    const never = () => Promise.reject(new Error('unused'));
    return {
      id: 'idn_1',
      phoneNumber: '+15555550100',
      verification: null,
      reservedForSecondFactor: false,
      defaultSecondFactor: false,
      linkedTo: [],
      prepareVerification: never,
      attemptVerification: never,
      setReservedForSecondFactor: never,
      makeDefaultSecondFactor: never,
      destroy: never,
      ...overrides,
    };
  }

  async function map(overrides: Partial<ClerkPhoneNumberLike>): Promise<PhoneNumber> {
    const user: ClerkUserLike = { phoneNumbers: [resource(overrides)], createPhoneNumber: () => Promise.reject(new Error('unused')), createBackupCode: () => Promise.reject(new Error('unused')) };
    const [phone] = await createClerkJsAdapter(user).listPhoneNumbers();
    return phone!;
  }

  it('reads reserved / createdAt / updatedAt when a clerk-js version carries them (Date or ms)', async () => {
    expect(await map({ reserved: true, createdAt: new Date(T0), updatedAt: T0 + 1 })).toMatchObject({ reserved: true, createdAt: T0, updatedAt: T0 + 1 });
  });

  it('invalid dates read as unknown', async () => {
    expect(await map({ createdAt: new Date(Number.NaN), updatedAt: null })).toMatchObject({ createdAt: 0, updatedAt: 0 });
    const phone = await map({ verification: { status: 'unverified', strategy: 'phone_code', attempts: 0, expireAt: new Date('nope') } });
    expect(phone.verification?.expireAt).toBeNull();
  });

  it('verification null, or with a null status, → null', async () => {
    expect((await map({ verification: null })).verification).toBeNull();
    expect((await map({ verification: { status: null, strategy: null, attempts: null, expireAt: null } })).verification).toBeNull();
  });

  it("strategy 'admin' → verification_admin; a status without strategy → phone_code", async () => {
    expect((await map({ verification: { status: 'verified', strategy: 'admin', attempts: null, expireAt: null } })).verification).toStrictEqual({
      object: 'verification_admin',
      status: 'verified',
      strategy: 'admin',
      attempts: null,
      expireAt: null,
    });
    expect((await map({ verification: { status: 'unverified', strategy: null, attempts: 2, expireAt: new Date(T0) } })).verification).toStrictEqual({
      object: 'verification_otp',
      status: 'unverified',
      strategy: 'phone_code',
      attempts: 2,
      expireAt: T0,
    });
  });

  it('keeps unknown statuses and strategies (transferable, whatsapp_code)', async () => {
    expect((await map({ verification: { status: 'transferable', strategy: 'whatsapp_code', attempts: null, expireAt: null } })).verification).toMatchObject({
      object: 'verification_otp',
      status: 'transferable',
      strategy: 'whatsapp_code',
    });
  });

  it('links keep only type and id; backup codes are copied', async () => {
    const link = Object.assign({ type: 'oauth_github', id: 'idn_gh' }, { object: 'identification_link', pathRoot: '', reload: () => undefined });
    const codes = ['a', 'b'];
    const phone = await map({ linkedTo: [link], backupCodes: codes });
    expect(phone.linkedTo).toStrictEqual([{ type: 'oauth_github', id: 'idn_gh' }]);
    expect(phone.backupCodes).toEqual(codes);
    expect(phone.backupCodes).not.toBe(codes);
  });

  it('backupCodes undefined or null → null', async () => {
    expect((await map({ backupCodes: undefined })).backupCodes).toBeNull();
    expect((await map({ backupCodes: null })).backupCodes).toBeNull();
  });
});

describe('abort', () => {
  const operations: [string, FakeMethod, (adapter: PhoneNumberAdapter, signal: AbortSignal) => Promise<unknown>][] = [
    ['listPhoneNumbers', 'user.reload', (a, signal) => a.listPhoneNumbers({ signal })],
    ['createPhoneNumber', 'user.createPhoneNumber', (a, signal) => a.createPhoneNumber('+15555550100', { signal })],
    ['prepareVerification', 'phoneNumber.prepareVerification', (a, signal) => a.prepareVerification('idn_pending', { signal })],
    ['attemptVerification', 'phoneNumber.attemptVerification', (a, signal) => a.attemptVerification('idn_pending', '123456', { signal })],
    ['updatePhoneNumber', 'phoneNumber.setReservedForSecondFactor', (a, signal) => a.updatePhoneNumber('idn_mfa', { reservedForSecondFactor: true }, { signal })],
    ['deletePhoneNumber', 'phoneNumber.destroy', (a, signal) => a.deletePhoneNumber('idn_pending', { signal })],
    ['createBackupCodes', 'user.createBackupCode', (a, signal) => a.createBackupCodes({ signal })],
  ];

  it.each(operations)('%s: aborted before the call → request_aborted, and clerk-js is never called', async (_name, _method, run) => {
    const { user, backend } = richUser();
    const controller = new AbortController();
    const reason = new Error('user left the page');
    controller.abort(reason);
    const error = await rejection(run(createClerkJsAdapter(user), controller.signal));
    expect(error).toMatchObject({ code: KitErrorCode.aborted, status: null });
    expect(error.code).toBe('request_aborted');
    expect(error.cause).toBe(reason);
    expect(backend.calls).toEqual([]);
  });

  it.each(operations)('%s: aborted during the call → rejects at once; the call itself still completes', async (_name, method, run) => {
    const { user, backend } = richUser();
    const adapter = createClerkJsAdapter(user);
    const controller = new AbortController();
    const hold = backend.holdNext();
    const pending = run(adapter, controller.signal);
    await hold.started;
    expect(backend.calls.at(-1)!.method).toBe(method);
    controller.abort();
    const error = await rejection(pending);
    expect(error.code).toBe('request_aborted');
    expect(error.cause).toBe(controller.signal.reason);
    expect(error.cause).toMatchObject({ name: 'AbortError' });
    // The server still handles the call once it goes on (documented: the kit cannot cancel it).
    expect(backend.completed).toHaveLength(0);
    hold.release();
    await vi.waitFor(() => expect(backend.completed.map((c) => c.method)).toEqual([method]), { timeout: 15_000 });
  });

  it('an aborted call whose clerk-js promise later rejects leaves no unhandled rejection', async () => {
    const { user, backend } = richUser();
    const controller = new AbortController();
    const hold = backend.holdNext();
    backend.failNext('phoneNumber.prepareVerification', new TypeError('Failed to fetch'));
    const pending = createClerkJsAdapter(user).prepareVerification('idn_pending', { signal: controller.signal });
    await hold.started;
    controller.abort();
    expect((await rejection(pending)).code).toBe('request_aborted');
    hold.release();
    // Let the held call fail; vitest fails the run on an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('a create aborted mid-flight may still have created the number: the next list shows it', async () => {
    const { adapter, backend } = setup();
    const controller = new AbortController();
    const hold = backend.holdNext();
    const pending = adapter.createPhoneNumber('+15555550100', { signal: controller.signal });
    await hold.started;
    controller.abort();
    await rejection(pending);
    hold.release();
    await vi.waitFor(() => expect(backend.records).toHaveLength(1), { timeout: 15_000 });
    expect((await adapter.listPhoneNumbers()).map((p) => p.phoneNumber)).toEqual(['+15555550100']);
  });

  it('a two-step update aborted during the first step never starts the second', async () => {
    const { adapter, backend } = setup({ firstReservationBecomesDefault: false });
    const phone = await addVerified(adapter, backend, '+15555550100');
    backend.calls.length = 0;
    const controller = new AbortController();
    const hold = backend.holdNext();
    const pending = adapter.updatePhoneNumber(phone.id, { reservedForSecondFactor: true, defaultSecondFactor: true }, { signal: controller.signal });
    await hold.started;
    controller.abort();
    expect((await rejection(pending)).code).toBe('request_aborted');
    hold.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(backend.calls.map((c) => c.method)).toEqual(['phoneNumber.setReservedForSecondFactor']);
  });

  it('a lookup reload aborted mid-flight: the method rejects and never calls the number', async () => {
    const { user, backend } = richUser();
    const controller = new AbortController();
    const hold = backend.holdNext();
    const pending = createClerkJsAdapter(user).prepareVerification('idn_created_elsewhere', { signal: controller.signal });
    await hold.started;
    controller.abort();
    expect((await rejection(pending)).code).toBe('request_aborted');
    hold.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(backend.calls.map((c) => c.method)).toEqual(['user.reload']);
  });

  it('a signal that never aborts changes nothing, and its listener is removed afterwards', async () => {
    const { user } = richUser();
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const list = await createClerkJsAdapter(user).listPhoneNumbers({ signal: controller.signal });
    expect(list).toHaveLength(3);
    expect(add).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove.mock.calls[0]![1]).toBe(add.mock.calls[0]![1]);
    // Aborting after the fact is harmless.
    controller.abort();
  });

  it('a failure without an abort is still the failure, with a signal present', async () => {
    const { user, backend } = richUser();
    backend.failNext('phoneNumber.destroy', apiError(400, 'identification_deletion_failed', 'deletion failed', 'You cannot delete your last identification.'));
    const error = await rejection(createClerkJsAdapter(user).deletePhoneNumber('idn_pending', { signal: new AbortController().signal }));
    expect(error.code).toBe('identification_deletion_failed');
  });
});

describe('the fake behaves like clerk-js', () => {
  it('resource methods update the resource in place and resolve with it', async () => {
    const { user, backend } = richUser();
    const phone = user.phoneNumbers[1]!;
    const result = await phone.prepareVerification();
    expect(result).toBe(phone);
    expect(phone.verification.attempts).toBe(0);
    expect(backend.lastCode('idn_pending')).toMatch(/^\d{6}$/);
  });

  it('mutations leave user.phoneNumbers alone; reload refreshes it in place and resolves with the user', async () => {
    const { user } = createFakeClerkUser();
    await user.createPhoneNumber({ phoneNumber: '+15555550100' });
    expect(user.phoneNumbers).toHaveLength(0);
    const reloaded: FakeUser = (await user.reload!())!;
    expect(reloaded).toBe(user);
    expect(user.phoneNumbers).toHaveLength(1);
  });
});
