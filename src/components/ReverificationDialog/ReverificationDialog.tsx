'use client';
/**
 * The kit's step-up dialog: shown when a write was refused with `session_reverification_required` and the host
 * passed no `onNeedsReverification`. A native modal `<dialog>` (`showModal()`: focus stays inside, Esc cancels,
 * the page behind is inert), named by its title and described by what is being changed. The user picks among the
 * factors the session offers (password, a code by email or text message; the second factor when the level needs
 * it), types it (codes on the same field as the SMS step), and the refused write runs again once. Cancel rejects it
 * with `reverification_cancelled`. Focus returns to what had it when the dialog opened.
 *
 * Loaded on demand by `ReverificationOutlet`, which every section mounts; only one of them shows it.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PhoneKitError } from '../../model/errors.ts';
import type { ReverificationFactor } from '../../model/reverification.ts';
import type { PhoneNumberOperation } from '../../core/events.ts';
import { createValueStore } from '../../core/valueStore.ts';
import { useReverification } from '../../hooks/useReverification.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { formatMessage } from '../../i18n/format.ts';
import type { Appearance } from '../../theme/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { Alert } from '../common/Alert.tsx';
import { useKitRoot, useParts } from '../parts/useParts.ts';
import { loadCodeField, useCodeField, type CodeFieldLoad } from '../VerifyPhoneNumber/loadCodeField.ts';
import { useReverificationDialogMessages } from './messages.ts';
import '../../theme/tokens.css';
import '../VerifyPhoneNumber/VerifyPhoneNumber.css';
import './ReverificationDialog.css';

/** Props of {@link ReverificationDialog}. */
export interface ReverificationDialogProps {
  appearance?: Appearance;
  className?: string;
}

type Messages = ReturnType<typeof useReverificationDialogMessages>['messages'];
type DialogMessages = Messages['reverificationDialog'];

const ACTION: Partial<Record<PhoneNumberOperation, keyof DialogMessages>> = {
  createPhoneNumber: 'actionCreatePhoneNumber',
  prepareVerification: 'actionCreatePhoneNumber',
  attemptVerification: 'actionCreatePhoneNumber',
  reserveForSecondFactor: 'actionReserveForSecondFactor',
  makeDefaultSecondFactor: 'actionMakeDefaultSecondFactor',
  removePhoneNumber: 'actionRemovePhoneNumber',
  createBackupCodes: 'actionCreateBackupCodes',
  setPrimaryPhoneNumber: 'actionSetPrimaryPhoneNumber',
  createTotp: 'actionTotp',
  verifyTotp: 'actionTotp',
  deleteTotp: 'actionTotp',
};

const CODE_LENGTH = 6;

/** Errors about what was typed go under the field; the rest (offline, expired session) in an alert. */
const FIELD_ERRORS = new Set(['form_password_incorrect', 'form_code_incorrect', 'form_param_nil', 'verification_expired', 'verification_failed']);

/** Each way to confirm: its label, and (for codes) the hint under the field. */
const METHOD = {
  password: ['methodPassword', ''],
  email_code: ['methodEmailCode', 'codeHintEmail'],
  phone_code: ['methodPhoneCode', 'codeHintPhone'],
  totp: ['methodTotp', 'codeHintTotp'],
  backup_code: ['methodBackupCode', ''],
} as const satisfies Record<ReverificationFactor['strategy'], readonly [keyof DialogMessages, keyof DialogMessages | '']>;

/** The masked address or number a code went to (`{identifier}` in the texts); none for the other ways. */
const identifierOf = (factor: ReverificationFactor) => ('safeIdentifier' in factor ? factor.safeIdentifier : '');

const methodLabel = (factor: ReverificationFactor, text: DialogMessages) => formatMessage(text[METHOD[factor.strategy][0]], { identifier: identifierOf(factor) });

/** A code sent by email or text message (it can be sent again). */
const isSentCode = (factor: ReverificationFactor) => factor.strategy === 'email_code' || factor.strategy === 'phone_code';

const isCodeFactor = (factor: ReverificationFactor) => isSentCode(factor) || factor.strategy === 'totp';

const factorKey = (factor: ReverificationFactor) =>
  factor.strategy === 'email_code' ? `email:${factor.emailAddressId}` : factor.strategy === 'phone_code' ? `phone:${factor.phoneNumberId}` : factor.strategy;

