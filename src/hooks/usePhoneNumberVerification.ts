'use client';
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { PhoneKitError } from '../model/errors.ts';
import type { PhoneNumber, VerificationStatus } from '../model/types.ts';
import { upsertPhoneNumber } from '../core/cache.ts';
import { usePhoneNumberKit } from './context.ts';
import { phoneNumberKeys } from '../core/queryKeys.ts';
import { runOperation } from '../core/runOperation.ts';
import { listMayBeStale } from '../core/staleness.ts';
import { useNow } from './useNow.ts';
import { usePhoneNumbers } from './usePhoneNumbers.ts';

/** What {@link usePhoneNumberVerification} returns. */
export interface UsePhoneNumberVerificationResult {
  /** The number, once the list has loaded. */
  phoneNumber: PhoneNumber | undefined;
  /**
   * Where verification stands: the server's status, corrected by what the last attempt taught (`expired`,
   * `failed`), or `null` before any code was sent.
   */
  status: VerificationStatus | null;
  /** When the current code stops working (Unix ms), from `verification.expireAt`. */
  expiresAt: number | null;
  /** Seconds until the pending code stops working, on the provider's clock; `null` when no code is pending. */
  secondsUntilExpiry: number | null;
  /** Seconds until "resend" is allowed: the server's `Retry-After`, else the provider's default (30 s). */
  secondsUntilResend: number;
  /** Wrong codes entered for the current code. */
  attemptsUsed: number;
  /** The code expired or attempts ran out: only a new code helps. */
  needsNewCode: boolean;
  /** Sends a code. Concurrent calls (two components, StrictMode) share one SMS; during the cooldown nothing is sent. */
  sendCode: () => Promise<PhoneNumber>;
  /** Checks a code. */
  verifyCode: (code: string) => Promise<PhoneNumber>;
  isSending: boolean;
  isVerifying: boolean;
  /** The last send's error (e.g. rate limited). */
  sendError: PhoneKitError | null;
}

/** Options of {@link usePhoneNumberVerification}. */
export interface UsePhoneNumberVerificationOptions {
  /**
   * Send a code on mount when the number is unverified and has no live code (none sent yet, or it expired).
   * Safe under StrictMode and with several mounts: they share one SMS.
   */
  sendOnMount?: boolean;
}

/**
 * SMS verification of one number: sending (coalesced, with a cooldown that survives remounts), checking codes,
 * and what to show: status, expiry, resend countdown, attempts.
 */
export function usePhoneNumberVerification(
  phoneNumberId: string,
  options: UsePhoneNumberVerificationOptions = {},
): UsePhoneNumberVerificationResult {
  const kit = usePhoneNumberKit();
  const { adapter, queryClient, scope, callbacks, verification, resendCooldownSeconds, now } = kit;
  const { phoneNumbers } = usePhoneNumbers();
  const phoneNumber = phoneNumbers.find((p) => p.id === phoneNumberId);
  const subscribe = verification.subscribe;
  const getEntry = useCallback(() => verification.get(phoneNumberId), [verification, phoneNumberId]);
  const entry = useSyncExternalStore(subscribe, getEntry, getEntry);

  const expiresAt = phoneNumber?.verification?.expireAt ?? null;
  const serverStatus = phoneNumber?.verification?.status ?? null;
  const pending = serverStatus === 'unverified';
  const ticking = (entry.cooldownUntil !== null && entry.cooldownUntil > now()) || (pending && expiresAt !== null && expiresAt > now());
  const time = useNow(now, ticking);

  const codeExpired = pending && expiresAt !== null && time >= expiresAt;
  const status: VerificationStatus | null = entry.statusOverride ?? (codeExpired ? 'expired' : serverStatus);
  const writeBack = useCallback(
    (phone: PhoneNumber) => {
      queryClient.setQueryData<PhoneNumber[]>(phoneNumberKeys.list(scope), (list) => upsertPhoneNumber(list, phone));
      return phone;
    },
    [queryClient, scope],
  );
  // A lost answer may hide a change (a code sent, a number verified): read the list again, then fail as before.
  const rereadIfStale = useCallback(
    (error: PhoneKitError): never => {
      if (listMayBeStale(error)) void queryClient.invalidateQueries({ queryKey: phoneNumberKeys.list(scope) });
      throw error;
    },
    [queryClient, scope],
  );

  const sendCode = useCallback(
    () =>
      runOperation(
        callbacks,
        'prepareVerification',
        () => verification.send(phoneNumberId, () => adapter.prepareVerification(phoneNumberId), resendCooldownSeconds, now),
        phoneNumberId,
      ).then(writeBack, rereadIfStale),
    [adapter, callbacks, verification, phoneNumberId, resendCooldownSeconds, now, writeBack, rereadIfStale],
  );

  const verifyCode = useCallback(
    (code: string) =>
      runOperation(
        callbacks,
        'attemptVerification',
        () => verification.attempt(phoneNumberId, code, () => adapter.attemptVerification(phoneNumberId, code)),
        phoneNumberId,
      ).then(writeBack, rereadIfStale),
    [adapter, callbacks, verification, phoneNumberId, writeBack, rereadIfStale],
  );

  const coolingDown = entry.cooldownUntil !== null && entry.cooldownUntil > time;
  const hasLiveCode = pending && !codeExpired && entry.statusOverride === null;
  const canDecideSend = !!options.sendOnMount && !!phoneNumber;
  const shouldSendOnMount = canDecideSend && serverStatus !== 'verified' && !hasLiveCode && !coolingDown && !entry.sending;
  // Decided once per mount, as soon as the number is known: a code that expires later (while the step is open)
  // waits for the user to ask for a new one instead of sending an SMS nobody asked for.
  const sendDecided = useRef(false);
  useEffect(() => {
    if (!canDecideSend || sendDecided.current) return;
    sendDecided.current = true;
    // Errors land in `sendError` through the store.
    if (shouldSendOnMount) sendCode().catch(() => undefined);
  }, [canDecideSend, shouldSendOnMount, sendCode]);

  return {
    phoneNumber,
    status,
    expiresAt,
    secondsUntilExpiry: pending && expiresAt !== null ? Math.max(0, Math.ceil((expiresAt - time) / 1000)) : null,
    secondsUntilResend: coolingDown ? Math.ceil((entry.cooldownUntil! - time) / 1000) : 0,
    attemptsUsed: Math.max(phoneNumber?.verification?.attempts ?? 0, entry.failedAttempts),
    needsNewCode: status === 'failed' || status === 'expired',
    sendCode,
    verifyCode,
    isSending: entry.sending,
    isVerifying: entry.verifying,
    sendError: entry.sendError,
  };
}
