import { BackupCodes } from '../BackupCodes/BackupCodes.tsx';
import type { HeadingLevel } from './Heading.tsx';

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
  return (
    <div id={id} className="pnk-sms-two-factor-section__inline" data-panel="backup-codes">
      <BackupCodes
        className="pnk-sms-two-factor-section__backup-codes"
        headingLevel={headingLevel}
        allowGenerate
        applicationName={applicationName}
        accountIdentifier={accountIdentifier}
        onDone={onDone}
      />
    </div>
  );
}
