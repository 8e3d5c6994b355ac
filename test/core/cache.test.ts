import { describe, expect, it } from 'vitest';
import type { PhoneNumber } from '../../src/model/types.ts';
import { phoneNumberFixture } from '../support/phoneNumberFixture.ts';
import {
  removePhoneNumber,
  setDefaultSecondFactor,
  setReservedForSecondFactor,
  upsertPhoneNumber,
} from '../../src/core/cache.ts';
import { rollbackList } from '../../src/core/rollback.ts';
import { sortPhoneNumbers } from '../../src/model/sort.ts';

const phone = phoneNumberFixture;

describe('list edits', () => {
  it('upserts by id, appends new numbers and never stores backup codes', () => {
    const list = [phone('1'), phone('2')];
    const updated = upsertPhoneNumber(list, phone('2', { reservedForSecondFactor: true, backupCodes: ['a', 'b'] }));
    expect(updated.map((p) => p.id)).toEqual(['1', '2']);
    expect(updated[1]).toMatchObject({ reservedForSecondFactor: true, backupCodes: null });
    expect(upsertPhoneNumber(list, phone('3')).map((p) => p.id)).toEqual(['1', '2', '3']);
    expect(upsertPhoneNumber(undefined, phone('3'))).toHaveLength(1);
  });

  it('makes exactly one number the default', () => {
    const list = [phone('1', { defaultSecondFactor: true, reservedForSecondFactor: true }), phone('2', { reservedForSecondFactor: true })];
    expect(setDefaultSecondFactor(list, '2').map((p) => p.defaultSecondFactor)).toEqual([false, true]);
  });

  it('makes the first reserved number the default, and hands the default on when it is released', () => {
    const first = setReservedForSecondFactor([phone('1'), phone('2'), phone('3')], '2', true);
    expect(first.find((p) => p.id === '2')).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true });
    const second = setReservedForSecondFactor(first, '3', true);
    expect(second.find((p) => p.id === '3')).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: false });
    const released = setReservedForSecondFactor(second, '2', false);
    expect(released.find((p) => p.id === '2')).toMatchObject({ reservedForSecondFactor: false, defaultSecondFactor: false });
    expect(released.find((p) => p.id === '3')).toMatchObject({ defaultSecondFactor: true });
  });

  it('removes by id', () => {
    expect(removePhoneNumber([phone('1'), phone('2')], '1').map((p) => p.id)).toEqual(['2']);
  });

  it('hands the default to the heir when the default is removed or released, ties broken by id', () => {
    // As under clerk-js: every createdAt is 0, and the list order is not the id order.
    const list = [
      phone('b', { reservedForSecondFactor: true, defaultSecondFactor: true }),
      phone('z', { reservedForSecondFactor: true }),
      phone('c', { reservedForSecondFactor: true }),
    ];
    const defaults = (edited: PhoneNumber[]) => edited.filter((p) => p.defaultSecondFactor).map((p) => p.id);
    expect(defaults(removePhoneNumber(list, 'b'))).toEqual(['c']);
    expect(defaults(setReservedForSecondFactor(list, 'b', false))).toEqual(['c']);
    expect(defaults(removePhoneNumber(list, 'z'))).toEqual(['b']);
  });
});

describe('rollbackList', () => {
  it('restores exactly what the optimistic edit changed', () => {
    const before = [phone('1', { reservedForSecondFactor: true, defaultSecondFactor: true }), phone('2', { reservedForSecondFactor: true })];
    const optimistic = setDefaultSecondFactor(before, '2');
    expect(rollbackList(optimistic, before, optimistic)).toEqual(before);
  });

  it('keeps a concurrent change to another number', () => {
    const before = [phone('1'), phone('2')];
    const optimistic = setReservedForSecondFactor(before, '1', true);
    const concurrent = upsertPhoneNumber(optimistic, phone('2', { updatedAt: 99 }));
    const rolledBack = rollbackList(concurrent, before, optimistic);
    expect(rolledBack[0]).toEqual(before[0]);
    expect(rolledBack[1]!.updatedAt).toBe(99);
  });

  it('puts a removed number back in its place', () => {
    const before = [phone('1'), phone('2'), phone('3')];
    const optimistic = removePhoneNumber(before, '2');
    expect(rollbackList(optimistic, before, optimistic).map((p) => p.id)).toEqual(['1', '2', '3']);
  });
});

describe('sortPhoneNumbers', () => {
  it('puts the default first, then two-step, verified, unverified; ties by age', () => {
    const unverified = phone('1', { verification: null });
    const verifiedOld = phone('2');
    const reserved = phone('3', { reservedForSecondFactor: true });
    const byDefault = phone('4', { reservedForSecondFactor: true, defaultSecondFactor: true });
    const verifiedNew = phone('5');
    expect(sortPhoneNumbers([unverified, verifiedNew, reserved, verifiedOld, byDefault]).map((p) => p.id)).toEqual(['4', '3', '2', '5', '1']);
  });
});
