import { describe, expect, it } from 'vitest';
import { phoneNumberFixture } from '../support/phoneNumberFixture.ts';
import { primaryFirst, sortPhoneNumbers } from '../../src/model/sort.ts';

const phone = phoneNumberFixture;

describe('primaryFirst', () => {
  const byDefault = phone('1', { reservedForSecondFactor: true, defaultSecondFactor: true });
  const reserved = phone('2', { reservedForSecondFactor: true });
  const primary = phone('3');
  const unverified = phone('4', { verification: null });
  const sorted = sortPhoneNumbers([unverified, primary, reserved, byDefault]);

  it('lists the primary number first, then the rest in the list order', () => {
    expect(primaryFirst(sorted, '3').map((p) => p.id)).toEqual(['3', '1', '2', '4']);
  });

  it('keeps the list as it is when the primary is already first, unknown or not given', () => {
    expect(primaryFirst(sorted, '1')).toEqual(sorted);
    expect(primaryFirst(sorted, 'gone')).toBe(sorted);
    expect(primaryFirst(sorted, undefined)).toBe(sorted);
  });
});
