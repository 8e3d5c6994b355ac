'use client';
import { useRef } from 'react';
import { usePhoneNumbers, usePhoneNumberVerification } from '../../hooks/index.ts';
import { useVerifiedNotice } from './useVerifiedNotice.ts';
import { errorMessage, formatMessage, formatMessageNodes } from '../../i18n/index.ts';
import { useVerifyPhoneNumberMessages } from './messages.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { Alert } from '../common/Alert.tsx';
import { formatPhoneNumber } from '../common/formatPhoneNumber.ts';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';
import { LiveRegion } from '../common/LiveRegion.tsx';
import { CodeField } from './CodeField.tsx';
import { CountdownButton } from './CountdownButton.tsx';
import { formatClockDuration } from '../../i18n/intl.ts';
import { NewCodePanel } from './NewCodePanel.tsx';
import { sendErrorText } from './sendErrorText.ts';
import { SentTo } from './SentTo.tsx';
import { useAnnouncement } from './useAnnouncement.ts';
import { useCodeEntry } from './useCodeEntry.ts';
import { useFocusFollows } from '../common/useFocusFollows.ts';
import { useWebOtp } from './useWebOtp.ts';
import type { Appearance } from '../parts/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import './VerifyPhoneNumber.css';

/** Props of {@link VerifyPhoneNumber}. */
export interface VerifyPhoneNumberProps {
  phoneNumberId: string;
  /** Called once the code is accepted. */
  onVerified?: (phoneNumber: PhoneNumber) => void;
  /** When given, "Sent to +1 201 555 0123 · Change number" shows a Change number button calling it. */
  onChangeNumber?: () => void;
  /** When given, a Cancel button is shown and calls it. */
  onCancel?: () => void;
  /** Send a code on mount when none is live (coalesced; `useAddPhoneNumber` already sent one). Default `true`. */
  sendOnMount?: boolean;
  /** Submit when the last digit is typed. Default `true`; when `false` a Verify button submits. */
  autoSubmit?: boolean;
  /**
   * Fill the code from the SMS with WebOTP (`navigator.credentials.get({ otp: { transport: ['sms'] } })`) where
   * the browser supports it; a no-op elsewhere. Aborted on unmount. Default `false`.
   */
  webOtp?: boolean;
  /** Digits in the code. Default 6. */
  length?: number;
  /** Focus the code field on mount. Default `true`. */
  autoFocus?: boolean;
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled; merged over `PhoneNumberKitAppearance`'s. */
  appearance?: Appearance;
}

