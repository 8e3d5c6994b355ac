/**
 * Host policy in the one mutation path: `onBeforeAction` is asked before every change (never a read), a refusal
 * sends nothing and edits nothing, a string is the reason the user reads, and a section's own veto wins inside it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import type { PhoneNumberAdapter } from '../../src/adapters/types.ts';
import type { PhoneNumber } from '../../src/model/types.ts';
import { vetoReason } from '../../src/model/veto.ts';
import { errorMessage } from '../../src/i18n/errorMessage.ts';
import { errors } from '../../src/i18n/en/errors.ts';
import {
  PhoneNumberKitProvider,
  PolicyScope,
  phoneNumberKeys,
  usePhoneNumbers,
  usePolicy,
  useRemovePhoneNumber,
  type KitPolicy,
  type PhoneNumberKitProviderProps,
} from '../../src/hooks/index.ts';
import { phoneNumberFixture } from '../support/phoneNumberFixture.ts';

const list: PhoneNumber[] = [phoneNumberFixture('idn_1'), phoneNumberFixture('idn_2')];

function setup(provider: Partial<PhoneNumberKitProviderProps> = {}, section?: KitPolicy) {
  const adapter = {
    listPhoneNumbers: vi.fn(() => Promise.resolve(list)),
    deletePhoneNumber: vi.fn(() => Promise.resolve()),
  } as unknown as PhoneNumberAdapter;
  const queryClient = new QueryClient();
  const listEdits: unknown[] = [];
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success') listEdits.push(event.query.state.data);
  });
  function wrapper({ children }: { children: ReactNode }) {
    return (
      <PhoneNumberKitProvider adapter={adapter} queryClient={queryClient} {...provider}>
        {section ? <PolicyScope overrides={section}>{children}</PolicyScope> : children}
      </PhoneNumberKitProvider>
    );
  }
  return { adapter, queryClient, wrapper, listEdits };
}

async function loadedRemove(h: ReturnType<typeof setup>) {
  const view = renderHook(() => ({ list: usePhoneNumbers(), remove: useRemovePhoneNumber() }), { wrapper: h.wrapper });
  await waitFor(() => expect(view.result.current.list.isLoading).toBe(false));
  h.listEdits.length = 0;
  return view;
}

describe('onBeforeAction', () => {
  it('a reason refuses the change: no request, no optimistic edit, the reason is what the user reads', async () => {
    const onBeforeAction = vi.fn(() => Promise.resolve('Your administrator manages phone numbers.'));
    const onError = vi.fn();
    const h = setup({ onBeforeAction, onError });
    const view = await loadedRemove(h);
    let caught: unknown;
    await act(() => view.result.current.remove.removePhoneNumber('idn_2').catch((error: unknown) => (caught = error)));
    expect(onBeforeAction).toHaveBeenCalledExactlyOnceWith({ operation: 'removePhoneNumber', phoneNumberId: 'idn_2' });
    expect(h.adapter.deletePhoneNumber).not.toHaveBeenCalled();
    expect(h.listEdits).toEqual([]); // the row never left, not even for a moment
    expect(h.queryClient.getQueryData(phoneNumberKeys.list('default'))).toEqual(list);
    expect(caught).toMatchObject({ code: 'action_vetoed' });
    await waitFor(() => expect(view.result.current.remove.error?.code).toBe('action_vetoed'));
    expect(errorMessage(view.result.current.remove.error!, { errors })).toBe('Your administrator manages phone numbers.');
    expect(onError).not.toHaveBeenCalled(); // the host decided; it is not a failure to report
  });

  it('false refuses with the catalog message; a throwing check refuses too', async () => {
    for (const onBeforeAction of [() => false as const, () => Promise.reject(new Error('policy service down'))]) {
      const h = setup({ onBeforeAction });
      const view = await loadedRemove(h);
      let caught: unknown;
      await act(() => view.result.current.remove.removePhoneNumber('idn_2').catch((error: unknown) => (caught = error)));
      expect(h.adapter.deletePhoneNumber).not.toHaveBeenCalled();
      expect(vetoReason(caught as never)).toBeNull();
      expect(errorMessage(caught as never, { errors })).toBe('This change is not allowed here.');
    }
  });

  it('an answer of nothing lets the change go ahead, once; reads are never asked about', async () => {
    const onBeforeAction = vi.fn(() => Promise.resolve());
    const h = setup({ onBeforeAction });
    const view = await loadedRemove(h);
    expect(onBeforeAction).not.toHaveBeenCalled(); // the list read
    await act(() => view.result.current.remove.removePhoneNumber('idn_2'));
    expect(h.adapter.deletePhoneNumber).toHaveBeenCalledTimes(1);
    expect(onBeforeAction).toHaveBeenCalledTimes(1);
    // The probe the refusal test relies on does see list edits when there are some.
    expect(h.listEdits.length).toBeGreaterThan(0);
  });

  it("a section's own veto replaces the provider's for the changes made inside it", async () => {
    const providerVeto = vi.fn(() => 'provider');
    const sectionVeto = vi.fn(() => 'section');
    const h = setup({ onBeforeAction: providerVeto }, { onBeforeAction: sectionVeto });
    const view = await loadedRemove(h);
    let caught: unknown;
    await act(() => view.result.current.remove.removePhoneNumber('idn_2').catch((error: unknown) => (caught = error)));
    expect(vetoReason(caught as never)).toBe('section');
    expect(providerVeto).not.toHaveBeenCalled();
  });
});

describe('usePolicy', () => {
  it("merges a section's props over the provider's, leaving unset ones alone", () => {
    const h = setup({ readOnly: true, allowedCountries: ['US', 'CA'], factors: ['totp', 'sms'] });
    const view = renderHook(() => usePolicy({ readOnly: false, allowRemove: undefined, allowAdd: false }), { wrapper: h.wrapper });
    expect(view.result.current).toEqual({ readOnly: false, allowAdd: false, allowedCountries: ['US', 'CA'], factors: ['totp', 'sms'] });
  });
});
