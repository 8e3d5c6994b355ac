'use client';
import { useState } from 'react';
import { useBackupCodesMessages } from './messages.ts';
import { Alert } from '../common/Alert.tsx';
import { backupCodesFileName, backupCodesFileText, type CodesOwner } from './codesFile.ts';
import { copyText } from './copyText.ts';
import { downloadTextFile } from './downloadTextFile.ts';
import { useParts } from '../parts/useParts.ts';

interface SaveActionsProps extends CodesOwner {
  codes: readonly string[];
  /** Says something in the component's polite live region. */
  onAnnounce: (message: string) => void;
  onPrint: () => void;
}

/** What the last copy or download did, and for which set of codes (a new set starts clean). */
interface Outcome {
  codes: readonly string[];
  ok: boolean;
}

/** Copy all, Download .txt and Print, each a labelled button, with their success and failure messages. */
export function SaveActions({ codes, applicationName, accountIdentifier, onAnnounce, onPrint }: SaveActionsProps) {
  const part = useParts('backupCodes');
  const { messages } = useBackupCodesMessages();
  const t = messages.backupCodes;
  const [copyOutcome, setCopyOutcome] = useState<Outcome | null>(null);
  const [downloadOutcome, setDownloadOutcome] = useState<Outcome | null>(null);
  const copyState = copyOutcome?.codes !== codes ? 'idle' : copyOutcome.ok ? 'copied' : 'failed';
  const downloadFailed = downloadOutcome?.codes === codes && !downloadOutcome.ok;

  const copy = async () => {
    const ok = await copyText(codes.join('\n'));
    setCopyOutcome({ codes, ok });
    if (ok) onAnnounce(t.copied);
  };
  const download = () => {
    const owner = { applicationName, accountIdentifier };
    try {
      downloadTextFile(backupCodesFileName(messages, owner), backupCodesFileText(codes, messages, owner));
      setDownloadOutcome({ codes, ok: true });
      onAnnounce(t.downloaded);
    } catch {
      setDownloadOutcome({ codes, ok: false });
    }
  };

  return (
    <div className={part('actions')} role="group" aria-label={t.actionsLabel}>
      <div className={part('buttons')}>
        <button type="button" className={part('action', 'button')} data-variant="secondary" data-action="copy" data-state={copyState} onClick={copy}>
          {t.copyAll}
        </button>
        <button
          type="button"
          className={part('action', 'button')}
          data-variant="secondary"
          data-action="download"
          data-state={downloadOutcome?.codes !== codes ? 'idle' : downloadOutcome.ok ? 'done' : 'failed'}
          onClick={download}
        >
          {t.download}
        </button>
        <button type="button" className={part('action', 'button')} data-variant="secondary" data-action="print" onClick={onPrint}>
          {t.print}
        </button>
        {/* Seen, not heard: the live region already announces it. */}
        {copyState === 'copied' && (
          <span className={part('actionStatus')} aria-hidden="true">
            {t.copied}
          </span>
        )}
      </div>
      {copyState === 'failed' && <Alert>{t.copyFailed}</Alert>}
      {downloadFailed && <Alert>{t.downloadFailed}</Alert>}
    </div>
  );
}
