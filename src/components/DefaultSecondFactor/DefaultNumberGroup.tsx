'use client';
import { memo, useId } from 'react';
import { useDefaultSecondFactorMessages } from './messages.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { formatPhoneNumber } from '../common/formatPhoneNumber.ts';
import { useParts } from '../parts/useParts.ts';

interface DefaultNumberGroupProps {
  /** The verified numbers; only the reserved ones can be chosen. */
  phoneNumbers: readonly PhoneNumber[];
  /** The number just chosen, checked until the server answers; else the list's default is. */
  chosenId: string | null;
  pendingIds: ReadonlySet<string>;
  /** Stable across renders, so the memoized options re-render only when their own number changes. */
  onChoose: (phone: PhoneNumber) => void;
}

/** Native radios in a fieldset: arrow keys move between the enabled ones and choose at once. */
export function DefaultNumberGroup({ phoneNumbers, chosenId, pendingIds, onChoose }: DefaultNumberGroupProps) {
  const part = useParts('defaultSecondFactor');
  const { messages } = useDefaultSecondFactorMessages();
  const t = messages.defaultSecondFactor;
  const name = useId();
  const hintId = useId();
  return (
    <fieldset className={part('defaultGroup')} aria-describedby={hintId}>
      <legend className={part('legend')}>{t.defaultLegend}</legend>
      <p id={hintId} className={part('hint')}>
        {t.defaultHint}
      </p>
      <div className={part('options')}>
        {phoneNumbers.map((phone) => (
          <DefaultOption
            key={phone.id}
            phone={phone}
            name={name}
            checked={chosenId ? chosenId === phone.id : phone.defaultSecondFactor}
            pending={pendingIds.has(phone.id)}
            onChoose={onChoose}
          />
        ))}
      </div>
    </fieldset>
  );
}

interface DefaultOptionProps {
  phone: PhoneNumber;
  /** The radio group's name. */
  name: string;
  checked: boolean;
  pending: boolean;
  onChoose: (phone: PhoneNumber) => void;
}

/** One radio with its label, and why it is disabled when it is. Memoized, like the rows above it. */
const DefaultOption = memo(function DefaultOption({ phone, name, checked, pending, onChoose }: DefaultOptionProps) {
  const part = useParts('defaultSecondFactor');
  const { messages } = useDefaultSecondFactorMessages();
  const t = messages.defaultSecondFactor;
  const id = `${name}-${phone.id}`;
  const explanationId = `${id}-why`;
  const selectable = phone.reservedForSecondFactor;
  return (
    <div
      className={part('option')}
      data-state={pending ? 'pending' : 'idle'}
      data-default={phone.defaultSecondFactor}
      data-disabled={!selectable || undefined}
      aria-busy={pending || undefined}
    >
      <input
        id={id}
        type="radio"
        name={name}
        value={phone.id}
        className={part('radio')}
        checked={checked}
        disabled={!selectable}
        aria-describedby={selectable ? undefined : explanationId}
        onChange={() => {
          if (!checked) onChoose(phone);
        }}
      />
      <label htmlFor={id} className={part('optionLabel')}>
        {formatPhoneNumber(phone.phoneNumber)}
      </label>
      {!selectable && (
        <p id={explanationId} className={part('optionExplanation')}>
          {t.notReservedExplanation}
        </p>
      )}
    </div>
  );
});
