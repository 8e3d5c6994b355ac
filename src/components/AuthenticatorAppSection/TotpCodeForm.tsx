'use client';
/**
 * The authenticator code on the SMS step's own code field (`VerifyPhoneNumber`'s `CodeField`, input-otp): one real
 * input, digits only, paste anywhere, submitted on the last digit. A wrong code stays in the field, selected, with
 * the error under it: the user sees what they typed and the next digit replaces it.
 */
import { useRef, useState } from 'react';
import { errorMessage, formatMessage } from '../../i18n/index.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { readReceivedCode } from '../../model/verificationCode.ts';
import { createValueStore } from '../../core/valueStore.ts';
import { Alert } from '../common/Alert.tsx';
import { loadCodeField, useCodeField } from '../VerifyPhoneNumber/loadCodeField.ts';
import { useAuthenticatorAppSectionMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

/** Authenticator apps show six digits (Clerk's TOTP: RFC 6238, 6 digits, 30 s). */
const CODE_LENGTH = 6;

export interface TotpCodeFormProps {
  /** Rejects with a `PhoneKitError` when the code is wrong or the check failed. */
  onVerify: (code: string) => Promise<unknown>;
  onCancel: () => void;
  verifying: boolean;
}

function isWrongCode(error: PhoneKitError): boolean {
  return error.field === 'code' || error.code === 'form_code_incorrect' || error.code === 'verification_failed';
}

export function TotpCodeForm({ onVerify, onCancel, verifying }: TotpCodeFormProps) {
  const part = useParts('authenticatorAppSection');
  const common = useParts('common');
  const codeParts = useParts('verifyPhoneNumber');
  // Loaded beside the enrollment step (lazyEnrollStep), so it is normally here on the first render.
  const field = useCodeField();
  const { messages, locale } = useAuthenticatorAppSectionMessages();
  const t = messages.authenticatorAppSection;
  const [code] = useState(() => createValueStore(''));
  const [fieldError, setFieldError] = useState<{ text: string; key: number } | null>(null);
  const [stepError, setStepError] = useState<PhoneKitError | null>(null);
  // Not focused on mount: the step's heading is, so the QR code and setup key are read before the field.
  const inputRef = useRef<HTMLInputElement>(null);
  const submitting = useRef(false);

  const showFieldError = (text: string) => {
    setFieldError((previous) => ({ text, key: (previous?.key ?? 0) + 1 }));
    const input = inputRef.current;
    input?.focus();
    // Selected, so the next digit typed replaces the wrong code and a screen reader reads what was typed.
    input?.select();
  };

  const submit = async (value: string) => {
    if (submitting.current) return;
    if (value.length < CODE_LENGTH) {
      showFieldError(formatMessage(t.codeIncomplete, { length: CODE_LENGTH }, locale));
      return;
    }
    submitting.current = true;
    setFieldError(null);
    setStepError(null);
    try {
      await onVerify(value);
    } catch (caught) {
      const error = caught as PhoneKitError;
      if (isWrongCode(error)) showFieldError(t.codeWrong);
      // Not the code's fault (offline, server error): keep it, so trying again is one key away.
      else setStepError(error);
    } finally {
      submitting.current = false;
    }
  };

  const setCode = (value: string) => {
    code.set(value);
    if (fieldError && value.length > 0) setFieldError(null);
  };

  const receive = (text: string, selection: [number, number]) => {
    const received = readReceivedCode(text, CODE_LENGTH);
    if (received.kind === 'none') return;
    if (received.kind === 'code') return setCode(received.code);
    const current = code.get();
    setCode((current.slice(0, selection[0]) + received.digits + current.slice(selection[1])).slice(0, CODE_LENGTH));
  };

  return (
    <form
      className={part('form')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(code.get());
      }}
    >
      {field.status === 'loaded' ? (
        <field.CodeField
          code={code}
          onChange={setCode}
          onPaste={receive}
          onComplete={(value: string) => void submit(value)}
          length={CODE_LENGTH}
          label={t.codeLabel}
          hint={formatMessage(t.codeHint, { length: CODE_LENGTH }, locale)}
          error={fieldError?.text ?? null}
          errorKey={fieldError?.key ?? 0}
          warning={null}
          readOnly={verifying}
          inputRef={inputRef}
          part={codeParts}
        />
      ) : field.status === 'failed' ? (
        <div className={common('lazy')} data-state="failed">
          <Alert>{messages.common.loadFailed}</Alert>
          <button type="button" className={common('button')} data-variant="secondary" onClick={() => void loadCodeField()}>
            {messages.common.retry}
          </button>
        </div>
      ) : (
        <p className={common('lazy')} data-state="loading" role="status">
          {messages.common.loading}
        </p>
      )}
      {stepError && <Alert>{errorMessage(stepError, messages)}</Alert>}
      <div className={part('actions')}>
        <button type="submit" className={part('verify', 'button')} data-variant="primary" aria-busy={verifying || undefined}>
          {verifying ? t.verifying : t.verify}
        </button>
        <button type="button" className={part('cancel', 'button')} data-variant="secondary" onClick={onCancel}>
          {messages.common.cancel}
        </button>
      </div>
    </form>
  );
}
