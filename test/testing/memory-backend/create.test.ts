import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../../src/testing/index.ts';
import { CODE, NUMBER_A, NUMBER_B, NUMBER_C, START, fakeClock, refused } from './fixtures.ts';

describe('createPhoneNumber', () => {
  it('adds an unverified number with no verification', async () => {
    const clock = fakeClock();
    const { adapter, snapshot } = createMemoryBackend({ now: clock.now });
    const phone = await adapter.createPhoneNumber(NUMBER_A);
    expect(phone).toEqual({
      id: expect.stringMatching(/^idn_[0-9A-Za-z]{27}$/),
      object: 'phone_number',
      phoneNumber: NUMBER_A,
      reserved: false,
      reservedForSecondFactor: false,
      defaultSecondFactor: false,
      verification: null,
      linkedTo: [],
      backupCodes: null,
      createdAt: START,
      updatedAt: START,
    });
    expect(snapshot().phoneNumbers).toEqual([phone]);
    expect(await adapter.listPhoneNumbers()).toEqual([phone]);
  });

  it.each(['', '   '])('refuses an empty number (%j) with 422 form_param_nil on phone_number', async (input) => {
    const { adapter, snapshot } = createMemoryBackend();
    const error = await refused(adapter.createPhoneNumber(input));
    expect(error).toMatchObject({ code: 'form_param_nil', status: 422, field: 'phone_number' });
    expect(error.errors[0]?.meta).toEqual({ param_name: 'phone_number' });
    expect(snapshot().phoneNumbers).toEqual([]);
  });

  it.each([
    ['too short', '+1201555012'],
    ['no plus', '12015550123'],
    ['not a real area code', '+15555550100'],
    ['formatted, not E.164', '+1 201 555 0123'],
    ['letters', '+1201555012a'],
  ])('refuses an invalid number (%s) with 422 form_param_format_invalid', async (_, input) => {
    const { adapter } = createMemoryBackend();
    const error = await refused(adapter.createPhoneNumber(input));
    expect(error).toMatchObject({ code: 'form_param_format_invalid', status: 422, field: 'phone_number' });
    expect(error.longMessage).toMatch(/E\.164/);
  });

  it("refuses a number the user already has with 422 form_identifier_exists", async () => {
    const { adapter } = createMemoryBackend();
    await adapter.createPhoneNumber(NUMBER_A);
    const error = await refused(adapter.createPhoneNumber(NUMBER_A));
    expect(error).toMatchObject({
      code: 'form_identifier_exists',
      status: 422,
      field: 'phone_number',
      longMessage: 'That phone number is taken. Please try another.',
    });
    expect(await adapter.listPhoneNumbers()).toHaveLength(1);
  });

  it('refuses a number taken by another user', async () => {
    const { adapter } = createMemoryBackend({ takenPhoneNumbers: [NUMBER_B] });
    const error = await refused(adapter.createPhoneNumber(NUMBER_B));
    expect(error).toMatchObject({ code: 'form_identifier_exists', status: 422, field: 'phone_number' });
  });

  it('caps unverified numbers when maxUnverifiedPhoneNumbers is set; verified ones do not count', async () => {
    const { adapter } = createMemoryBackend({
      code: CODE,
      maxUnverifiedPhoneNumbers: 1,
      phoneNumbers: [{ phoneNumber: '+15555550100', verified: true }],
    });
    const first = await adapter.createPhoneNumber(NUMBER_A);
    const error = await refused(adapter.createPhoneNumber(NUMBER_B));
    expect(error).toMatchObject({ code: 'too_many_unverified_identifications', status: 400, field: null });
    // Verifying the first frees the slot.
    await adapter.prepareVerification(first.id);
    await adapter.attemptVerification(first.id, CODE);
    await expect(adapter.createPhoneNumber(NUMBER_B)).resolves.toMatchObject({ phoneNumber: NUMBER_B });
    await expect(adapter.createPhoneNumber(NUMBER_C)).rejects.toMatchObject({ code: 'too_many_unverified_identifications' });
  });

  it('gives every refusal a trace id and the detail list the HTTP adapter would parse', async () => {
    const { adapter } = createMemoryBackend();
    const error = await refused(adapter.createPhoneNumber('nope'));
    expect(error.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(error.errors).toEqual([
      { code: 'form_param_format_invalid', message: 'is invalid', longMessage: error.longMessage, field: 'phone_number', meta: { param_name: 'phone_number' } },
    ]);
  });
});
