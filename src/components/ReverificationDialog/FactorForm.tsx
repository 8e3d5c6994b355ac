'use client';
/**
 * One way to confirm, as a form: the password or backup code on a text input, a code on the code field shared with
 * the SMS step (its last digit submits), then Confirm, "Send a new code" for a sent code, and Cancel.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { sendsCode, type ReverificationFactor } from '../../model/reverification.ts';
import { createValueStore } from '../../core/valueStore.ts';
import type { UseReverificationResult } from '../../hooks/useReverification.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { Alert } from '../common/Alert.tsx';
import { useParts } from '../parts/useParts.ts';
import type { CodeFieldLoad } from '../VerifyPhoneNumber/loadCodeField.ts';
import { codeHint, isCodeFactor } from './factors.ts';
import type { ReverificationDialogMessages } from './messages.ts';

const CODE_LENGTH = 6;

/** Errors about what was typed go under the field; the rest (offline, expired session) in an alert. */
const FIELD_ERRORS = new Set(['form_password_incorrect', 'form_code_incorrect', 'form_param_nil', 'verification_expired', 'verification_failed']);

/** Props of {@link FactorForm}. */
interface FactorFormProps {
  /** The code field (loaded before a code form shows). */
  field: CodeFieldLoad;
  flow: UseReverificationResult;
  factor: ReverificationFactor;
  messages: ReverificationDialogMessages;
  locale: string;
  /** The dialog's Cancel button, after the form's own. */
  cancelButton: ReactNode;
}

/** One factor's form. Keyed by the factor, so switching starts empty, while an error keeps what was typed. */
export function FactorForm({ field, flow, factor, messages, locale, cancelButton }: FactorFormProps) {
  const part = useParts('reverificationDialog');
  const common = useParts('common');
  const codeParts = useParts('verifyPhoneNumber');
  const text = messages.reverificationDialog;
  const [code] = useState(() => createValueStore(''));
  const [typed, setTyped] = useState('');
  // "Enter your password" and the like, found before anything is sent.
  const [localError, setLocalError] = useState<string | null>(null);
  const [errorKey, setErrorKey] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const errorId = useId();
  const isCode = isCodeFactor(factor);
  const isPassword = factor.strategy === 'password';

  // Into the field when the form appears, unless the user is moving through the ways to confirm with the arrow keys.
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && active.type === 'radio' && active.form === null && input.current?.closest('dialog')?.contains(active)) return;
    input.current?.focus();
  }, []);

  const serverError = flow.error;
  const serverMessage = serverError && errorMessage(serverError, messages, locale);
  const inField = serverError !== null && FIELD_ERRORS.has(serverError.code);
  const fieldError = localError ?? (inField ? serverMessage : null);
  const stepError = inField ? null : serverMessage;

  async function submit(value: string) {
    // An empty field is reported without a call. After that or a refused value (kept as typed), the error is
    // announced afresh (`errorKey`) and focus goes back into the field.
    const empty = value.trim() === '';
    setLocalError(empty ? (isPassword ? text.passwordEmpty : text.codeEmpty) : null);
    if (empty || !(await flow.submit(value))) {
      setErrorKey((key) => key + 1);
      input.current?.focus();
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(isCode ? code.get() : typed);
  };

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
          hint={codeHint(factor, text)}
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
            {isPassword ? text.passwordLabel : text.backupCodeLabel}
          </label>
          <input
            ref={input}
            id={fieldId}
            className={part('input')}
            type={isPassword ? 'password' : 'text'}
            autoComplete={isPassword ? 'current-password' : 'off'}
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
        <button type="submit" className={part('submit', 'button')} data-variant="primary" aria-disabled={flow.isPending || undefined}>
          {flow.isPending ? text.confirming : text.confirm}
        </button>
        {sendsCode(factor) && (
          <button type="button" className={part('resend', 'button')} data-variant="link" disabled={flow.isPending} onClick={flow.resend}>
            {flow.isPending && !flow.codeSent ? text.sending : text.resend}
          </button>
        )}
        {cancelButton}
      </div>
    </form>
  );
}
