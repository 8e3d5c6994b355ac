'use client';
/**
 * The enrollment step: the QR code (drawn here from the `otpauth://` URI), the setup key for typing in, and the
 * code from the app. Loaded with `import()` when enrollment starts (see `lazyEnrollStep.ts`), with the QR library
 * and the code field: the page that only shows the status ships none of it.
 */
import type { TotpEnrollment } from '../../model/account.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { Alert } from '../common/Alert.tsx';
import { useFocusOnMount } from '../common/useFocusAfterRender.ts';
import { Heading, type HeadingLevel } from '../common/Heading.tsx';
import { useAuthenticatorAppSectionMessages } from './messages.ts';
import { QrCode } from './QrCode.tsx';
import { SetupKey } from './SetupKey.tsx';
import { TotpCodeForm } from './TotpCodeForm.tsx';
import { useParts } from '../parts/useParts.ts';
import '../VerifyPhoneNumber/VerifyPhoneNumber.css';

/** Props of the enrollment step. */
export interface EnrollStepProps {
  headingLevel: HeadingLevel;
  /** The pending secret, or `null` while it is on its way (or its request failed). */
  enrollment: TotpEnrollment | null;
  /** Why the secret could not be had; the step offers "Try again". */
  startError: PhoneKitError | null;
  verifying: boolean;
  onRetryStart: () => void;
  onVerify: (code: string) => Promise<unknown>;
  onCancel: () => void;
}

export function EnrollStep({ headingLevel, enrollment, startError, verifying, onRetryStart, onVerify, onCancel }: EnrollStepProps) {
  const part = useParts('authenticatorAppSection');
  const { messages } = useAuthenticatorAppSectionMessages();
  const t = messages.authenticatorAppSection;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const state = startError ? 'error' : !enrollment ? 'starting' : verifying ? 'verifying' : 'ready';
  return (
    <div className={part('enroll')} data-state={state}>
      <Heading level={headingLevel} className={part('enrollHeading')} headingRef={heading}>
        {t.enrollHeading}
      </Heading>
      {startError && (
        <>
          <Alert>{errorMessage(startError, messages)}</Alert>
          <div className={part('actions')}>
            <button type="button" className={part('verify', 'button')} data-variant="primary" onClick={onRetryStart}>
              {messages.common.retry}
            </button>
            <button type="button" className={part('cancel', 'button')} data-variant="secondary" onClick={onCancel}>
              {messages.common.cancel}
            </button>
          </div>
        </>
      )}
      {!startError && !enrollment && (
        <p className={part('progress')} role="status">
          {t.starting}
        </p>
      )}
      {enrollment && (
        <>
          <div className={part('scan')}>
            <p className={part('instruction')}>{t.scanStep}</p>
            <QrCode uri={enrollment.uri} label={t.qrLabel} />
          </div>
          <SetupKey secret={enrollment.secret} />
          <TotpCodeForm onVerify={onVerify} onCancel={onCancel} verifying={verifying} />
        </>
      )}
    </div>
  );
}
