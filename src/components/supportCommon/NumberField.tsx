'use client';
/**
 * A labelled text field for an international number (the lookup and the add form): hint, the agent's text kept as
 * typed, and the message under the field wired with `aria-invalid`/`aria-describedby`. Classes come from the owner.
 */
import { useId, type ReactNode, type Ref } from 'react';
import './NumberField.css';

/** The owner's classes for each piece. */
interface NumberFieldClasses {
  field: string;
  label: string;
  hint: string;
  input: string;
  error: string;
}

export interface NumberFieldProps {
  classes: NumberFieldClasses;
  label: string;
  hint: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error: ReactNode;
  readOnly?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function NumberField({ classes, label, hint, value, onChange, error, readOnly, inputRef }: NumberFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <div className={classes.field} data-invalid={error ? '' : undefined}>
      <label className={classes.label} htmlFor={inputId}>
        {label}
      </label>
      <p className={classes.hint} id={hintId}>
        {hint}
      </p>
      <input
        ref={inputRef}
        id={inputId}
        className={classes.input}
        type="tel"
        dir="ltr"
        inputMode="tel"
        // An agent types other people's numbers: the browser's own suggestions would be the agent's.
        autoComplete="off"
        value={value}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p className={classes.error} id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
