'use client';
/**
 * The mutation core every kit hook shares: optimistic list edits with exact rollback, the server's answer written
 * into the cached list (no refetch), reverification and events, and a guard against double submission.
 */
import { useCallback, useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { PhoneKitError } from '../model/errors.ts';
import type { PhoneNumber } from '../model/types.ts';
import { rollbackList } from '../core/rollback.ts';
import { usePhoneNumberKit, type PhoneNumberKitContextValue } from './context.ts';
import { editList, rereadIfStale } from '../core/cachedList.ts';
import type { PhoneNumberOperation } from '../core/events.ts';
import { phoneNumberKeys } from '../core/queryKeys.ts';
import { kitAction, runOperation } from '../core/runOperation.ts';
import { checkBeforeAction } from '../core/policy.ts';
import type { AccountSecurity } from '../model/account.ts';
import { cachedAccount, editAccount, rollbackAccount } from '../core/cachedAccount.ts';

type List = PhoneNumber[] | undefined;

export interface KitMutationConfig<TVariables, TResult> {
  operation: PhoneNumberOperation;
  /** The adapter call(s). */
  run: (kit: PhoneNumberKitContextValue, variables: TVariables) => Promise<TResult>;
  /** The phone number the operation is about, for events. */
  phoneNumberId?: (variables: TVariables) => string | undefined;
  /** The list as it should look at once, before the server answers. */
  optimistic?: (list: List, variables: TVariables) => PhoneNumber[];
  /** The list once the server answered. */
  apply?: (list: List, result: TResult, variables: TVariables) => PhoneNumber[];
  /** True when the answer leaves other numbers' state unknown (e.g. which number inherited the default). */
  needsRefetch?: (before: List, variables: TVariables) => boolean;
  /** The cached account facts (`AccountSecurity`): at once, and once the server answered; rolled back exactly on failure. */
  account?: {
    optimistic?: (account: AccountSecurity, variables: TVariables) => AccountSecurity;
    apply?: (account: AccountSecurity, result: TResult, variables: TVariables) => AccountSecurity;
  };
  /** Anything else to do with a successful answer (e.g. keep backup codes in memory). */
  onSuccess?: (kit: PhoneNumberKitContextValue, result: TResult, variables: TVariables) => void;
}

/** What a kit mutation hook returns. */
export interface KitMutation<TVariables, TResult> {
  /** Runs the operation. A second call with the same variables while one is in flight joins it (no new request). */
  run: (variables: TVariables) => Promise<TResult>;
  isPending: boolean;
  error: PhoneKitError | null;
  data: TResult | undefined;
  /** What the latest run was called with (e.g. which number is being made primary while pending). */
  variables: TVariables | undefined;
  reset: () => void;
}

interface Snapshot {
  before: List;
  optimistic: List;
  account?: { before: AccountSecurity; optimistic: AccountSecurity };
}

export function useKitMutation<TVariables, TResult>(config: KitMutationConfig<TVariables, TResult>): KitMutation<TVariables, TResult> {
  const kit = usePhoneNumberKit();
  const listKey = phoneNumberKeys.list(kit.scope);
  const mutation = useMutation<TResult, PhoneKitError, TVariables, Snapshot>(
    {
      mutationKey: phoneNumberKeys.operation(kit.scope, config.operation),
      // The host's veto was asked in onMutate, before the optimistic edit; it is not asked twice.
      mutationFn: (variables) =>
        runOperation({ ...kit.callbacks, onBeforeAction: undefined }, config.operation, () => config.run(kit, variables), config.phoneNumberId?.(variables)),
      onMutate: async (variables) => {
        // A refused change never shows: it throws here, before anything is edited or sent.
        await checkBeforeAction(kit.callbacks.onBeforeAction, kitAction(config.operation, config.phoneNumberId?.(variables)));
        const account = await optimisticAccount(kit, config, variables);
        const before = kit.queryClient.getQueryData<PhoneNumber[]>(listKey);
        if (!config.optimistic) return { before, optimistic: undefined, account };
        // An in-flight list fetch would overwrite the optimistic list with stale data.
        await kit.queryClient.cancelQueries({ queryKey: listKey });
        const optimistic = config.optimistic(before, variables);
        editList(kit, () => optimistic);
        return { before, optimistic, account };
      },
      onError: (error, _variables, snapshot) => {
        const account = snapshot?.account;
        if (account) editAccount(kit, (current) => rollbackAccount(current, account.before, account.optimistic));
        if (config.account) rereadIfStale(kit, error, phoneNumberKeys.account(kit.scope));
        if (snapshot?.optimistic) editList(kit, (current) => rollbackList(current, snapshot.before ?? [], snapshot.optimistic ?? []));
        // The change may have been made after all (the answer was lost): read the list again.
        rereadIfStale(kit, error);
      },
      onSuccess: (result, variables, snapshot) => {
        if (config.apply) editList(kit, (current) => config.apply!(current, result, variables));
        if (config.account?.apply) editAccount(kit, (current) => config.account!.apply!(current, result, variables));
        config.onSuccess?.(kit, result, variables);
        if (config.needsRefetch?.(snapshot?.before, variables)) void kit.queryClient.invalidateQueries({ queryKey: listKey });
      },
    },
    kit.queryClient,
  );

  const inflight = useRef(new Map<string, Promise<TResult>>());
  const { mutateAsync } = mutation;
  const run = useCallback(
    (variables: TVariables) => {
      const key = JSON.stringify(variables) ?? '';
      const pending = inflight.current.get(key);
      if (pending) return pending;
      const promise = mutateAsync(variables).finally(() => inflight.current.delete(key));
      inflight.current.set(key, promise);
      return promise;
    },
    [mutateAsync],
  );

  return { run, isPending: mutation.isPending, error: mutation.error, data: mutation.data, variables: mutation.variables, reset: mutation.reset };
}

/** Applies the config's optimistic account edit, if any, and returns what rollback needs. */
async function optimisticAccount<TVariables, TResult>(
  kit: PhoneNumberKitContextValue,
  config: KitMutationConfig<TVariables, TResult>,
  variables: TVariables,
): Promise<Snapshot['account']> {
  const edit = config.account?.optimistic;
  if (!edit) return undefined;
  // An in-flight read would overwrite the optimistic account with stale data.
  await kit.queryClient.cancelQueries({ queryKey: phoneNumberKeys.account(kit.scope) });
  const before = cachedAccount(kit);
  if (!before) return undefined;
  const optimistic = edit(before, variables);
  editAccount(kit, () => optimistic);
  return { before, optimistic };
}
