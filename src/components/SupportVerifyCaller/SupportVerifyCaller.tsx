'use client';
import { useId, useRef, useState } from 'react';
import type { AdminPhoneNumber, AdminSendCodeResult } from '../../model/admin.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { createValueStore } from '../../core/valueStore.ts';
import { useSupportUser } from '../../hooks/support/useSupportUser.ts';
import { useVerifyCaller } from '../../hooks/support/useVerifyCaller.ts';
import { formatMessage } from '../../i18n/format.ts';
import { formatMessageNodes } from '../../i18n/formatNodes.tsx';
import { Alert } from '../common/Alert.tsx';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';
import { useFocusAfterRender } from '../common/useFocusAfterRender.ts';
import { CodeField } from '../VerifyPhoneNumber/CodeField.tsx';
import { supportErrorText } from '../supportCommon/supportErrorText.ts';
import { gateState, UserGate } from '../supportCommon/UserGate.tsx';
import { supportUserName } from '../supportCommon/userName.ts';
import { ChooseNumber } from './ChooseNumber.tsx';
import { useSupportVerifyCallerMessages } from './messages.ts';
import type { Appearance } from '../parts/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import '../VerifyPhoneNumber/VerifyPhoneNumber.css';
import './SupportVerifyCaller.css';

/** Props of {@link SupportVerifyCaller}. */
export interface SupportVerifyCallerProps {
  /** The user whose caller to verify; `null` shows "Pick a user first." */
  userId: string | null;
  /** Called once the caller read the right code, with the number they proved they hold. */
  onVerified?: (phoneNumber: AdminPhoneNumber) => void;
  /** Level of the section heading (default 2). */
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled. */
  appearance?: Appearance;
}

const CODE_LENGTH = 6;

type Outcome = 'verified' | 'locked' | 'expired';

/** The number a code went to and the verification to check it against. */
interface SentCode extends AdminSendCodeResult {
  phoneNumberId: string;
}

