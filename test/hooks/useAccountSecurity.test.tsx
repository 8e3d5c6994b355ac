/** The account query: one request shared by every reader, none when disabled, errors as PhoneKitError. */
import { describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import type { PhoneNumberAdapter } from '../../src/adapters/types.ts';
import type { AccountSecurity } from '../../src/model/account.ts';
import { PhoneKitError } from '../../src/model/errors.ts';
import { PhoneNumberKitProvider, useAccountSecurity } from '../../src/hooks/index.ts';

const account: AccountSecurity = {
  userId: 'user_1',
  primaryPhoneNumberId: 'idn_a',
  twoFactorEnabled: false,
  totpEnabled: false,
  backupCodeEnabled: false,
};

function setup(getAccountSecurity: PhoneNumberAdapter['getAccountSecurity'], onError = vi.fn()) {
  const adapter = { getAccountSecurity: vi.fn(getAccountSecurity) } as unknown as PhoneNumberAdapter;
  const queryClient = new QueryClient();
  function wrapper({ children }: { children: ReactNode }) {
    return (
      <PhoneNumberKitProvider adapter={adapter} queryClient={queryClient} onError={onError}>
        {children}
      </PhoneNumberKitProvider>
    );
  }
  return { adapter, queryClient, wrapper, onError };
}

describe('useAccountSecurity', () => {
  it('reads the account once for every reader on the page', async () => {
    const { adapter, wrapper } = setup(() => Promise.resolve(account));
    const view = renderHook(() => [useAccountSecurity(), useAccountSecurity(), useAccountSecurity()], { wrapper });
    expect(view.result.current[0]!.isLoading).toBe(true);
    await waitFor(() => expect(view.result.current[2]!.account).toEqual(account));
    expect(view.result.current[0]!.account).toEqual(account);
    expect(adapter.getAccountSecurity).toHaveBeenCalledTimes(1);
  });

  it('makes no request when disabled, and reports nothing as loading', () => {
    const { adapter, wrapper } = setup(() => Promise.resolve(account));
    const view = renderHook(() => useAccountSecurity({ enabled: false }), { wrapper });
    expect(view.result.current).toMatchObject({ account: null, isLoading: false, isFetching: false });
    // useQuery starts its fetch in the mount effect, which renderHook has already flushed.
    expect(adapter.getAccountSecurity).not.toHaveBeenCalled();
    view.rerender();
    expect(adapter.getAccountSecurity).not.toHaveBeenCalled();
  });

  it('a failed read is a PhoneKitError and reaches onError as getAccountSecurity', async () => {
    const failure = new PhoneKitError({ code: 'network_error', message: 'offline' });
    const { wrapper, onError } = setup(() => Promise.reject(failure));
    const view = renderHook(() => useAccountSecurity(), { wrapper });
    await waitFor(() => expect(view.result.current.error?.code).toBe('network_error'), { timeout: 3000 });
    expect(onError).toHaveBeenCalledWith({ operation: 'getAccountSecurity', error: failure });
    expect(view.result.current.account).toBeNull();
  });
});