/**
 * The step-up dialog for the provider's pending reverification request: a modal `<dialog>` that names what is being
 * changed, offers the session's ways to confirm, and retries the refused write once confirmed. `ReverificationOutlet`
 * renders it (loaded on demand) while a request is pending.
 *
 * Parts: generated from `PART_REGISTRY.reverificationDialog` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-reverification-dialog` (`reverificationDialog.root`): the modal `<dialog>`; `data-state="starting|entering|unavailable|complete"`, `data-stage="first|second"`, `data-pending`, `data-theme`, `data-density`
 * - `pnk-reverification-dialog__title` (`reverificationDialog.title`): the heading ("Confirm it’s you")
 * - `pnk-reverification-dialog__description` (`reverificationDialog.description`): what is being changed
 * - `pnk-reverification-dialog__status` (`reverificationDialog.status`): "Checking how you can confirm…", or why it cannot
 * - `pnk-reverification-dialog__methods` (`reverificationDialog.methods`): the `<fieldset>` of ways to confirm (radio buttons), shown when there are several
 * - `pnk-reverification-dialog__method` (`reverificationDialog.method`): one way to confirm: a `<label>` with its radio; `data-strategy="password|email_code|phone_code|totp|backup_code"`, `data-checked`
 * - `pnk-reverification-dialog__form` (`reverificationDialog.form`): the password or code form; `data-strategy`
 * - `pnk-reverification-dialog__field` (`reverificationDialog.field`): label, input and error of a password or backup code; `data-invalid`
 * - `pnk-reverification-dialog__label` (`reverificationDialog.label`): the field label
 * - `pnk-reverification-dialog__input` (`reverificationDialog.input`): the password or backup-code `<input>`
 * - `pnk-reverification-dialog__second-step` (`reverificationDialog.secondStep`): "One more step…" on the second factor
 * - `pnk-reverification-dialog__actions` (`reverificationDialog.actions`): the buttons
 * - `pnk-reverification-dialog__submit` (`reverificationDialog.submit`): confirm button (also `pnk-button`); `data-variant="primary"`
 * - `pnk-reverification-dialog__resend` (`reverificationDialog.resend`): "Send a new code" (also `pnk-button`); `data-variant="link"`
 * - `pnk-reverification-dialog__cancel` (`reverificationDialog.cancel`): cancel button (also `pnk-button`); `data-variant="secondary"`
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function ReverificationDialog({ appearance, className }: ReverificationDialogProps) {
  const flow = useReverification();
  // The code field loads while the session's ways to confirm are fetched; a code form waits for it (focus goes in).
  const field = useCodeField();
  const root = useKitRoot('reverificationDialog', appearance, className);
  const { part, common } = root;
  const { messages, locale } = useReverificationDialogMessages();
  const text = messages.reverificationDialog;
  const dialog = useRef<HTMLDialogElement>(null);
  // What had focus when the write was refused: the control that triggered it, given back on close.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  const titleId = useId();
  const descriptionId = useId();
  const methodName = useId();

  useEffect(() => {
    const element = dialog.current;
    // Without `showModal` (jsdom, very old browsers) it still opens, as a non-modal dialog.
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    return () => {
      if (typeof element?.close === 'function') element.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);

  const operation = flow.request?.operation;
  const action = text[(operation && ACTION[operation]) || 'actionOther'];
  const state = flow.phase;

  return (
    <AppearanceScope value={root.appearance}>
      <dialog
        ref={dialog}
        {...root.props}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        data-state={state}
        data-stage={flow.stage}
        data-pending={flow.isPending ? '' : undefined}
        // Esc: the browser would close the dialog by itself; cancelling settles the refused write instead.
        onCancel={(event) => {
          event.preventDefault();
          flow.cancel();
        }}
      >
        <h2 className={part('title')} id={titleId}>
          {text.title}
        </h2>
        <p className={part('description')} id={descriptionId}>
          {formatMessage(text.description, { action })}
        </p>
        {state === 'starting' && (
          <p className={part('status')} role="status">
            {text.starting}
          </p>
        )}
        {state === 'unavailable' && (
          <>
            <Alert>
              {text.unavailable} {flow.error && errorMessage(flow.error, messages, locale)}
            </Alert>
            <div className={part('actions')}>
              <button type="button" className={`${common('button')} ${part('submit')}`} data-variant="primary" onClick={flow.retryStart}>
                {messages.common.retry}
              </button>
              <CancelButton className={`${common('button')} ${part('cancel')}`} label={messages.common.cancel} onCancel={flow.cancel} />
            </div>
          </>
        )}
        {(state === 'entering' || state === 'complete') && (
          <>
            {flow.stage === 'second' && <p className={part('secondStep')}>{text.secondStep}</p>}
            {flow.factors.length === 0 && <p className={part('status')}>{text.noFactors}</p>}
            {flow.factors.length > 1 && (
              // Never disabled: focus must stay on the radios while the user arrows through them.
              <fieldset className={part('methods')}>
                <legend>{text.methodLegend}</legend>
                {flow.factors.map((factor) => {
                  const checked = flow.factor !== null && factorKey(flow.factor) === factorKey(factor);
                  return (
                    <label key={factorKey(factor)} className={part('method')} data-strategy={factor.strategy} data-checked={checked ? '' : undefined}>
                      <input type="radio" name={methodName} checked={checked} onChange={() => flow.choose(factor)} />
                      {methodLabel(factor, text)}
                    </label>
                  );
                })}
              </fieldset>
            )}
            {flow.factor && field.status !== 'loaded' && isCodeFactor(flow.factor) ? (
              field.status === 'failed' ? (
                <div className={part('actions')}>
                  <Alert>{messages.common.loadFailed}</Alert>
                  <button type="button" className={common('button')} data-variant="secondary" onClick={() => void loadCodeField()}>
                    {messages.common.retry}
                  </button>
                </div>
              ) : (
                <p className={part('status')} role="status">
                  {messages.common.loading}
                </p>
              )
            ) : flow.factor ? (
              <FactorForm field={field} key={`${flow.stage}:${factorKey(flow.factor)}`} flow={flow} factor={flow.factor} messages={messages} locale={locale} />
            ) : (
              <div className={part('actions')}>
                <CancelButton className={`${common('button')} ${part('cancel')}`} label={messages.common.cancel} onCancel={flow.cancel} />
              </div>
            )}
          </>
        )}
      </dialog>
    </AppearanceScope>
  );
}

function CancelButton({ className, label, onCancel }: { className: string; label: string; onCancel: () => void }) {
  return (
    <button type="button" className={className} data-variant="secondary" onClick={onCancel}>
      {label}
    </button>
  );
}

interface FactorFormProps {
  /** The code field (loaded before a code form shows). */
  field: CodeFieldLoad;
  flow: ReturnType<typeof useReverification>;
  factor: ReverificationFactor;
  messages: Messages;
  locale: string;
}

