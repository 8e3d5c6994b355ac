import { describe, expect, it } from 'vitest';
import { createMemoryBackend, type MemoryBackendOptions } from '../../../src/testing/index.ts';
import { CODE, NUMBER_A, NUMBER_B, NUMBER_C, refused } from './fixtures.ts';

const BACKUP_CODE = /^[a-z0-9]{8}$/;

/** Three verified numbers, none reserved yet. */
function verifiedTrio(options: MemoryBackendOptions = {}) {
  return createMemoryBackend({
    code: CODE,
    phoneNumbers: [
      { id: 'idn_a', phoneNumber: NUMBER_A, verified: true },
      { id: 'idn_b', phoneNumber: NUMBER_B, verified: true },
      { id: 'idn_c', phoneNumber: NUMBER_C, verified: true },
    ],
    ...options,
  });
}

const flags = (backend: ReturnType<typeof createMemoryBackend>) =>
  backend.snapshot().phoneNumbers.map((p) => [p.id, p.reservedForSecondFactor, p.defaultSecondFactor]);

describe('updatePhoneNumber: reserving for two-step verification', () => {
  it('refuses an unverified number with 400 update_second_factor_unverified, changing nothing', async () => {
    const backend = createMemoryBackend();
    const phone = await backend.adapter.createPhoneNumber(NUMBER_A);
    const error = await refused(backend.adapter.updatePhoneNumber(phone.id, { reservedForSecondFactor: true }));
    expect(error).toMatchObject({ code: 'update_second_factor_unverified', status: 400, field: 'reserved_for_second_factor' });
    expect(backend.snapshot().phoneNumbers[0]).toMatchObject({ reservedForSecondFactor: false, defaultSecondFactor: false });
  });

  it('makes the first reserved number the default and returns backup codes in that response only', async () => {
    const backend = verifiedTrio();
    const first = await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: true });
    expect(first).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true });
    expect(first.backupCodes).toHaveLength(10);
    expect(new Set(first.backupCodes).size).toBe(10);
    for (const code of first.backupCodes!) expect(code).toMatch(BACKUP_CODE);
    expect(backend.snapshot().backupCodes?.codes).toEqual(first.backupCodes);
    // Never stored on the number, never in later answers.
    expect((await backend.adapter.listPhoneNumbers())[0]?.backupCodes).toBeNull();
    const second = await backend.adapter.updatePhoneNumber('idn_b', { reservedForSecondFactor: true });
    expect(second).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: false, backupCodes: null });
    expect(backend.snapshot().backupCodes?.codes).toEqual(first.backupCodes);
  });

  it('issues no backup codes when the user already has an authenticator app', async () => {
    const backend = verifiedTrio({ totpEnabled: true });
    const phone = await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: true });
    expect(phone.backupCodes).toBeNull();
  });

  it('reserving an already reserved number changes nothing and issues no codes', async () => {
    const backend = verifiedTrio();
    await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: true });
    const again = await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: true });
    expect(again.backupCodes).toBeNull();
  });

  it('unreserving the default promotes the oldest other reserved number', async () => {
    const backend = verifiedTrio();
    await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: true });
    await backend.adapter.updatePhoneNumber('idn_b', { reservedForSecondFactor: true });
    await backend.adapter.updatePhoneNumber('idn_c', { reservedForSecondFactor: true });
    const unreserved = await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: false });
    expect(unreserved).toMatchObject({ reservedForSecondFactor: false, defaultSecondFactor: false });
    expect(flags(backend)).toEqual([
      ['idn_a', false, false],
      ['idn_b', true, true],
      ['idn_c', true, false],
    ]);
  });

  it('unreserving the last second factor drops the backup codes; reserving again issues a new set', async () => {
    const backend = verifiedTrio();
    const first = await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: true });
    await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: false });
    expect(backend.snapshot().backupCodes).toBeNull();
    const again = await backend.adapter.updatePhoneNumber('idn_b', { reservedForSecondFactor: true });
    expect(again.backupCodes).toHaveLength(10);
    expect(again.backupCodes).not.toEqual(first.backupCodes);
  });
});

describe('updatePhoneNumber: the default second factor', () => {
  it('moves the default to another reserved number, keeping exactly one', async () => {
    const backend = verifiedTrio();
    await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: true });
    await backend.adapter.updatePhoneNumber('idn_b', { reservedForSecondFactor: true });
    const phone = await backend.adapter.updatePhoneNumber('idn_b', { defaultSecondFactor: true });
    expect(phone.defaultSecondFactor).toBe(true);
    expect(flags(backend)).toEqual([
      ['idn_a', true, false],
      ['idn_b', true, true],
      ['idn_c', false, false],
    ]);
  });

  it('refuses a number that is not reserved with 400 form_param_value_invalid on default_second_factor', async () => {
    const backend = verifiedTrio();
    const error = await refused(backend.adapter.updatePhoneNumber('idn_a', { defaultSecondFactor: true }));
    expect(error).toMatchObject({ code: 'form_param_value_invalid', status: 400, field: 'default_second_factor' });
  });

  it('accepts reserving and making default in one request', async () => {
    const backend = verifiedTrio();
    await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: true });
    await backend.adapter.updatePhoneNumber('idn_b', { reservedForSecondFactor: true, defaultSecondFactor: true });
    expect(flags(backend)[0]).toEqual(['idn_a', true, false]);
    expect(flags(backend)[1]).toEqual(['idn_b', true, true]);
  });

  it('ignores defaultSecondFactor: false', async () => {
    const backend = verifiedTrio();
    await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: true });
    const phone = await backend.adapter.updatePhoneNumber('idn_a', { defaultSecondFactor: false });
    expect(phone.defaultSecondFactor).toBe(true);
  });

  it('answers 404 for an unknown id', async () => {
    const backend = verifiedTrio();
    expect(await refused(backend.adapter.updatePhoneNumber('idn_nope', { defaultSecondFactor: true }))).toMatchObject({
      code: 'resource_not_found',
      status: 404,
    });
  });
});

