/** The second-factor rules of src/model/secondFactor.ts, each on the smallest list that shows it. */
import { describe, expect, it } from 'vitest';
import {
  heirOfDefault,
  isLastSecondFactor,
  isVerified,
  needsRefetch,
  otherReserved,
  releaseMovesDefault,
  removalWarnings,
  reserveMakesDefault,
  turnOffWarning,
} from '../../src/model/secondFactor.ts';
import type { PhoneNumber } from '../../src/model/types.ts';

const verified = { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 0, expireAt: 1 } as const;

function phone(id: string, patch: Partial<PhoneNumber> = {}): PhoneNumber {
  return {
    id,
    object: 'phone_number',
    phoneNumber: '+12015550100',
    reserved: false,
    reservedForSecondFactor: false,
    defaultSecondFactor: false,
    verification: verified,
    linkedTo: [],
    backupCodes: null,
    createdAt: 0,
    updatedAt: 0,
    ...patch,
  };
}

const reserved = (id: string, createdAt = 0) => phone(id, { reservedForSecondFactor: true, createdAt });
const byDefault = (id: string, createdAt = 0) => phone(id, { reservedForSecondFactor: true, defaultSecondFactor: true, createdAt });

describe('isVerified', () => {
  it('is true for a verified status only', () => {
    expect(isVerified(phone('a'))).toBe(true);
    expect(isVerified(phone('a', { verification: null }))).toBe(false);
    expect(isVerified(phone('a', { verification: { ...verified, status: 'unverified' } }))).toBe(false);
    expect(isVerified(phone('a', { verification: { ...verified, status: 'expired' } }))).toBe(false);
  });
});

describe('heirOfDefault', () => {
  it('is the oldest other reserved number', () => {
    const list = [byDefault('a', 1), reserved('c', 3), phone('z', { createdAt: 0 }), reserved('b', 2)];
    expect(otherReserved(list, 'a').map((p) => p.id)).toEqual(['c', 'b']);
    expect(heirOfDefault(list, 'a')?.id).toBe('b');
  });

  it('breaks equal createdAt by id, whatever the list order (clerk-js maps every createdAt to 0)', () => {
    expect(heirOfDefault([byDefault('m'), reserved('z'), reserved('b')], 'm')?.id).toBe('b');
    expect(heirOfDefault([reserved('b'), byDefault('m'), reserved('z')], 'm')?.id).toBe('b');
  });

  it('is null when the number is not the default, or no other number is reserved', () => {
    expect(heirOfDefault([byDefault('a'), reserved('b'), reserved('c')], 'b')).toBeNull();
    expect(heirOfDefault([byDefault('a'), phone('b')], 'a')).toBeNull();
  });
});

describe('releaseMovesDefault, reserveMakesDefault, isLastSecondFactor', () => {
  it('moves the default only when the default leaves and another reserved number stays', () => {
    expect(releaseMovesDefault([byDefault('a'), reserved('b')], 'a')).toBe(true);
    expect(releaseMovesDefault([byDefault('a'), reserved('b')], 'b')).toBe(false);
    expect(releaseMovesDefault([byDefault('a'), phone('b')], 'a')).toBe(false);
    expect(releaseMovesDefault([byDefault('a')], 'unknown')).toBe(false);
  });

  it('makes the first reserved number the default, and no later one', () => {
    expect(reserveMakesDefault([phone('a'), phone('b')], 'a')).toBe(true);
    expect(reserveMakesDefault([byDefault('a'), phone('b')], 'b')).toBe(false);
  });

  it('calls the only reserved number the last second factor', () => {
    expect(isLastSecondFactor([byDefault('a'), phone('b')], 'a')).toBe(true);
    expect(isLastSecondFactor([byDefault('a'), reserved('b')], 'a')).toBe(false);
    expect(isLastSecondFactor([byDefault('a'), phone('b')], 'b')).toBe(false);
  });
});

describe('turnOffWarning', () => {
  it('warns before turning off the last reserved number or the default, and names the heir', () => {
    expect(turnOffWarning([byDefault('a'), phone('b')], 'a')).toEqual({ kind: 'last' });
    expect(turnOffWarning([byDefault('a'), reserved('c'), reserved('b')], 'a')).toEqual({ kind: 'default', heir: reserved('b') });
    expect(turnOffWarning([byDefault('a'), reserved('b')], 'b')).toBeNull();
    expect(turnOffWarning([byDefault('a'), phone('b')], 'b')).toBeNull();
  });
});

describe('removalWarnings', () => {
  it('warns about two-step use, and what losing the second factor costs, as turning it off would', () => {
    const plain = phone('a');
    const main = byDefault('b');
    const spare = reserved('c');
    expect(removalWarnings([plain, main], 'a')).toEqual({ twoStep: false, secondFactor: null });
    expect(removalWarnings([plain, main, spare], 'b')).toEqual({ twoStep: true, secondFactor: { kind: 'default', heir: spare } });
    expect(removalWarnings([main, spare], 'c')).toEqual({ twoStep: true, secondFactor: null });
    expect(removalWarnings([plain, main], 'b')).toEqual({ twoStep: true, secondFactor: { kind: 'last' } });
  });
});

describe('needsRefetch', () => {
  it('reads the list again only when a release or removal handed the default on', () => {
    const list = [byDefault('a'), reserved('b')];
    expect(needsRefetch(list, 'a')).toBe(true);
    expect(needsRefetch(list, 'b')).toBe(false);
    expect(needsRefetch([byDefault('a')], 'a')).toBe(false);
    expect(needsRefetch(undefined, 'a')).toBe(false);
  });
});
