'use client';
import { usePhoneNumbers } from '../../hooks/usePhoneNumbers.ts';
import { usePolicy } from '../../hooks/usePolicy.tsx';
import { mayChange } from '../../core/policy.ts';
import { useDefaultSecondFactorMessages } from './messages.ts';
import { turnOffWarning } from '../../model/secondFactor.ts';
import { Alert } from '../common/Alert.tsx';
import { LiveRegion } from '../common/LiveRegion.tsx';
import { verifiedInStableOrder } from './numberOrder.ts';
import { NumberRow } from './NumberRow.tsx';
import { useSecondFactorChanges } from './useSecondFactorChanges.ts';
import { useParts } from '../parts/useParts.ts';
import './DefaultSecondFactor.css';

/**
 * One list of the verified numbers, each with its sign-in-codes switch and either the "Default for sign-in codes"
 * badge or "Make default"; unverified numbers are left out, with one quiet line saying so. The body of
 * `DefaultSecondFactor`, and of `SmsTwoFactorSection`'s "on" view (whose heading already names it).
 */
export function SecondFactorNumbers({ onChange }: { onChange?: () => void }) {
  const part = useParts('defaultSecondFactor');
  const { messages } = useDefaultSecondFactorMessages();
  const t = messages.defaultSecondFactor;
  const { phoneNumbers } = usePhoneNumbers();
  const changes = useSecondFactorChanges(onChange);
  const readOnly = !mayChange(usePolicy());
  const verified = verifiedInStableOrder(phoneNumbers);

  return (
    <>
      {changes.failureMessage && (
        <div className={part('changeError')}>
          <Alert>{changes.failureMessage}</Alert>
        </div>
      )}
      {verified.length > 0 && (
        // eslint-disable-next-line jsx-a11y/no-redundant-roles -- Safari drops list semantics from lists styled without bullets.
        <ul role="list" aria-label={t.listLabel} className={part('list')}>
          {verified.map((phone) => {
            const warning = turnOffWarning(phoneNumbers, phone.id);
            return (
              <NumberRow
                key={phone.id}
                phone={phone}
                // The number just made the default shows as such until the server answers (the list catches up later).
                isDefault={changes.chosenDefault ? changes.chosenDefault === phone.id : phone.defaultSecondFactor}
                warning={warning?.kind ?? null}
                heir={warning?.kind === 'default' ? warning.heir : null}
                pending={changes.pendingIds.has(phone.id)}
                onSetReserved={changes.setReserved}
                onMakeDefault={changes.chooseDefault}
                readOnly={readOnly}
              />
            );
          })}
        </ul>
      )}
      {verified.length < phoneNumbers.length && <p className={part('unverifiedNote')}>{t.unverifiedNote}</p>}
      <LiveRegion message={changes.announcement} />
    </>
  );
}
