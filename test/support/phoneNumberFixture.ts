import type { PhoneNumber } from '../../src/model/types.ts';

/**
 * A verified, unreserved phone number for list tests: id `'3'` → `+15555550003`, created at 3 (ids with letters use
 * their digits), so the list's creation order follows the ids. `patch` overrides any field.
 */
export function phoneNumberFixture(id: string, patch: Partial<PhoneNumber> = {}): PhoneNumber {
  return {
    id,
    object: 'phone_number',
    phoneNumber: `+1555555${id.padStart(4, '0').slice(-4)}`,
    reserved: false,
    reservedForSecondFactor: false,
    defaultSecondFactor: false,
    verification: { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 0, expireAt: 1 },
    linkedTo: [],
    backupCodes: null,
    createdAt: Number(id.replace(/\D/g, '')) || 0,
    updatedAt: 0,
    ...patch,
  };
}
