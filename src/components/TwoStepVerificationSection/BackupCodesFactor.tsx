'use client';
import { useId, useRef, useState } from 'react';
import { BackupCodes } from '../BackupCodes/BackupCodes.tsx';
import { useBackupCodes } from '../../hooks/useBackupCodes.ts';
import { usePolicy } from '../../hooks/usePolicy.tsx';
import { mayChange } from '../../core/policy.ts';
import type { HeadingLevel } from '../common/Heading.tsx';
import { useTwoStepVerificationSectionMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

export interface BackupCodesFactorProps {
  on: boolean;
  headingLevel: HeadingLevel;
  applicationName?: string;
  accountIdentifier?: string;
}

/**
 * Backup codes: whether there are any, and a disclosure with `BackupCodes` (codes still in memory, else "shown only
 * once" and a new set on request). Codes just returned by an enrollment open it at once. Read-only: the note only.
 */
export function BackupCodesFactor({ on, headingLevel, applicationName, accountIdentifier }: BackupCodesFactorProps) {
  const part = useParts('twoStepVerificationSection');
  const { messages } = useTwoStepVerificationSectionMessages();
  const t = messages.twoStepVerificationSection;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const { codes } = useBackupCodes();
  // With no codes in memory the panel only offers a new set, a change: read-only shows the note alone.
  const canChange = mayChange(usePolicy());
  const expanded = open && on && canChange;
  return (
    <>
      <p className={part('factorNote')}>{on ? t.backupCodesOn : t.backupCodesOff}</p>
      {on && canChange && (open || codes === null) && (
        <div className={part('actions')}>
          <button
            ref={button}
            type="button"
            className={part('backupCodesButton', 'button')}
            data-variant="secondary"
            aria-expanded={expanded}
            aria-controls={expanded ? panelId : undefined}
            onClick={() => setOpen(!open)}
          >
            {t.backupCodesButton}
          </button>
        </div>
      )}
      {expanded && (
        <div id={panelId}>
          <BackupCodes
            className={part('backupCodes')}
            headingLevel={headingLevel}
            hideTitle
            allowGenerate
            applicationName={applicationName}
            accountIdentifier={accountIdentifier}
            onDone={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </div>
      )}
    </>
  );
}
