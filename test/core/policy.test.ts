import { describe, expect, it } from 'vitest';
import { checkBeforeAction, mayAdd, mayChange, mayRemove, mergePolicy } from '../../src/core/policy.ts';
import { vetoReason } from '../../src/model/veto.ts';
import { isPhoneKitError } from '../../src/model/errors.ts';

describe('policy', () => {
  it("merges a section's set props over the provider's and ignores undefined and foreign props", () => {
    const merged = mergePolicy({ readOnly: true, allowedCountries: ['US'] }, { readOnly: false, allowAdd: undefined, className: 'x' } as never);
    expect(merged).toEqual({ readOnly: false, allowedCountries: ['US'] });
  });

  it('readOnly takes away every change; allowAdd and allowRemove one each', () => {
    expect([mayChange({}), mayAdd({}), mayRemove({})]).toEqual([true, true, true]);
    expect([mayChange({ readOnly: true }), mayAdd({ readOnly: true, allowAdd: true }), mayRemove({ readOnly: true })]).toEqual([false, false, false]);
    expect([mayAdd({ allowAdd: false }), mayRemove({ allowAdd: false })]).toEqual([false, true]);
    expect([mayAdd({ allowRemove: false }), mayRemove({ allowRemove: false })]).toEqual([true, false]);
  });

  it('the veto: nothing goes ahead, a string is the reason, false and a throw refuse without one, reads are not asked', async () => {
    await expect(checkBeforeAction(undefined, { operation: 'removePhoneNumber' })).resolves.toBeUndefined();
    await expect(checkBeforeAction(() => undefined, { operation: 'removePhoneNumber' })).resolves.toBeUndefined();
    const reason = await checkBeforeAction(() => Promise.resolve('Not today.'), { operation: 'setPrimaryPhoneNumber' }).catch((e: unknown) => e);
    expect(isPhoneKitError(reason, 'action_vetoed') && vetoReason(reason)).toBe('Not today.');
    for (const veto of [() => false as const, () => Promise.reject(new Error('down')), () => '  ']) {
      const error = await checkBeforeAction(veto, { operation: 'createPhoneNumber' }).catch((e: unknown) => e);
      expect(isPhoneKitError(error, 'action_vetoed') && vetoReason(error)).toBeNull();
    }
    let asked = false;
    await checkBeforeAction(() => ((asked = true), false), { operation: 'listPhoneNumbers' });
    await checkBeforeAction(() => ((asked = true), false), { operation: 'getAccountSecurity' });
    expect(asked).toBe(false);
  });
});
