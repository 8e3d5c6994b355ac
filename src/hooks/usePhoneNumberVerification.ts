'use client';
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { PhoneKitError } from '../model/errors.ts';
import type { PhoneNumber } from '../model/types.ts';
import { verificationView, type VerificationView } from '../core/verificationView.ts';
import { usePhoneNumberKit } from './context.ts';
import { verificationStoreOf } from './verificationStoreOf.ts';
import { useNow } from './useNow.ts';
import { usePhoneNumbers } from './usePhoneNumbers.ts';
import { checkVerificationCode, sendVerificationCode } from './verificationCalls.ts';

/**
 * What {@link usePhoneNumberVerification} returns: the verification view (status, countdowns, attempts; see
 * `VerificationView`) and the calls.
 */
export interface UsePhoneNumberVerificationResult extends Omit<VerificationView, 'shouldSendCode' | 'ticking'> {
  /** The number, once the list has loaded. */
  phoneNumber: PhoneNumber | undefined;
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
  const { now } = kit;
  const verification = verificationStoreOf(kit);
  const { phoneNumbers } = usePhoneNumbers();
  const phoneNumber = phoneNumbers.find((p) => p.id === phoneNumberId);
  const getEntry = useCallback(() => verification.get(phoneNumberId), [verification, phoneNumberId]);
  const entry = useSyncExternalStore(verification.subscribe, getEntry, getEntry);
  const { ticking, shouldSendCode, ...shown } = verificationView(phoneNumber, entry, now());
  // Re-renders every second while a countdown runs, so the view above follows the clock.
  useNow(now, ticking);

  const sendCode = useCallback(() => sendVerificationCode(kit, phoneNumberId), [kit, phoneNumberId]);
  const verifyCode = useCallback((code: string) => checkVerificationCode(kit, phoneNumberId, code), [kit, phoneNumberId]);

  const canDecideSend = !!options.sendOnMount && !!phoneNumber;
  const shouldSendOnMount = canDecideSend && shouldSendCode;
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
    // status, expiresAt, secondsUntilExpiry, secondsUntilResend, attemptsUsed, attemptsLeft, needsNewCode
    ...shown,
    sendCode,
    verifyCode,
    isSending: entry.sending,
    isVerifying: entry.verifying,
    sendError: entry.sendError,
  };
}
