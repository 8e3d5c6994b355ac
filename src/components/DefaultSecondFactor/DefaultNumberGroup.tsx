import { useId } from 'react';
import { useLocalization } from '../../i18n/LocalizationProvider.tsx';
import type { PhoneNumber } from '../../model/types.ts';
import { formatPhoneNumber } from '../shared/formatPhoneNumber.ts';

interface DefaultNumberGroupProps {
  /** The verified numbers; only the reserved ones can be chosen. */
  phoneNumbers: readonly PhoneNumber[];
  /** The number just chosen, checked until the server answers; else the list's default is. */
  chosenId: string | null;
  pendingIds: ReadonlySet<string>;
  onChoose: (phone: PhoneNumber) => void;
}

/** Native radios in a fieldset: arrow keys move between the enabled ones and choose at once. */
export function DefaultNumberGroup({ phoneNumbers, chosenId, pendingIds, onChoose }: DefaultNumberGroupProps) {
  const { messages } = useLocalization();
  const t = messages.defaultSecondFactor;
  const name = useId();
  const hintId = useId();
  return (
    <fieldset className="pnk-default-second-factor__default-group" aria-describedby={hintId}>
      <legend className="pnk-default-second-factor__legend">{t.defaultLegend}</legend>
      <p id={hintId} className="pnk-default-second-factor__hint">
        {t.defaultHint}
      </p>
      <div className="pnk-default-second-factor__options">
        {phoneNumbers.map((phone) => {
          const id = `${name}-${phone.id}`;
          const explanationId = `${id}-why`;
          const selectable = phone.reservedForSecondFactor;
          const checked = chosenId ? chosenId === phone.id : phone.defaultSecondFactor;
          const pending = pendingIds.has(phone.id);
          return (
            <div
              key={phone.id}
              className="pnk-default-second-factor__option"
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
                className="pnk-default-second-factor__radio"
                checked={checked}
                disabled={!selectable}
                aria-describedby={selectable ? undefined : explanationId}
                onChange={() => {
                  if (!checked) onChoose(phone);
                }}
              />
              <label htmlFor={id} className="pnk-default-second-factor__option-label">
                {formatPhoneNumber(phone.phoneNumber)}
              </label>
              {!selectable && (
                <p id={explanationId} className="pnk-default-second-factor__option-explanation">
                  {t.notReservedExplanation}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
