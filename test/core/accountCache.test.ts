import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { AccountSecurity } from '../../src/model/account.ts';
import { patchAccount, readAccount, rollbackAccount, undoAccountPatch, writeAccount } from '../../src/core/accountCache.ts';

const account: AccountSecurity = {
  userId: 'user_1',
  primaryPhoneNumberId: 'idn_a',
  twoFactorEnabled: true,
  totpEnabled: false,
  backupCodeEnabled: true,
};

function location() {
  return { queryClient: new QueryClient(), scope: 'default' };
}

describe('account cache', () => {
  it('patches a cached account and hands back the account as it was', () => {
    const kit = location();
    writeAccount(kit, account);
    const before = patchAccount(kit, { primaryPhoneNumberId: 'idn_b' });
    expect(before).toEqual(account);
    expect(readAccount(kit)).toEqual({ ...account, primaryPhoneNumberId: 'idn_b' });
  });

  it('invents nothing when the account was never read', () => {
    const kit = location();
    expect(patchAccount(kit, { primaryPhoneNumberId: 'idn_b' })).toBeUndefined();
    expect(readAccount(kit)).toBeUndefined();
  });

  it('rolls back exactly: patched fields return, fields changed since keep their newer value', () => {
    const patch = { primaryPhoneNumberId: 'idn_b', totpEnabled: true };
    const changedSince = { ...account, ...patch, totpEnabled: false, backupCodeEnabled: false };
    expect(rollbackAccount(changedSince, account, patch)).toEqual({ ...account, backupCodeEnabled: false });
    // A refetch that already brought another primary keeps it.
    const refetched = { ...account, ...patch, primaryPhoneNumberId: 'idn_c' };
    expect(rollbackAccount(refetched, account, patch)).toEqual({ ...account, primaryPhoneNumberId: 'idn_c' });
  });

  it('undoes a patch on the cache itself', () => {
    const kit = location();
    writeAccount(kit, account);
    const before = patchAccount(kit, { primaryPhoneNumberId: 'idn_b' });
    undoAccountPatch(kit, before, { primaryPhoneNumberId: 'idn_b' });
    expect(readAccount(kit)).toEqual(account);
  });
});
