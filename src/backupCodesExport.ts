/**
 * `BackupCodes` names both the model type (what `createBackupCodes()` resolves to) and the component. A type and a
 * value may share one name when one module declares both, which is what the main entry re-exports.
 */
import type { BackupCodes as BackupCodesModel } from './model/types.ts';
import { BackupCodes as BackupCodesComponent } from './components/BackupCodes/BackupCodes.tsx';

/** A fresh set of backup codes; generating a new set invalidates the previous one. */
export type BackupCodes = BackupCodesModel;
/** Shows the backup codes held in memory, with copy, download and print. See `BackupCodesProps`. */
export const BackupCodes = BackupCodesComponent;