/**
 * Confirms a caller holds one of the user's phones before anything is changed: pick the number, send a one-time
 * code (the handler's `send_code`), type the digits the caller reads back into the same code field the SMS step
 * uses (`check_code`), and see verified, or wrong with the attempts left, or locked after too many. The code is never
 * stored or logged. Needs `SupportKitProvider`.
 *
 * Parts: generated from `PART_REGISTRY.supportVerifyCaller` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-support-verify-caller` (`supportVerifyCaller.root`): the `<section>` (also `pnk-card`); the code field inside is `VerifyPhoneNumber`'s (`pnk-verify-phone-number__field`, `__slot`, …); `data-state="none|loading|error|choose|sending|sent|checking|verified|locked|expired"`, `data-theme`, `data-density`
 * - `pnk-support-verify-caller__heading` (`supportVerifyCaller.heading`): the section heading (also `pnk-card__title`)
 * - `pnk-support-verify-caller__description` (`supportVerifyCaller.description`): one line on what it is for (also `pnk-card__description`)
 * - `pnk-support-verify-caller__choose` (`supportVerifyCaller.choose`): the `<form>` that picks the number and sends the code
 * - `pnk-support-verify-caller__choices` (`supportVerifyCaller.choices`): the fieldset of numbers (its legend "Send the code to")
 * - `pnk-support-verify-caller__choice` (`supportVerifyCaller.choice`): one number (a `<label>` around its radio); `data-status="verified|unverified|failed|expired|none"`
 * - `pnk-support-verify-caller__send` (`supportVerifyCaller.send`): "Send code" (also `pnk-button`); `data-variant="primary"`
 * - `pnk-support-verify-caller__check` (`supportVerifyCaller.check`): the `<form>` with the code the caller reads
 * - `pnk-support-verify-caller__sent-to` (`supportVerifyCaller.sentTo`): "Code sent to … Ask the caller to read it to you."
 * - `pnk-support-verify-caller__actions` (`supportVerifyCaller.actions`): the buttons
 * - `pnk-support-verify-caller__submit` (`supportVerifyCaller.submit`): "Check code" (also `pnk-button`); `data-variant="primary"`
 * - `pnk-support-verify-caller__send-again` (`supportVerifyCaller.sendAgain`): "Send a new code" (also `pnk-button`); `data-variant="secondary"`
 * - `pnk-support-verify-caller__other-number` (`supportVerifyCaller.otherNumber`): "Choose another number" (also `pnk-button`); `data-variant="link"`
 * - `pnk-support-verify-caller__result` (`supportVerifyCaller.result`): the outcome: verified (`role="status"`), or locked / expired (an alert); `data-result="verified|locked|expired"`
 * - `pnk-support-verify-caller__empty` (`supportVerifyCaller.empty`): "Pick a user first." or "… has no phone number"
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function SupportVerifyCaller({ userId, onVerified, headingLevel = 2, className, appearance }: SupportVerifyCallerProps) {
  const root = useKitRoot('supportVerifyCaller', appearance, className);
  // The code field's parts, named from the same merged appearance as this component's own.
  const codeParts = useKitRoot('verifyPhoneNumber', appearance).part;
  const { part, common } = root;
  const { messages, locale } = useSupportVerifyCallerMessages();
  const t = messages.supportVerifyCaller;
  const headingId = useId();
  const query = useSupportUser(userId);
  const { user } = query;
  const { send, check } = useVerifyCaller();
  const [picked, setPicked] = useState<string | null>(null);
  const [sent, setSent] = useState<SentCode | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [fieldError, setFieldError] = useState<{ text: string; warning: string | null; key: number } | null>(null);
  const [stepError, setStepError] = useState<PhoneKitError | null>(null);
  const [code] = useState(() => createValueStore(''));
  const codeInput = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const sendAgainRef = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const Heading = `h${headingLevel}` as const;

  const phoneNumbers = user?.phoneNumbers ?? [];
  const pickedId = picked ?? phoneNumbers.find((p) => p.primary)?.id ?? phoneNumbers[0]?.id ?? null;
  const sentNumber = sent ? phoneNumbers.find((p) => p.id === sent.phoneNumberId) ?? sent.phoneNumber : null;

  const state = !user
    ? gateState(query)
    : outcome ?? (check.isPending ? 'checking' : sent ? 'sent' : send.isPending ? 'sending' : 'choose');

  const showFieldError = (text: string, warning: string | null = null) => {
    setFieldError((previous) => ({ text, warning, key: (previous?.key ?? 0) + 1 }));
    codeInput.current?.focus();
  };

  const sendCode = async (phoneNumberId: string) => {
    setStepError(null);
    try {
      const result = await send.run(phoneNumberId);
      code.set('');
      setFieldError(null);
      setOutcome(null);
      setSent({ ...result, phoneNumberId });
      focusAfterRender(codeInput);
    } catch (caught) {
      setStepError(caught as PhoneKitError);
    }
  };

  const checkCode = async () => {
    if (!sent || check.isPending) return;
    const value = code.get();
    if (value.length < CODE_LENGTH) {
      showFieldError(formatMessage(t.codeIncomplete, { length: CODE_LENGTH }, locale));
      return;
    }
    setStepError(null);
    try {
      const result = await check.run({ phoneNumberId: sent.phoneNumberId, verificationId: sent.verificationId, code: value });
      code.set('');
      if (result.verified) {
        setOutcome('verified');
        focusAfterRender(resultRef);
        onVerified?.(result.phoneNumber);
      } else if (result.status === 'failed' || result.attemptsLeft === 0) {
        setOutcome('locked');
        focusAfterRender(sendAgainRef);
      } else if (result.status === 'expired') {
        setOutcome('expired');
        focusAfterRender(sendAgainRef);
      } else {
        const left = result.attemptsLeft;
        showFieldError(t.wrongCode, left === null ? null : left === 1 ? t.lastAttempt : formatMessage(t.attemptsLeft, { count: left }, locale));
      }
    } catch (caught) {
      const error = caught as PhoneKitError;
      if (error.code === 'verification_failed') {
        setOutcome('locked');
        focusAfterRender(sendAgainRef);
      } else if (error.code === 'verification_expired') {
        setOutcome('expired');
        focusAfterRender(sendAgainRef);
      } else setStepError(error);
    }
  };

  const startOver = () => {
    setSent(null);
    setOutcome(null);
    setFieldError(null);
    setStepError(null);
    code.set('');
  };

  const body = () => {
    if (!user) return <UserGate query={query} t={messages.supportConsole} retryLabel={messages.common.retry} className={part('empty')} />;
    if (phoneNumbers.length === 0) return <p className={part('empty')}>{formatMessage(t.noNumbers, { user: supportUserName(user, messages.supportConsole.unnamedUser) })}</p>;
    if (!sent || !sentNumber) {
      return <ChooseNumber phoneNumbers={phoneNumbers} picked={pickedId} onPick={setPicked} sending={send.isPending} onSend={() => pickedId && void sendCode(pickedId)} />;
    }
    const number = <PhoneNumberText e164={sentNumber.phoneNumber} />;
    if (outcome === 'verified') {
      return (
        <div ref={resultRef} className={part('result')} data-result="verified" role="status" tabIndex={-1}>
          <p>{formatMessageNodes(t.verified, { number })}</p>
          <button type="button" className={part('otherNumber', 'button')} data-variant="link" onClick={startOver}>
            {t.startOver}
          </button>
        </div>
      );
    }
    return (
      <form
        className={part('check')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void checkCode();
        }}
      >
        <p className={part('sentTo')}>{formatMessageNodes(t.sentTo, { number })}</p>
        {outcome ? (
          <div className={part('result')} data-result={outcome}>
            <Alert>{outcome === 'locked' ? t.locked : t.expired}</Alert>
          </div>
        ) : (
          <CodeField
            code={code}
            onChange={(value) => {
              code.set(value);
              if (fieldError && value.length > 0) setFieldError(null);
            }}
            onComplete={() => undefined}
            onPaste={(text, [start, end]) => {
              // An agent pastes from their own notes ("424 242"): the digits go in at the selection.
              const digits = text.replace(/\D/g, '');
              code.set(digits.length >= CODE_LENGTH ? digits.slice(0, CODE_LENGTH) : (code.get().slice(0, start) + digits + code.get().slice(end)).slice(0, CODE_LENGTH));
            }}
            length={CODE_LENGTH}
            label={t.codeLabel}
            hint={t.codeHint}
            error={fieldError?.text ?? null}
            errorKey={fieldError?.key ?? 0}
            warning={fieldError?.warning ?? null}
            readOnly={check.isPending}
            inputRef={codeInput}
            part={codeParts}
          />
        )}
        <div className={part('actions')}>
          {!outcome && (
            <button type="submit" className={part('submit', 'button')} data-variant="primary" aria-disabled={check.isPending || undefined} aria-busy={check.isPending || undefined}>
              {check.isPending ? t.checking : t.check}
            </button>
          )}
          <button
            ref={sendAgainRef}
            type="button"
            className={part('sendAgain', 'button')}
            data-variant={outcome ? 'primary' : 'secondary'}
            aria-disabled={send.isPending || undefined}
            aria-busy={send.isPending || undefined}
            onClick={() => !send.isPending && void sendCode(sent.phoneNumberId)}
          >
            {send.isPending ? t.sending : t.sendAgain}
          </button>
          <button type="button" className={part('otherNumber', 'button')} data-variant="link" onClick={startOver}>
            {t.otherNumber}
          </button>
        </div>
      </form>
    );
  };

  return (
    <AppearanceScope value={root.appearance}>
      <section {...root.props} className={`${root.props.className} ${common('card')}`} aria-labelledby={headingId} data-state={state}>
        <div className={common('cardHeader')}>
          <Heading id={headingId} className={part('heading', 'cardTitle')}>
            {t.title}
          </Heading>
          <p className={part('description', 'cardDescription')}>{t.description}</p>
        </div>
        {body()}
        {stepError && <Alert>{supportErrorText(stepError, messages.supportConsole, locale)}</Alert>}
      </section>
    </AppearanceScope>
  );
}