/**
 * The code step, verifying a phone number with the code sent to it by SMS: "Sent to +1 201 555 0123", the SMS code
 * (input-otp, auto-submitted on the last digit), resend with the server's cooldown, and a single "Get a new code"
 * action once the code expired or attempts ran out. Sending, the new-code state and success are announced politely.
 *
 * Parts: generated from `PART_REGISTRY.verifyPhoneNumber` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-verify-phone-number` (`verifyPhoneNumber.root`): the step; `data-state="loading|idle|pending|error|success"`, `data-status="none|unverified|expired|failed|verified|…"`, `data-needs-new-code`, `data-theme`, `data-density`
 * - `pnk-verify-phone-number__loading` (`verifyPhoneNumber.loading`): shown until the number is known
 * - `pnk-verify-phone-number__sent-to` (`verifyPhoneNumber.sentTo`): "Sent to …" and "Change number" side by side, the link wrapping whole to its own line when narrow
 * - `pnk-verify-phone-number__sent-to-text` (`verifyPhoneNumber.sentToText`): the sentence "Sent to +1 201 555 0123" (the number a `pnk-phone-number`)
 * - `pnk-verify-phone-number__change-number` (`verifyPhoneNumber.changeNumber`): link-styled button, at least 24 px tall (also `pnk-button`); `data-variant="link"`
 * - `pnk-verify-phone-number__form` (`verifyPhoneNumber.form`): the code form
 * - `pnk-verify-phone-number__field` (`verifyPhoneNumber.field`): label, hint, code and error; `data-invalid`
 * - `pnk-verify-phone-number__label` (`verifyPhoneNumber.label`): the code label
 * - `pnk-verify-phone-number__hint` (`verifyPhoneNumber.hint`): hint under the label
 * - `pnk-verify-phone-number__code` (`verifyPhoneNumber.code`): the `dir="ltr"` group around input and slots
 * - `pnk-verify-phone-number__slots-container` (`verifyPhoneNumber.slotsContainer`): input-otp's container
 * - `pnk-verify-phone-number__input` (`verifyPhoneNumber.input`): the one real `<input autocomplete="one-time-code">`
 * - `pnk-verify-phone-number__slots` (`verifyPhoneNumber.slots`): the row of digit boxes (`aria-hidden`)
 * - `pnk-verify-phone-number__slot` (`verifyPhoneNumber.slot`): one digit box; `data-active`, `data-filled`
 * - `pnk-verify-phone-number__caret` (`verifyPhoneNumber.caret`): the blinking caret in the active slot
 * - `pnk-verify-phone-number__error` (`verifyPhoneNumber.error`): the field's message (also `pnk-field-error`)
 * - `pnk-verify-phone-number__expiry` (`verifyPhoneNumber.expiry`): "Code expires in 9:58"
 * - `pnk-verify-phone-number__last-attempt` (`verifyPhoneNumber.lastAttempt`): "One attempt left…", under the field's error when one more wrong code uses up the code; an alert, and part of the field's description
 * - `pnk-verify-phone-number__actions` (`verifyPhoneNumber.actions`): the buttons
 * - `pnk-verify-phone-number__verify` (`verifyPhoneNumber.verify`): submit button (also `pnk-button`); `data-variant="primary"`
 * - `pnk-verify-phone-number__resend` (`verifyPhoneNumber.resend`): resend button with countdown (also `pnk-button`); `data-state="ready|waiting|pending"`, `data-variant`
 * - `pnk-verify-phone-number__get-new-code` (`verifyPhoneNumber.getNewCode`): "Get a new code" (also `pnk-button`); `data-state="ready|waiting|pending"`, `data-variant`
 * - `pnk-verify-phone-number__cancel` (`verifyPhoneNumber.cancel`): cancel button (also `pnk-button`); `data-variant="secondary"`
 * - `pnk-verify-phone-number__new-code` (`verifyPhoneNumber.newCode`): shown instead of the form when a new code is needed
 * - `pnk-verify-phone-number__new-code-reason` (`verifyPhoneNumber.newCodeReason`): why a new code is needed; an alert (also `pnk-alert`) when too many wrong codes used it up; `data-variant="error"`
 * - `pnk-verify-phone-number__success` (`verifyPhoneNumber.success`): "Phone number verified"
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function VerifyPhoneNumber(props: VerifyPhoneNumberProps) {
  const { phoneNumberId, onVerified, onChangeNumber, onCancel, sendOnMount = true, autoSubmit = true } = props;
  const { webOtp = false, length = 6, autoFocus = true, className, appearance } = props;
  const root = useKitRoot('verifyPhoneNumber', appearance, className);
  const part = root.part;
  const { messages, locale } = useVerifyPhoneNumberMessages();
  const t = messages.verifyPhoneNumber;
  const list = usePhoneNumbers();
  const verification = usePhoneNumberVerification(phoneNumberId, { sendOnMount });
  const { phoneNumber, status, needsNewCode, secondsUntilResend, secondsUntilExpiry, attemptsLeft, isSending, isVerifying, sendError } = verification;
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const newCodeRef = useRef<HTMLButtonElement>(null);
  const successRef = useRef<HTMLParagraphElement>(null);
  const verified = status === 'verified';
  const notifyVerified = useVerifiedNotice(phoneNumber, verified, onVerified);
  const entry = useCodeEntry({ length, verifyCode: verification.verifyCode, onVerified: notifyVerified, messages, locale, inputRef });

  const formatted = phoneNumber ? formatPhoneNumber(phoneNumber.phoneNumber) : '';
  // For the announcement, plain text: isolated, so "+1 201 555 0123" keeps its order inside right-to-left sentences.
  const numberText = `\u2066${formatted}\u2069`;
  // The step shows once the number is known (the code field comes in the steps' chunk with it, see common/steps.ts).
  const view = !phoneNumber ? 'loading' : verified ? 'success' : needsNewCode ? 'new-code' : 'code';
  // Focus stays with the step: the code field gives way to "Get a new code", and back, and to the success line.
  useFocusFollows(view, { loading: null, code: inputRef, 'new-code': newCodeRef, success: successRef }[view], rootRef, autoFocus);

  const announcement = useAnnouncement(
    { sending: isSending, sendFailed: !!sendError, coolingDown: secondsUntilResend > 0, verified },
    { codeSent: formatMessage(t.announceCodeSent, { phoneNumber: numberText }), cooldownEnded: t.announceCooldownEnded, verified: t.announceVerified },
  );

  // The code in what the browser read from the SMS fills the field, whose completion submits when autoSubmit is on.
  useWebOtp(webOtp && view === 'code', verification.expiresAt, (received) => entry.receive(received));

  const sendNewCode = () => {
    verification.sendCode().then(
      () => {
        entry.clear();
        inputRef.current?.focus();
      },
      () => undefined, // shown from `sendError`
    );
  };

  const sendProblem = verified ? null : sendErrorText(sendError, secondsUntilResend, messages, locale);
  const sendAlert = sendProblem && <Alert>{sendProblem}</Alert>;
  const cancelButton = onCancel && (
    <button type="button" className={part('cancel', 'button')} data-variant="secondary" onClick={onCancel}>
      {messages.common.cancel}
    </button>
  );
  const hasError = !!(entry.fieldError || entry.stepError || sendAlert || needsNewCode || list.error);
  const state = view === 'loading' ? 'loading' : verified ? 'success' : isSending || isVerifying ? 'pending' : hasError ? 'error' : 'idle';
  const showVerifyButton = !autoSubmit || !!entry.stepError;

  return (
    <AppearanceScope value={root.appearance}>
      <div
        ref={rootRef}
        {...root.props}
        data-state={state}
        data-status={status ?? 'none'}
        data-needs-new-code={needsNewCode ? '' : undefined}
      >
        {view === 'loading' || !phoneNumber ? (
          list.error ? (
            <Alert>{errorMessage(list.error, messages)}</Alert>
          ) : (
            <p className={part('loading')}>{messages.common.loading}</p>
          )
        ) : (
          <SentTo
            sentence={formatMessageNodes(status === null ? t.notSentYet : t.sentTo, { phoneNumber: <PhoneNumberText e164={phoneNumber.phoneNumber} /> })}
            onChangeNumber={onChangeNumber}
          />
        )}
        {view === 'success' && (
          <p ref={successRef} className={part('success')} tabIndex={-1}>
            {t.verified}
          </p>
        )}
        {view === 'new-code' && (
          <NewCodePanel
            status={status === 'failed' ? 'failed' : 'expired'}
            secondsUntilResend={secondsUntilResend}
            isSending={isSending}
            onGetNewCode={sendNewCode}
            buttonRef={newCodeRef}
            alert={sendAlert}
            cancel={cancelButton}
          />
        )}
        {view === 'code' && (
          <form
            className={part('form')}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void entry.submit(entry.code.get());
            }}
          >
            <CodeField
              code={entry.code}
              onChange={entry.setCode}
              onPaste={entry.receive}
              onComplete={(code: string) => {
                if (autoSubmit) void entry.submit(code);
              }}
              length={length}
              label={t.codeLabel}
              hint={formatMessage(t.codeHint, { length }, locale)}
              error={entry.fieldError?.text ?? null}
              errorKey={entry.fieldError?.key ?? 0}
              warning={attemptsLeft === 1 ? t.lastAttempt : null}
              readOnly={isVerifying}
              inputRef={inputRef}
              part={part}
            />
            {secondsUntilExpiry !== null && secondsUntilExpiry > 0 && (
              <p className={part('expiry')}>{formatMessage(t.expiresIn, { time: formatClockDuration(secondsUntilExpiry, locale) })}</p>
            )}
            {entry.stepError && <Alert>{errorMessage(entry.stepError, messages)}</Alert>}
            {sendAlert}
            <div className={part('actions')}>
              {showVerifyButton && (
                <button type="submit" className={part('verify', 'button')} data-variant="primary" aria-busy={isVerifying || undefined}>
                  {isVerifying ? t.verifying : t.verify}
                </button>
              )}
              <CountdownButton
                className={part('resend')}
                variant={showVerifyButton ? 'secondary' : 'link'}
                label={status === null ? t.sendCode : t.resend}
                waitingLabel={t.resendIn}
                busyLabel={t.sending}
                secondsLeft={secondsUntilResend}
                busy={isSending}
                onPress={sendNewCode}
              />
              {cancelButton}
            </div>
          </form>
        )}
        <LiveRegion message={announcement} />
      </div>
    </AppearanceScope>
  );
}
