'use client';
import { useId, type FormEvent } from 'react';
import { useSmsTwoFactorSectionMessages } from './messages.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { isVerified } from '../../model/secondFactor.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { Alert } from '../common/Alert.tsx';
import { Badge } from '../common/Badge.tsx';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';
import { useFocusOnMount } from '../common/useFocusAfterRender.ts';
import { useParts } from '../parts/useParts.ts';
import { Heading, type HeadingLevel } from '../common/Heading.tsx';

/** The value of the "Use a new phone number" option. */
export const NEW_NUMBER = 'new';

export interface ChooseNumberStepProps {
  /** The level of the step's title: one below the section's heading. */
  headingLevel: HeadingLevel;
  candidates: readonly PhoneNumber[];
  /** A candidate's id, or {@link NEW_NUMBER}. */
  selected: string;
  onSelect: (value: string) => void;
  onContinue: () => void;
  onCancel: () => void;
  /** Why the last attempt failed (e.g. reserving needs reverification); the choice stays as it was. */
  error: PhoneKitError | null;
}

/**
 * Step 1 of the wizard: its one title, then a radio group of the user's free numbers plus "Use a new phone
 * number". An unverified number's option says, inside the option, that it is verified first.
 */
export function ChooseNumberStep({ headingLevel, candidates, selected, onSelect, onContinue, onCancel, error }: ChooseNumberStepProps) {
  const part = useParts('smsTwoFactorSection');
  const common = useParts('common');
  const { messages } = useSmsTwoFactorSectionMessages();
  const t = messages.smsTwoFactorSection;
  const ids = { heading: useId(), hint: useId(), error: useId(), name: useId() };
  // Focus lands on the checked radio: arrow keys then move the choice, as in any radio group.
  const checkedRadio = useFocusOnMount<HTMLInputElement>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onContinue();
  };

  const options = [
    ...candidates.map((phone) => ({ value: phone.id, label: <PhoneNumberText e164={phone.phoneNumber} />, unverified: !isVerified(phone) })),
    { value: NEW_NUMBER, label: t.chooseNewNumber, unverified: false },
  ];

  return (
    <form className={part('step')} data-step="choose" data-state={error ? 'error' : 'idle'} onSubmit={submit} noValidate>
      <Heading level={headingLevel} id={ids.heading} className={part('stepHeading')}>
        {t.chooseHeading}
      </Heading>
      <fieldset className={part('choices')} aria-labelledby={ids.heading} aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}>
        <p id={ids.hint} className={part('hint')}>
          {t.chooseHint}
        </p>
        {options.map((option) => {
          const labelId = `${ids.name}-${option.value}-label`;
          const hintId = `${ids.name}-${option.value}-hint`;
          return (
            <label key={option.value} className={part('choice')} data-verified={option.unverified ? 'false' : 'true'}>
              <input
                ref={option.value === selected ? checkedRadio : undefined}
                type="radio"
                name={ids.name}
                value={option.value}
                checked={option.value === selected}
                onChange={() => onSelect(option.value)}
                // Named by the number (and its badge) only: the hint below it is its description.
                aria-labelledby={labelId}
                aria-describedby={option.unverified ? hintId : undefined}
              />
              <span className={part('choiceText')}>
                <span id={labelId} className={part('choiceLabel')}>
                  {option.label}
                  {/* The space keeps "… 0177 Unverified" two words in the radio's name. */}
                  {option.unverified && ' '}
                  {option.unverified && <Badge kind="unverified">{messages.common.badgeUnverified}</Badge>}
                </span>
                {option.unverified && (
                  <span id={hintId} className={part('choiceHint')}>
                    {t.chooseUnverifiedHint}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </fieldset>
      {error && <Alert id={ids.error}>{errorMessage(error, messages)}</Alert>}
      <div className={part('actions')}>
        <button type="submit" className={common('button')} data-variant="primary">
          {messages.common.continue}
        </button>
        <button type="button" className={common('button')} data-variant="secondary" onClick={onCancel}>
          {messages.common.cancel}
        </button>
      </div>
    </form>
  );
}
