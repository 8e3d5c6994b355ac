import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { AccountSecurity } from '../../src/model/account.ts';
import { cachedAccount, editAccount, rollbackAccount, writeBackAccount } from '../../src/core/cachedAccount.ts';

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

describe('cached account', () => {
  it('edits a cached account, and invents nothing while it was never read', () => {
    const kit = location();
    editAccount(kit, (current) => ({ ...current, primaryPhoneNumberId: 'idn_b' }));
    expect(cachedAccount(kit)).toBeUndefined();
    writeBackAccount(kit, account);
    editAccount(kit, (current) => ({ ...current, primaryPhoneNumberId: 'idn_b' }));
    expect(cachedAccount(kit)).toEqual({ ...account, primaryPhoneNumberId: 'idn_b' });
  });

  it('writes a whole answer back even when nothing read the account before', () => {
    const kit = location();
    writeBackAccount(kit, account);
    expect(cachedAccount(kit)).toEqual(account);
  });

  it('rolls back exactly: edited fields return, fields changed since keep their newer value', () => {
    const optimistic = { ...account, primaryPhoneNumberId: 'idn_b' };
    expect(rollbackAccount(optimistic, account, optimistic)).toEqual(account);
    // A read that brought another primary in the meantime keeps it, and an unrelated change is kept too.
    const since = { ...optimistic, primaryPhoneNumberId: 'idn_c', backupCodeEnabled: false };
    expect(rollbackAccount(since, account, optimistic)).toEqual({ ...account, primaryPhoneNumberId: 'idn_c', backupCodeEnabled: false });
  });
});
