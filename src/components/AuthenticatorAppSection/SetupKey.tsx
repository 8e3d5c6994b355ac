'use client';
import { useState } from 'react';
import { copyText } from '../BackupCodes/copyText.ts';
import { useAuthenticatorAppSectionMessages } from './messages.ts';
import { setupKeyGroups } from './setupKeyGroups.ts';
import { useParts } from '../parts/useParts.ts';

/**
 * The setup key for people who cannot scan: groups of four, selectable as one word (the copy button copies it
 * without spaces), with a Copy button whose outcome is said beside it.
 */
export function SetupKey({ secret }: { secret: string }) {
  const part = useParts('authenticatorAppSection');
  const { messages } = useAuthenticatorAppSectionMessages();
  const t = messages.authenticatorAppSection;
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const groups = setupKeyGroups(secret);
  return (
    <div className={part('setupKey')}>
      <p className={part('instruction')}>{t.cantScan}</p>
      <code className={part('setupKeyValue')} dir="ltr">
        {groups.map((group, index) => (
          <span key={index} className={part('setupKeyGroup')}>
            {group}
          </span>
        ))}
      </code>
      <div className={part('actions')}>
        <button
          type="button"
          className={part('copyKey', 'button')}
          data-variant="secondary"
          data-state={copied}
          onClick={() => void copyText(groups.join('')).then((ok) => setCopied(ok ? 'copied' : 'failed'))}
        >
          {t.copyKey}
        </button>
        <span className={part('copyStatus')} role="status">
          {copied === 'copied' ? t.keyCopied : copied === 'failed' ? t.copyFailed : ''}
        </span>
      </div>
    </div>
  );
}
