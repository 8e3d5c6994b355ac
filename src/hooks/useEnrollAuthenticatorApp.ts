'use client';
/**
 * Authenticator-app enrollment: `start()` asks for a new secret (`createTotp`), `verify(code)` checks the app's
 * code (`verifyTotp`). Two requests for the whole enrollment: the answer is written into the cached account, never
 * read again. The secret and its `otpauth://` URI live in this hook's state only (not in the query or mutation
 * cache, which a host may persist) and are dropped on `cancel()` and on unmount.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TotpEnrollment } from '../model/account.ts';
import type { PhoneKitError } from '../model/errors.ts';
import { editAccount } from '../core/cachedAccount.ts';
import { rereadIfStale } from '../core/cachedList.ts';
import { phoneNumberKeys } from '../core/queryKeys.ts';
import { runOperation } from '../core/runOperation.ts';
import { usePhoneNumberKit } from './context.ts';
import { backupCodesStoreOf } from './backupCodesStoreOf.ts';

/** Where an enrollment stands. */
export type AuthenticatorEnrollmentStatus = 'idle' | 'starting' | 'ready' | 'verifying' | 'verified';

/** What {@link useEnrollAuthenticatorApp} returns. */
export interface UseEnrollAuthenticatorAppResult {
  status: AuthenticatorEnrollmentStatus;
  /** The pending secret and URI, from `start()` until cancel, unmount or a correct code. Secret: never store it. */
  enrollment: TotpEnrollment | null;
  /** Asks the server for a new secret. Resolves when it is here; rejects with a `PhoneKitError`. */
  start: () => Promise<void>;
  /**
   * Checks the app's 6-digit code. On success the authenticator app is on and the backup codes the server returned
   * (the first time two-step turns on) are in `useBackupCodes()`; resolves `true` when there were any.
   */
  verify: (code: string) => Promise<{ backupCodes: boolean }>;
  /** Forgets the pending secret and any error (e.g. the user closed the step). */
  cancel: () => void;
  /** The last failure of `start()` or `verify()`, until the next call. */
  error: PhoneKitError | null;
}

/** Enrolls an authenticator app (TOTP): create, then verify, through `runOperation` (reverification, events). */
export function useEnrollAuthenticatorApp(): UseEnrollAuthenticatorAppResult {
  const kit = usePhoneNumberKit();
  const [status, setStatus] = useState<AuthenticatorEnrollmentStatus>('idle');
  const [enrollment, setEnrollment] = useState<TotpEnrollment | null>(null);
  const [error, setError] = useState<PhoneKitError | null>(null);
  // One controller per call; unmount or cancel aborts it, so a late answer cannot bring a dropped secret back.
  const inflight = useRef<AbortController | null>(null);
  const begin = () => {
    inflight.current?.abort();
    const controller = new AbortController();
    inflight.current = controller;
    return controller;
  };
  useEffect(() => () => inflight.current?.abort(), []);

  const start = useCallback(async () => {
    const { signal } = begin();
    setStatus('starting');
    setError(null);
    try {
      const created = await runOperation(kit.callbacks, 'createTotp', () => kit.adapter.createTotp({ signal }));
      if (signal.aborted) return;
      setEnrollment(created);
      setStatus('ready');
    } catch (caught) {
      if (signal.aborted) return;
      setError(caught as PhoneKitError);
      setStatus('idle');
      throw caught;
    }
  }, [kit]);

  const verify = useCallback(
    async (code: string) => {
      const { signal } = begin();
      setStatus('verifying');
      setError(null);
      try {
        const answer = await runOperation(kit.callbacks, 'verifyTotp', () => kit.adapter.verifyTotp(code, { signal }));
        const backupCodes = answer.backupCodes !== null && answer.backupCodes.length > 0;
        if (backupCodes) backupCodesStoreOf(kit).set(answer.backupCodes!, 'reservation');
        editAccount(kit, (account) => ({
          ...account,
          totpEnabled: true,
          twoFactorEnabled: true,
          backupCodeEnabled: account.backupCodeEnabled || backupCodes,
        }));
        if (!signal.aborted) {
          setEnrollment(null);
          setStatus('verified');
        }
        return { backupCodes };
      } catch (caught) {
        // The answer may have been lost after the app was turned on: the account is read again then.
        rereadIfStale(kit, caught as PhoneKitError, phoneNumberKeys.account(kit.scope));
        if (!signal.aborted) {
          setError(caught as PhoneKitError);
          setStatus('ready');
        }
        throw caught;
      }
    },
    [kit],
  );

  const cancel = useCallback(() => {
    inflight.current?.abort();
    setEnrollment(null);
    setError(null);
    setStatus('idle');
  }, []);

  return { status, enrollment, start, verify, cancel, error };
}