describe('deletePhoneNumber', () => {
  it('removes the number', async () => {
    const backend = verifiedTrio();
    await expect(backend.adapter.deletePhoneNumber('idn_b')).resolves.toBeUndefined();
    expect(backend.snapshot().phoneNumbers.map((p) => p.id)).toEqual(['idn_a', 'idn_c']);
  });

  it('promotes another reserved number when the default is deleted', async () => {
    const backend = verifiedTrio();
    await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: true });
    await backend.adapter.updatePhoneNumber('idn_c', { reservedForSecondFactor: true });
    await backend.adapter.deletePhoneNumber('idn_a');
    expect(flags(backend)).toEqual([
      ['idn_b', false, false],
      ['idn_c', true, true],
    ]);
  });

  it('drops the backup codes with the last second factor', async () => {
    const backend = verifiedTrio();
    await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: true });
    await backend.adapter.deletePhoneNumber('idn_a');
    expect(backend.snapshot().backupCodes).toBeNull();
  });

  it('answers 404 resource_not_found for an unknown id', async () => {
    const backend = verifiedTrio();
    expect(await refused(backend.adapter.deletePhoneNumber('idn_nope'))).toMatchObject({ code: 'resource_not_found', status: 404 });
  });
});

describe('createBackupCodes', () => {
  it('refuses without a second factor with 400 second_factor_not_enabled', async () => {
    const backend = verifiedTrio();
    expect(await refused(backend.adapter.createBackupCodes())).toMatchObject({ code: 'second_factor_not_enabled', status: 400 });
  });

  it('replaces the previous set', async () => {
    const backend = verifiedTrio();
    const reserved = await backend.adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: true });
    const previousId = backend.snapshot().backupCodes?.id;
    const fresh = await backend.adapter.createBackupCodes();
    expect(fresh).toMatchObject({ object: 'backup_code', id: expect.stringMatching(/^bcode_/) });
    expect(fresh.id).not.toBe(previousId);
    expect(fresh.codes).toHaveLength(10);
    for (const code of fresh.codes) expect(reserved.backupCodes).not.toContain(code);
    expect(backend.snapshot().backupCodes).toEqual(fresh);
  });

  it('works with an authenticator app as the only second factor', async () => {
    const backend = createMemoryBackend({ totpEnabled: true });
    await expect(backend.adapter.createBackupCodes()).resolves.toMatchObject({ object: 'backup_code' });
  });
});

describe('reverification', () => {
  it('makes the sensitive operations answer 403 session_reverification_required until reverify()', async () => {
    const backend = verifiedTrio({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A, verified: true, reservedForSecondFactor: true }, { id: 'idn_b', phoneNumber: NUMBER_B, verified: true }] });
    backend.requireReverification();
    const { adapter } = backend;
    const sensitive = [
      adapter.createPhoneNumber(NUMBER_C),
      adapter.updatePhoneNumber('idn_b', { reservedForSecondFactor: true }),
      adapter.updatePhoneNumber('idn_a', { reservedForSecondFactor: false }),
      adapter.deletePhoneNumber('idn_b'),
      adapter.createBackupCodes(),
    ];
    for (const call of sensitive) {
      expect(await refused(call)).toMatchObject({ code: 'session_reverification_required', status: 403 });
    }
    expect(backend.snapshot().phoneNumbers).toHaveLength(2);
    backend.reverify();
    await expect(adapter.createPhoneNumber(NUMBER_C)).resolves.toBeTruthy();
    await expect(adapter.createBackupCodes()).resolves.toBeTruthy();
  });

  it('leaves reading, verifying and choosing the default alone', async () => {
    const backend = createMemoryBackend({
      code: CODE,
      requireReverification: true,
      phoneNumbers: [
        { id: 'idn_a', phoneNumber: NUMBER_A, verified: true, reservedForSecondFactor: true },
        { id: 'idn_b', phoneNumber: NUMBER_B, verified: true, reservedForSecondFactor: true },
        { id: 'idn_c', phoneNumber: NUMBER_C },
      ],
    });
    await expect(backend.adapter.listPhoneNumbers()).resolves.toHaveLength(3);
    await expect(backend.adapter.updatePhoneNumber('idn_b', { defaultSecondFactor: true })).resolves.toBeTruthy();
    await backend.adapter.prepareVerification('idn_c');
    await expect(backend.adapter.attemptVerification('idn_c', CODE)).resolves.toBeTruthy();
  });

  it('is cleared by requireReverification(false) and restored by reset()', async () => {
    const backend = createMemoryBackend({ requireReverification: true });
    expect(backend.snapshot().reverificationRequired).toBe(true);
    backend.requireReverification(false);
    await expect(backend.adapter.createPhoneNumber(NUMBER_A)).resolves.toBeTruthy();
    backend.reset();
    await expect(backend.adapter.createPhoneNumber(NUMBER_A)).rejects.toMatchObject({ code: 'session_reverification_required' });
  });
});
