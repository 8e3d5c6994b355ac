'use client';
import { BackupCodes } from '../BackupCodes/BackupCodes.tsx';
import type { HeadingLevel } from '../common/Heading.tsx';
import { useParts } from '../parts/useParts.ts';

export interface BackupCodesPanelProps {
  id: string;
  headingLevel: HeadingLevel;
  applicationName?: string;
  accountIdentifier?: string;
  onDone: () => void;
}

/**
 * Backup codes while SMS verification is on: codes still in memory, else "shown only once" and a new set on
 * request. A disclosure: focus stays on the button that opened it.
 */
export function BackupCodesPanel({ id, headingLevel, applicationName, accountIdentifier, onDone }: BackupCodesPanelProps) {
  const part = useParts('smsTwoFactorSection');
  return (
    <div id={id} className={part('inline', 'panel')} data-panel="backup-codes">
      <BackupCodes
        className={part('backupCodes')}
        headingLevel={headingLevel}
        allowGenerate
        applicationName={applicationName}
        accountIdentifier={accountIdentifier}
        onDone={onDone}
      />
    </div>
  );
}
