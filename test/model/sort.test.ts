import { describe, expect, it } from 'vitest';
import type { PhoneNumber } from '../../src/model/types.ts';
import { primaryFirst, sortPhoneNumbers } from '../../src/model/sort.ts';

function phone(id: string, patch: Partial<PhoneNumber> = {}): PhoneNumber {
  return {
    id,
    object: 'phone_number',
    phoneNumber: `+1555555${id.padStart(4, '0')}`,
    reserved: false,
    reservedForSecondFactor: false,
    defaultSecondFactor: false,
    verification: { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 0, expireAt: 1 },
    linkedTo: [],
    backupCodes: null,
    createdAt: Number(id),
    updatedAt: 0,
    ...patch,
  };
}

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
