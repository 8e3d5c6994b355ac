import { describe, expect, it } from 'vitest';
import { isTwoFactorEnabled, signInSecondFactorOrder, totpRemovalOutcome } from '../../src/model/signInOrder.ts';
import type { PhoneNumber } from '../../src/model/types.ts';

function phone(id: string, flags: Partial<PhoneNumber> = {}, verified = true): PhoneNumber {
  return {
    id,
    object: 'phone_number',
    phoneNumber: `+1201555${id.length}`,
    reserved: false,
    reservedForSecondFactor: false,
    defaultSecondFactor: false,
    verification: verified ? { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 0, expireAt: 0 } : null,
    linkedTo: [],
    backupCodes: null,
    createdAt: 0,
    updatedAt: 0,
    ...flags,
  };
}

const reserved = (id: string, createdAt: number, isDefault = false) => phone(id, { reservedForSecondFactor: true, defaultSecondFactor: isDefault, createdAt });
const strategies = (order: ReturnType<typeof signInSecondFactorOrder>) =>
  order.map((f) => (f.strategy === 'phone_code' ? `phone:${f.phoneNumberId}` : f.strategy));

describe('isTwoFactorEnabled', () => {
  it('is on with an authenticator app or a reserved verified number, never with backup codes alone', () => {
    expect(isTwoFactorEnabled(false, [])).toBe(false);
    expect(isTwoFactorEnabled(true, [])).toBe(true);
    expect(isTwoFactorEnabled(false, [phone('a')])).toBe(false);
    expect(isTwoFactorEnabled(false, [reserved('a', 1, true)])).toBe(true);
    // Reserved but unverified is not a factor (the server never allows it; a stale cache might show it).
    expect(isTwoFactorEnabled(false, [phone('a', { reservedForSecondFactor: true }, false)])).toBe(false);
  });
});

describe('signInSecondFactorOrder', () => {
  const numbers = [phone('plain', { createdAt: 0 }), reserved('old', 1), reserved('def', 3, true), reserved('mid', 2)];

  it('starts with the authenticator app when it is enabled, then the default number, other reserved numbers oldest first, backup codes last', () => {
    expect(strategies(signInSecondFactorOrder({ totpEnabled: true, backupCodeEnabled: true }, numbers))).toEqual([
      'totp',
      'phone:def',
      'phone:old',
      'phone:mid',
      'backup_code',
    ]);
  });

  it('starts with the default number without an authenticator app', () => {
    const order = signInSecondFactorOrder({ totpEnabled: false, backupCodeEnabled: false }, numbers);
    expect(order[0]).toEqual({ strategy: 'phone_code', phoneNumberId: 'def', defaultSecondFactor: true });
    expect(strategies(order)).toEqual(['phone:def', 'phone:old', 'phone:mid']);
  });

  it('offers nothing when two-step is off, even with backup codes', () => {
    expect(signInSecondFactorOrder({ totpEnabled: false, backupCodeEnabled: true }, [phone('a')])).toEqual([]);
  });
});

describe('totpRemovalOutcome', () => {
  it('names the default number as the new first factor and keeps the backup codes when SMS stays on', () => {
    const outcome = totpRemovalOutcome({ totpEnabled: true, backupCodeEnabled: true }, [reserved('a', 1), reserved('b', 2, true)]);
    expect(outcome).toMatchObject({ twoFactorEnabled: true, backupCodesRemain: true, firstFactor: { phoneNumberId: 'b' } });
    expect(strategies(outcome.order)).toEqual(['phone:b', 'phone:a', 'backup_code']);
  });

  it('turns two-step off entirely, backup codes included, when the app is the only factor', () => {
    expect(totpRemovalOutcome({ totpEnabled: true, backupCodeEnabled: true }, [phone('a')])).toEqual({
      firstFactor: null,
      twoFactorEnabled: false,
      backupCodesRemain: false,
      order: [],
    });
  });
});
