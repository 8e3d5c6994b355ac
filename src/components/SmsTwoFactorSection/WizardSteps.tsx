/** The wizard's simpler steps: each takes focus when it opens, so keyboard and screen-reader users follow along. */
import { formatMessage, useLocalization } from '../../i18n/index.ts';
import { useFocusOnMount } from '../shared/useFocusOnMount.ts';
import { formatPhoneNumber } from '../shared/formatPhoneNumber.ts';
import { BackupCodes } from '../BackupCodes/BackupCodes.tsx';
import { Heading, type HeadingLevel } from './Heading.tsx';

/** The reservation is on its way. */
export function ReservingStep() {
  const { messages } = useLocalization();
  const message = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div className="pnk-sms-two-factor-section__step" data-step="reserving" data-state="pending" aria-busy="true">
      <p ref={message} className="pnk-sms-two-factor-section__progress" tabIndex={-1}>
        {messages.smsTwoFactorSection.reserving}
      </p>
    </div>
  );
}

/** The codes that came with the first reservation; the user confirms they saved them before Done. */
export function BackupCodesStep(props: { headingLevel: HeadingLevel; applicationName?: string; accountIdentifier?: string; onDone: () => void }) {
  const { messages } = useLocalization();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="pnk-sms-two-factor-section__step" data-step="backup-codes" data-state="success">
      <Heading ref={heading} level={props.headingLevel} className="pnk-sms-two-factor-section__step-heading">
        {messages.smsTwoFactorSection.backupCodesStepHeading}
      </Heading>
      <BackupCodes
        className="pnk-sms-two-factor-section__backup-codes"
        headingLevel={(props.headingLevel + 1) as 3 | 4 | 5 | 6}
        allowGenerate={false}
        applicationName={props.applicationName}
        accountIdentifier={props.accountIdentifier}
        onDone={props.onDone}
      />
    </div>
  );
}

/** On, and no codes to save (the user already had another second factor). */
export function DoneStep({ headingLevel, phoneNumber, onDone }: { headingLevel: HeadingLevel; phoneNumber: string; onDone: () => void }) {
  const { messages } = useLocalization();
  const t = messages.smsTwoFactorSection;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="pnk-sms-two-factor-section__step" data-step="done" data-state="success">
      <Heading ref={heading} level={headingLevel} className="pnk-sms-two-factor-section__step-heading">
        {t.doneStepHeading}
      </Heading>
      <p className="pnk-sms-two-factor-section__explanation">{formatMessage(t.doneStepBody, { phoneNumber: formatPhoneNumber(phoneNumber) })}</p>
      <div className="pnk-sms-two-factor-section__actions">
        <button type="button" className="pnk-button" data-variant="primary" onClick={onDone}>
          {messages.common.done}
        </button>
      </div>
    </div>
  );
}
