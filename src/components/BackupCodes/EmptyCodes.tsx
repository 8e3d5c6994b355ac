'use client';
import { usePhoneNumbers } from '../../hooks/usePhoneNumbers.ts';
import { useBackupCodesMessages } from './messages.ts';
import { useFocusOnMount } from '../common/useFocusAfterRender.ts';
import { GenerateWithConfirm } from './GenerateWithConfirm.tsx';
import { useParts } from '../parts/useParts.ts';

interface GenerateProps {
  pending: boolean;
  error: string | null;
  onGenerate: () => Promise<boolean>;
  onCancel: () => void;
}

interface EmptyCodesProps extends GenerateProps {
  allowGenerate: boolean;
  /** Focus the message on mount: the user just pressed Done, whose button is gone. */
  focusOnMount: boolean;
}

/** No codes in memory: says codes are shown only once, and offers a new set. */
export function EmptyCodes({ allowGenerate, focusOnMount, ...generate }: EmptyCodesProps) {
  const part = useParts('backupCodes');
  const { messages } = useBackupCodesMessages();
  const t = messages.backupCodes;
  const title = useFocusOnMount<HTMLParagraphElement>(focusOnMount);
  return (
    <div className={part('empty')}>
      <p ref={title} tabIndex={-1} className={part('emptyTitle')}>
        {t.emptyTitle}
      </p>
      <p className={part('emptyBody')}>{allowGenerate ? t.emptyBody : t.emptyBodyNoGenerate}</p>
      {allowGenerate && <GenerateNew {...generate} />}
      {generate.pending && <p className={part('generating')}>{t.generating}</p>}
    </div>
  );
}

/** A new set replaces any saved one, so ask first whenever two-step verification may be on (or we cannot tell). */
function GenerateNew(props: GenerateProps) {
  const { messages } = useBackupCodesMessages();
  const t = messages.backupCodes;
  const { phoneNumbers, isLoading, error } = usePhoneNumbers();
  const mayHaveCodes = isLoading || error !== null || phoneNumbers.some((p) => p.reservedForSecondFactor);
  const confirmation = mayHaveCodes
    ? { title: t.generateTitle, body: t.generateBody, confirmLabel: t.generateConfirm, cancelLabel: messages.common.cancel }
    : null;
  return <GenerateWithConfirm part="generate" label={t.generate} confirmation={confirmation} {...props} />;
}
