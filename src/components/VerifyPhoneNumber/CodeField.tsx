/**
 * The code field on input-otp: ONE real `<input>` (autocomplete one-time-code, numeric keyboard, digits only) so
 * SMS autofill, password managers and paste-anywhere work; the boxes are drawn from its state and hidden from
 * assistive technology, which reads the input itself. Always left to right, also on right-to-left pages.
 */
import { useId, type Ref } from 'react';
import { OTPInput, REGEXP_ONLY_DIGITS, type SlotProps } from 'input-otp';

export interface CodeFieldProps {
  value: string;
  onChange: (code: string) => void;
  /** The last digit was typed (or pasted, or filled in). */
  onComplete: (code: string) => void;
  length: number;
  label: string;
  hint: string;
  /** Shown under the field and wired with `aria-invalid`/`aria-describedby`. */
  error: string | null;
  /** Changes with every new error, so the same text after another wrong code is announced again. */
  errorKey: number;
  /** While a check runs: read-only rather than disabled, so focus stays in the field. */
  readOnly: boolean;
  inputRef: Ref<HTMLInputElement>;
}

export function CodeField({ value, onChange, onComplete, length, label, hint, error, errorKey, readOnly, inputRef }: CodeFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <div className="pnk-verify-phone-number__field" data-invalid={error ? '' : undefined}>
      <label className="pnk-verify-phone-number__label" htmlFor={inputId}>
        {label}
      </label>
      <p className="pnk-verify-phone-number__hint" id={hintId}>
        {hint}
      </p>
      <div className="pnk-verify-phone-number__code" dir="ltr">
        <OTPInput
          ref={inputRef}
          id={inputId}
          value={value}
          onChange={onChange}
          onComplete={onComplete}
          maxLength={length}
          pattern={REGEXP_ONLY_DIGITS}
          inputMode="numeric"
          autoComplete="one-time-code"
          enterKeyHint="done"
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          containerClassName="pnk-verify-phone-number__slots-container"
          className="pnk-verify-phone-number__input"
          render={({ slots }) => (
            <div className="pnk-verify-phone-number__slots" aria-hidden="true">
              {slots.map((slot, index) => (
                <Slot key={index} slot={slot} />
              ))}
            </div>
          )}
        />
      </div>
      {error && (
        <p key={errorKey} className="pnk-field-error pnk-verify-phone-number__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function Slot({ slot }: { slot: SlotProps }) {
  return (
    <div
      className="pnk-verify-phone-number__slot"
      data-active={slot.isActive ? '' : undefined}
      data-filled={slot.char !== null ? '' : undefined}
    >
      {slot.char}
      {slot.hasFakeCaret && <span className="pnk-verify-phone-number__caret" />}
    </div>
  );
}
