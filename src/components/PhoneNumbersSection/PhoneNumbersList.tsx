'use client';
import { Alert, PhoneNumberText } from '../common/index.ts';
import { useStableCallback } from '../common/useStableCallback.ts';
import { errorMessage, formatMessageNodes } from '../../i18n/index.ts';
import { primaryFirst } from '../../model/sort.ts';
import { usePhoneNumbersSectionMessages } from './messages.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { LazyVerifyPhoneNumber } from '../common/lazySteps.ts';
import { PhoneNumberRow, type RowState } from './PhoneNumberRow.tsx';
import { InlineCard } from './InlineCard.tsx';
import { RemoveConfirmation } from './RemoveConfirmation.tsx';
import type { OpenCard, SectionController } from './useSectionController.ts';
import { useParts } from '../parts/useParts.ts';

function rowState(id: string, inline: OpenCard | null, pending: boolean): RowState {
  if (pending) return 'pending';
  if (!inline || !('phoneNumberId' in inline) || inline.phoneNumberId !== id) return 'idle';
  return inline.kind === 'remove' ? 'removing' : 'verifying';
}

export interface PhoneNumbersListProps {
  phoneNumbers: readonly PhoneNumber[];
  primaryPhoneNumberId: string | undefined;
  labelledBy: string;
  controller: SectionController;
  canChange: boolean;
  canRemove: boolean;
}

/** The rows, primary number first, each with the inline card (verify or remove) or the removal failure that belongs under it. */
export function PhoneNumbersList({ phoneNumbers, primaryPhoneNumberId, labelledBy, controller, canChange, canRemove }: PhoneNumbersListProps) {
  const part = useParts('phoneNumbersSection');
  const { messages } = usePhoneNumbersSectionMessages();
  const text = messages.phoneNumbersSection;
  const { inline } = controller;
  // Stable, so the memoized rows that did not change skip re-rendering with the list.
  const openVerify = useStableCallback((id: string) => controller.verify.open(id));
  const openRemove = useStableCallback((id: string) => controller.remove.open(id));
  const setPrimary = useStableCallback((id: string, e164: string) => controller.setPrimary(id, e164));
  return (
    <ul className={part('list')} aria-labelledby={labelledBy}>
      {primaryFirst(phoneNumbers, primaryPhoneNumberId).map((phone) => {
        const id = phone.id;
        const failure = controller.failures[id];
        const card =
          inline?.kind === 'verify' && inline.phoneNumberId === id ? (
            <InlineCard kind="verify" onEscape={() => controller.verify.cancel(id)}>
              <LazyVerifyPhoneNumber
                phoneNumberId={id}
                sendOnMount
                onVerified={() => controller.verify.verified(id)}
                onCancel={() => controller.verify.cancel(id)}
              />
            </InlineCard>
          ) : inline?.kind === 'remove' && inline.phoneNumberId === id ? (
            <InlineCard kind="remove" onEscape={() => controller.remove.cancel(id)}>
              <RemoveConfirmation
                phone={phone}
                phoneNumbers={phoneNumbers}
                onConfirm={() => controller.remove.confirm(id)}
                onCancel={() => controller.remove.cancel(id)}
              />
            </InlineCard>
          ) : failure ? (
            <InlineCard kind="alert">
              <Alert>
                {formatMessageNodes(failure.kind === 'remove' ? text.removeFailed : text.setPrimaryFailed, { number: <PhoneNumberText e164={phone.phoneNumber} /> })}{' '}
                {errorMessage(failure.error, messages)}
              </Alert>
            </InlineCard>
          ) : null;
        return (
          <PhoneNumberRow
            key={id}
            phone={phone}
            primary={id === primaryPhoneNumberId}
            state={rowState(id, inline, controller.pendingRemovals.has(id))}
            onVerify={openVerify}
            onRemove={openRemove}
            onSetPrimary={setPrimary}
            canChange={canChange}
            canRemove={canRemove}
            menuTriggerRef={controller.menuTriggerRef}
          >
            {card}
          </PhoneNumberRow>
        );
      })}
    </ul>
  );
}
