'use client';
import { useEffect } from 'react';
import { useStableCallback } from '../common/useStableCallback.ts';

/** The WebOTP credential (not in TypeScript's DOM library yet). */
interface OtpCredential {
  code?: string;
}

/** Chromium on Android implements WebOTP; elsewhere `OTPCredential` is missing and nothing is asked. */
function isWebOtpSupported(): boolean {
  return typeof window !== 'undefined' && 'OTPCredential' in window && typeof navigator.credentials?.get === 'function';
}

/**
 * Asks the browser for the code of the next SMS addressed to this origin (WebOTP), and hands it to `onCode`.
 * One request per `requestKey` (pass the code's expiry so a resend starts a fresh request); aborted on unmount
 * or when disabled. Refusals and aborts are silent: typing the code always works.
 */
export function useWebOtp(enabled: boolean, requestKey: unknown, onCode: (code: string) => void): void {
  // The latest onCode without restarting the request when it changes (useEffectEvent would need React 19.2).
  const deliver = useStableCallback(onCode);
  useEffect(() => {
    if (!enabled || !isWebOtpSupported()) return;
    const controller = new AbortController();
    const options = { otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions;
    navigator.credentials.get(options).then(
      (credential) => {
        const code = (credential as OtpCredential | null)?.code;
        if (code && !controller.signal.aborted) deliver(code);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [enabled, requestKey, deliver]);
}
