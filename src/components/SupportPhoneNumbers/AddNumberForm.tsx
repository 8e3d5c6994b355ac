'use client';
/** "Add a number": the number (international format, kept as typed when refused) and how it is added. */
import { useState } from 'react';
import type { AdminAddPhoneNumberBody } from '../../model/admin.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useFocusOnMount } from '../common/useFocusAfterRender.ts';
import { NumberField } from '../supportCommon/NumberField.tsx';
import { numberHint, numberProblemText } from '../supportCommon/numberTexts.tsx';
import { readTypedNumber, type TypedNumberProblem } from '../supportCommon/typedNumber.ts';
import { useSupportPhoneNumbersMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

export interface AddNumberFormProps {
  userName: string;
  /** What was asked for last (kept when the confirmation is cancelled). */
  initial: AdminAddPhoneNumberBody | null;
  onSubmit: (body: AdminAddPhoneNumberBody) => void;
  onCancel: () => void;
}

type Option = 'verified' | 'reservedForSecondFactor' | 'primary';
const OPTIONS: [Option, 'addVerified' | 'addReserved' | 'addPrimary'][] = [
  ['verified', 'addVerified'],
  ['reservedForSecondFactor', 'addReserved'],
  ['primary', 'addPrimary'],
];

export function AddNumberForm({ userName, initial, onSubmit, onCancel }: AddNumberFormProps) {
  const part = useParts('supportPhoneNumbers');
  const { messages } = useSupportPhoneNumbersMessages();
  const t = messages.supportPhoneNumbers;
  const shared = messages.supportConsole;
  const [text, setText] = useState(initial?.phoneNumber ?? '');
  const [options, setOptions] = useState<Record<Option, boolean>>({
    verified: initial?.verified ?? false,
    reservedForSecondFactor: initial?.reservedForSecondFactor ?? false,
    primary: initial?.primary ?? false,
  });
  const [problem, setProblem] = useState<TypedNumberProblem | null>(null);
  const inputRef = useFocusOnMount<HTMLInputElement>();
  return (
    <form
      className={part('addForm')}
      aria-label={formatMessage(t.addFormLabel, { user: userName })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const read = readTypedNumber(text);
        if ('problem' in read) {
          setProblem(read.problem);
          inputRef.current?.focus();
          return;
        }
        onSubmit({ phoneNumber: read.e164, ...options });
      }}
    >
      <NumberField
        classes={{ field: part('field'), label: part('label'), hint: part('hint'), input: part('input'), error: part('error', 'fieldError') }}
        label={shared.phoneLabel}
        hint={numberHint(shared)}
        value={text}
        onChange={(value) => {
          setText(value);
          if (problem && !('problem' in readTypedNumber(value))) setProblem(null);
        }}
        error={numberProblemText(problem, shared)}
        inputRef={inputRef}
      />
      {OPTIONS.map(([option, label]) => (
        <label key={option} className={part('option')}>
          <input type="checkbox" checked={options[option]} onChange={(event) => setOptions({ ...options, [option]: event.target.checked })} />
          {t[label]}
        </label>
      ))}
      <div className={part('addActions')}>
        <button type="submit" className={part('addSubmit', 'button')} data-variant="primary">
          {t.addSubmit}
        </button>
        <button type="button" className={part('addCancel', 'button')} data-variant="secondary" onClick={onCancel}>
          {messages.common.cancel}
        </button>
      </div>
    </form>
  );
}
