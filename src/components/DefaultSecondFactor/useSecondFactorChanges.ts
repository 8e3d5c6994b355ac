'use client';
import { useState } from 'react';
import { useMakeDefaultSecondFactor } from '../../hooks/useMakeDefaultSecondFactor.ts';
import { useReserveForSecondFactor } from '../../hooks/useReserveForSecondFactor.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useDefaultSecondFactorMessages } from './messages.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { formatPhoneNumber } from '../common/formatPhoneNumber.ts';
import { useAnnouncer } from '../common/useAnnouncer.ts';
import { useStableCallback } from '../common/useStableCallback.ts';

interface Failure {
  phoneNumber: string;
  error: PhoneKitError;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The component's side of each change: which rows are waiting for the server, the last failure, and what to
 * announce. The hooks already change the list at once and roll it back on failure.
 */
export function useSecondFactorChanges(onChange: (() => void) | undefined) {
  const { messages } = useDefaultSecondFactorMessages();
  const t = messages.defaultSecondFactor;
  const { setReserved } = useReserveForSecondFactor();
  const { makeDefault } = useMakeDefaultSecondFactor();
  const [pendingIds, setPendingIds] = useState(NONE);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [announcement, announce] = useAnnouncer();
  // The number just made the default, shown as such until the server answers (the list catches up a tick later).
  const [chosenDefault, setChosenDefault] = useState<string | null>(null);

  const track = async (phone: PhoneNumber, run: () => Promise<unknown>, success: string): Promise<boolean> => {
    const number = formatPhoneNumber(phone.phoneNumber);
    setPendingIds((ids) => new Set(ids).add(phone.id));
    setFailure(null);
    try {
      await run();
      announce(formatMessage(success, { number }));
      onChange?.();
      return true;
    } catch (caught) {
      const error = caught as PhoneKitError;
      setFailure({ phoneNumber: number, error });
      return false;
    } finally {
      setPendingIds((ids) => {
        const next = new Set(ids);
        next.delete(phone.id);
        return next;
      });
    }
  };

  // Stable handlers, so the memoized rows that take them re-render only when their own number changes.
  const setReservedTracked = useStableCallback((phone: PhoneNumber, reserved: boolean) =>
    track(phone, () => setReserved({ phoneNumberId: phone.id, reserved }), reserved ? t.turnedOn : t.turnedOff),
  );
  const makeDefaultTracked = useStableCallback(async (phone: PhoneNumber) => {
    setChosenDefault(phone.id);
    const ok = await track(phone, () => makeDefault(phone.id), t.madeDefault);
    setChosenDefault((current) => (current === phone.id ? null : current));
    return ok;
  });
  const chooseDefault = useStableCallback((phone: PhoneNumber) => void makeDefaultTracked(phone));

  return {
    pendingIds,
    announcement,
    chosenDefault,
    failureMessage: failure
      ? formatMessage(t.changeFailed, { number: failure.phoneNumber, reason: errorMessage(failure.error, messages) })
      : null,
    setReserved: setReservedTracked,
    /** Makes the number the default; the outcome shows through `failureMessage` and `announcement`. */
    chooseDefault,
  };
}
