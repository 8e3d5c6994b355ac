'use client';
import { useEffect, useSyncExternalStore } from 'react';
import type { PhoneKitError } from '../model/errors.ts';
import type { BackupCodeSet } from '../model/types.ts';
import { usePhoneNumberKit } from './context.ts';
import type { BackupCodesSnapshot } from '../core/backupCodesStore.ts';
import { useKitMutation } from './useKitMutation.ts';
import { backupCodesStoreOf } from './backupCodesStoreOf.ts';

/** What {@link useBackupCodes} returns. */
export interface UseBackupCodesResult {
  /** The codes to show, or `null` when none are in memory. */
  codes: readonly string[] | null;
  /** Where the codes came from: the first two-step reservation, or (re)generation. */
  source: BackupCodesSnapshot['source'] | null;
  /** Generates a new set and resolves with its codes; the previous set stops working. */
  generate: () => Promise<readonly string[]>;
  isGenerating: boolean;
  error: PhoneKitError | null;
  /** Forgets the codes now (e.g. after "I have saved these codes"). */
  clear: () => void;
}

/**
 * Backup codes, held in memory only. Picks up the codes the server returns with the first two-step reservation;
 * `generate()` makes a new set. The codes are dropped when the last component using this hook unmounts.
 */
export function useBackupCodes(): UseBackupCodesResult {
  const backupCodes = backupCodesStoreOf(usePhoneNumberKit());
  useEffect(() => backupCodes.retain(), [backupCodes]);
  const snapshot = useSyncExternalStore(backupCodes.subscribe, backupCodes.get, backupCodes.get);
  const mutation = useKitMutation<void, number>({
    operation: 'createBackupCodes',
    run: async (kit) => {
      const generated: BackupCodeSet = await kit.adapter.createBackupCodes();
      backupCodesStoreOf(kit).setFromBackupCodes(generated);
      // TanStack Query keeps a mutation's result in its cache (which a host may persist): only the count goes there.
      return generated.codes.length;
    },
  });
  return {
    codes: snapshot?.codes ?? null,
    source: snapshot?.source ?? null,
    generate: async () => {
      await mutation.run(undefined);
      return backupCodes.get()?.codes ?? [];
    },
    isGenerating: mutation.isPending,
    error: mutation.error,
    clear: backupCodes.clear,
  };
}
