'use client';
/**
 * The code the user is typing and what became of the last check: the field's message (wrong or incomplete
 * code), an error for the whole step (offline, server error), and the submit that produces them.
 *
 * The code itself is kept in a small store rather than in this hook's state: only CodeField subscribes to it, so a
 * keystroke renders the field and not the whole step (heading, buttons, countdowns) around it.
 */
import { useState, type RefObject } from 'react';
import { errorMessage, formatMessage, type Messages } from '../../i18n/index.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { readReceivedCode } from '../../model/verificationCode.ts';
import { createValueStore, type ValueStore } from '../../core/valueStore.ts';

export interface CodeEntryOptions {
  length: number;
  verifyCode: (code: string) => Promise<PhoneNumber>;
  onVerified?: (phoneNumber: PhoneNumber) => void;
  messages: Pick<Messages, 'errors' | 'verifyPhoneNumber'>;
  /** Writes the digit count in the locale's digits. */
  locale?: string;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The typed code: read with `get()` in handlers, rendered by CodeField through `useSyncExternalStore`. */
export type CodeStore = ValueStore<string>;

const createCodeStore = (): CodeStore => createValueStore('');

/** Errors after which only a new code helps; the step shows "Get a new code" for them. */
const NEEDS_NEW_CODE = new Set(['verification_expired', 'verification_failed']);


export function useCodeEntry({ length, verifyCode, onVerified, messages, locale, inputRef }: CodeEntryOptions) {
  const [code] = useState(createCodeStore);
  const [fieldError, setFieldError] = useState<{ text: string; key: number } | null>(null);
  const [stepError, setStepError] = useState<PhoneKitError | null>(null);

  const showFieldError = (text: string) => {
    setFieldError((previous) => ({ text, key: (previous?.key ?? 0) + 1 }));
    inputRef.current?.focus();
  };

  const submit = async (value: string) => {
    if (value.length < length) {
      showFieldError(formatMessage(messages.verifyPhoneNumber.codeIncomplete, { length }, locale));
      return;
    }
    setFieldError(null);
    setStepError(null);
    try {
      const verified = await verifyCode(value);
      onVerified?.(verified);
    } catch (caught) {
      const error = caught as PhoneKitError;
      if (NEEDS_NEW_CODE.has(error.code)) {
        code.set('');
      } else if (error.field === 'code' || error.code === 'form_code_incorrect') {
        // A wrong code is cleared so the next one can be typed at once; focus stays in the field.
        code.set('');
        showFieldError(errorMessage(error, messages));
      } else {
        // Not the code's fault (offline, server error): keep it, so trying again is one key away.
        setStepError(error);
      }
    }
  };

  const setCode = (value: string) => {
    code.set(value);
    if (fieldError && value.length > 0) setFieldError(null);
  };

  /**
   * Text pasted over `selection` of the typed code, or delivered by the browser (no selection: the whole code).
   * A code in it replaces the field (which completes it, and submits when autoSubmit is on); bare digits go in at
   * the selection; anything else keeps what was typed and says no code was found.
   */
  const receive = (text: string, selection?: readonly [number, number]) => {
    const received = readReceivedCode(text, length);
    if (received.kind === 'none') {
      showFieldError(formatMessage(messages.verifyPhoneNumber.codeNotFound, { length }, locale));
      return;
    }
    if (received.kind === 'code') {
      setCode(received.code);
      return;
    }
    const current = code.get();
    const [start, end] = selection ?? [0, current.length];
    setCode((current.slice(0, start) + received.digits + current.slice(end)).slice(0, length));
  };

  return {
    code,
    setCode,
    receive,
    /** A fresh code was sent: start over. */
    clear: () => {
      code.set('');
      setFieldError(null);
      setStepError(null);
    },
    fieldError,
    stepError,
    submit,
  };
}