/** One factor's form. Keyed by the factor, so switching starts empty, while an error keeps what was typed. */
function FactorForm({ field, flow, factor, messages, locale }: FactorFormProps) {
  const part = useParts('reverificationDialog');
  const common = useParts('common');
  const codeParts = useParts('verifyPhoneNumber');
  const text = messages.reverificationDialog;
  const [code] = useState(() => createValueStore(''));
  const [typed, setTyped] = useState('');
  const [localError, setLocalError] = useState<{ text: string; key: number } | null>(null);
  const [errorKey, setErrorKey] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const errorId = useId();
  const isCode = isCodeFactor(factor);

  // Into the field when the form appears, unless the user is moving through the ways to confirm with the arrow keys.
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && active.type === 'radio' && active.form === null && input.current?.closest('dialog')?.contains(active)) return;
    input.current?.focus();
  }, []);

  const serverError: PhoneKitError | null = flow.error;
  const fieldError = localError?.text ?? (serverError && FIELD_ERRORS.has(serverError.code) ? errorMessage(serverError, messages, locale) : null);
  const stepError = serverError && !FIELD_ERRORS.has(serverError.code) ? errorMessage(serverError, messages, locale) : null;

  async function submit(value: string) {
    if (value.trim() === '') {
      setLocalError({ text: factor.strategy === 'password' ? text.passwordEmpty : text.codeEmpty, key: errorKey + 1 });
      setErrorKey((key) => key + 1);
      input.current?.focus();
      return;
    }
    setLocalError(null);
    const done = await flow.submit(value);
    if (!done) {
      setErrorKey((key) => key + 1);
      input.current?.focus();
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(isCode ? code.get() : typed);
  };

  const hintKey = METHOD[factor.strategy][1];

  return (
    <form className={part('form')} data-strategy={factor.strategy} onSubmit={onSubmit} noValidate>
      {stepError && <Alert key={errorKey}>{stepError}</Alert>}
      {isCode && field.status === 'loaded' ? (
        <field.CodeField
          code={code}
          onChange={code.set}
          onComplete={(value) => void submit(value)}
          onPaste={(pasted) => code.set(pasted.replace(/\D/g, '').slice(0, CODE_LENGTH))}
          length={CODE_LENGTH}
          label={text.codeLabel}
          hint={hintKey ? formatMessage(text[hintKey], { identifier: identifierOf(factor) }) : ''}
          error={fieldError}
          errorKey={errorKey}
          warning={null}
          readOnly={flow.isPending}
          inputRef={input}
          part={codeParts}
        />
      ) : (
        <div className={part('field')} data-invalid={fieldError ? '' : undefined}>
          <label className={part('label')} htmlFor={fieldId}>
            {factor.strategy === 'password' ? text.passwordLabel : text.backupCodeLabel}
          </label>
          <input
            ref={input}
            id={fieldId}
            className={part('input')}
            type={factor.strategy === 'password' ? 'password' : 'text'}
            autoComplete={factor.strategy === 'password' ? 'current-password' : 'off'}
            spellCheck={false}
            value={typed}
            readOnly={flow.isPending}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? errorId : undefined}
            onChange={(event) => setTyped(event.target.value)}
          />
          {fieldError && (
            <p key={errorKey} className={common('fieldError')} id={errorId} role="alert">
              {fieldError}
            </p>
          )}
        </div>
      )}
      <div className={part('actions')}>
        <button type="submit" className={`${common('button')} ${part('submit')}`} data-variant="primary" aria-disabled={flow.isPending || undefined}>
          {flow.isPending ? text.confirming : text.confirm}
        </button>
        {isSentCode(factor) && (
          <button type="button" className={`${common('button')} ${part('resend')}`} data-variant="link" disabled={flow.isPending} onClick={flow.resend}>
            {flow.isPending && !flow.codeSent ? text.sending : text.resend}
          </button>
        )}
        <CancelButton className={`${common('button')} ${part('cancel')}`} label={messages.common.cancel} onCancel={flow.cancel} />
      </div>
    </form>
  );
}
