import { createBackupCodesStore, type BackupCodesStore } from '../core/backupCodesStore.ts';
import { perQueryClient } from '../core/storeRegistry.ts';
import type { PhoneNumberKitContextValue } from './context.ts';

const storeFor = perQueryClient(createBackupCodesStore);

/**
 * The provider's backup codes (memory only), made by the first hook that holds codes (not by the provider), so a
 * page that only lists numbers does not ship it.
 */
export function backupCodesStoreOf(kit: Pick<PhoneNumberKitContextValue, 'queryClient' | 'scope'>): BackupCodesStore {
  return storeFor(kit.queryClient, kit.scope);
}
