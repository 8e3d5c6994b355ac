'use client';
/** The wizard's simpler steps: each takes focus when it opens, so keyboard and screen-reader users follow along. */
import { formatMessageNodes } from '../../i18n/index.ts';
import { useSmsTwoFactorSectionMessages } from './messages.ts';
import { useFocusOnMount } from '../common/useFocusAfterRender.ts';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';
import { BackupCodes } from '../BackupCodes/BackupCodes.tsx';
import { Heading, type HeadingLevel } from '../common/Heading.tsx';
import { useParts } from '../parts/useParts.ts';

/** The reservation is on its way. */
export function ReservingStep() {
  const part = useParts('smsTwoFactorSection');
  const { messages } = useSmsTwoFactorSectionMessages();
  const message = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div className={part('step')} data-step="reserving" data-state="pending" aria-busy="true">
      <p ref={message} className={part('progress')} tabIndex={-1}>
        {messages.smsTwoFactorSection.reserving}
      </p>
    </div>
  );
}

/**
 * The codes that came with the first reservation; the user confirms they saved them before Done. No
 * "Regenerate" (they were made seconds ago), and no second title: the step's heading names the codes.
 */
export function BackupCodesStep(props: { headingLevel: HeadingLevel; applicationName?: string; accountIdentifier?: string; onDone: () => void }) {
  const part = useParts('smsTwoFactorSection');
  const { messages } = useSmsTwoFactorSectionMessages();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className={part('step')} data-step="backup-codes" data-state="success">
      <Heading headingRef={heading} level={props.headingLevel} className={part('stepHeading')}>
        {messages.smsTwoFactorSection.backupCodesStepHeading}
      </Heading>
      <BackupCodes
        className={part('backupCodes')}
        headingLevel={(props.headingLevel + 1) as 3 | 4 | 5 | 6}
        allowGenerate={false}
        hideTitle
        applicationName={props.applicationName}
        accountIdentifier={props.accountIdentifier}
        onDone={props.onDone}
      />
    </div>
  );
}

/** On, and no codes to save (the user already had another second factor). */
export function DoneStep({ headingLevel, phoneNumber, onDone }: { headingLevel: HeadingLevel; phoneNumber: string; onDone: () => void }) {
  const part = useParts('smsTwoFactorSection');
  const common = useParts('common');
  const { messages } = useSmsTwoFactorSectionMessages();
  const t = messages.smsTwoFactorSection;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className={part('step')} data-step="done" data-state="success">
      <Heading headingRef={heading} level={headingLevel} className={part('stepHeading')}>
        {t.doneStepHeading}
      </Heading>
      <p className={part('explanation')}>{formatMessageNodes(t.doneStepBody, { phoneNumber: <PhoneNumberText e164={phoneNumber} /> })}</p>
      <div className={part('actions')}>
        <button type="button" className={common('button')} data-variant="primary" onClick={onDone}>
          {messages.common.done}
        </button>
      </div>
    </div>
  );
}
