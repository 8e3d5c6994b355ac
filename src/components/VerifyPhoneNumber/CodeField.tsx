'use client';
/**
 * The code field on input-otp: ONE real `<input>` (autocomplete one-time-code, numeric keyboard, digits only) so
 * SMS autofill, password managers and paste-anywhere work; the boxes are drawn from its state and hidden from
 * assistive technology, which reads the input itself. Always left to right, also on right-to-left pages.
 */
import { useId, useSyncExternalStore, type Ref } from 'react';
import { OTPInput, REGEXP_ONLY_DIGITS, type SlotProps } from 'input-otp';
import type { PartClassName } from '../parts/useParts.ts';
import type { CodeStore } from './useCodeEntry.ts';
import { slotFor, useShadowRootSlots } from './useShadowRootSlots.ts';

export interface CodeFieldProps {
  /** The typed code. Read here, not passed as a value, so a keystroke renders this field alone (render budget). */
  code: CodeStore;
  onChange: (code: string) => void;
  /** The last digit was typed (or pasted, or filled in). */
  onComplete: (code: string) => void;
  /**
   * Text pasted over the input's `selection`. Taken here, before input-otp sees it: input-otp drops a paste that
   * is not bare digits ("424 242", "Your code is 424242") without a word.
   */
  onPaste: (text: string, selection: [number, number]) => void;
  length: number;
  label: string;
  hint: string;
  /** Shown under the field and wired with `aria-invalid`/`aria-describedby`. */
  error: string | null;
  /** Changes with every new error, so the same text after another wrong code is announced again. */
  errorKey: number;
  /** A warning under the error ("One attempt left…"): announced with it and part of the field's description. */
  warning: string | null;
  /** While a check runs: read-only rather than disabled, so focus stays in the field. */
  readOnly: boolean;
  inputRef: Ref<HTMLInputElement>;
  /**
   * The code step's part classes (`useParts('verifyPhoneNumber')` of the step that shows the field). Passed in, so
   * the field, loaded as a chunk of its own (`loadCodeField`), imports none of the kit's shared modules: bundlers
   * would otherwise split those into one more chunk that loads up front.
   */
  part: PartClassName<'verifyPhoneNumber'>;
}

export function CodeField({ code, onChange, onComplete, onPaste, length, label, hint, error, errorKey, warning, readOnly, inputRef, part }: CodeFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const warningId = useId();
  const describedBy = [hintId, error && errorId, warning && warningId].filter(Boolean).join(' ');
  const value = useSyncExternalStore(code.subscribe, code.get, code.get);
  const { attachInput, selection: shadowSelection } = useShadowRootSlots(inputRef);
  return (
    <div className={part('field')} data-invalid={error ? '' : undefined}>
      <label className={part('label')} htmlFor={inputId}>
        {label}
      </label>
      <p className={part('hint')} id={hintId}>
        {hint}
      </p>
      <div
        className={part('code')}
        dir="ltr"
        onPasteCapture={(event) => {
          const input = event.target;
          if (readOnly || !(input instanceof HTMLInputElement)) return;
          event.preventDefault();
          event.stopPropagation();
          const end = input.value.length;
          onPaste(event.clipboardData.getData('text/plain'), [input.selectionStart ?? end, input.selectionEnd ?? end]);
        }}
      >
        <OTPInput
          ref={attachInput}
          id={inputId}
          value={value}
          onChange={onChange}
          onComplete={onComplete}
          maxLength={length}
          pattern={REGEXP_ONLY_DIGITS}
          noScriptCSSFallback={null}
          inputMode="numeric"
          autoComplete="one-time-code"
          enterKeyHint="done"
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          containerClassName={part('slotsContainer')}
          className={part('input')}
          render={({ slots }) => (
            <div className={part('slots')} aria-hidden="true">
              {slots.map((slot, index) => (
                <Slot key={index} slot={slotFor(slot, index, shadowSelection)} part={part} />
              ))}
            </div>
          )}
        />
      </div>
      {error && (
        <p key={errorKey} className={part('error', 'fieldError')} id={errorId} role="alert">
          {error}
        </p>
      )}
      {warning && (
        // Keyed like the error: a screen reader hears the warning with the wrong code that brought it.
        <p key={`warning-${errorKey}`} className={part('lastAttempt')} id={warningId} role="alert">
          {warning}
        </p>
      )}
    </div>
  );
}

function Slot({ slot, part }: { slot: SlotProps; part: PartClassName<'verifyPhoneNumber'> }) {
  return (
    <div
      className={part('slot')}
      data-active={slot.isActive ? '' : undefined}
      data-filled={slot.char !== null ? '' : undefined}
    >
      {slot.char}
      {slot.hasFakeCaret && <span className={part('caret')} />}
    </div>
  );
}
