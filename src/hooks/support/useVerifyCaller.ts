'use client';
/**
 * Caller verification: text a one-time code to one of the user's numbers, then check the code the caller reads
 * back. The code is only ever passed to the adapter: never stored, logged or put in an event. The check is a
 * verification of its own (it does not reset the number's status); a right code answers the number afresh.
 */
import type { AdminCheckCodeResult, AdminSendCodeResult } from '../../model/admin.ts';
import { writeSupportPhoneNumber } from '../../core/supportCache.ts';
import { useSupportMutation, type SupportMutation } from './useSupportMutation.ts';

/** Variables of {@link UseVerifyCallerResult.check}. */
export interface CheckCallerCodeVariables {
  phoneNumberId: string;
  /** From `send`'s answer. */
  verificationId: string;
  /** The digits the caller read back. */
  code: string;
}

/** What {@link useVerifyCaller} returns. */
export interface UseVerifyCallerResult {
  /** Sends a code to the number (takes its id); resolves with the `verificationId` to check against and the expiry. */
  send: SupportMutation<string, AdminSendCodeResult>;
  /** Checks the code the caller read; resolves with `verified`, `status` and the attempts left. A wrong code is not an error. */
  check: SupportMutation<CheckCallerCodeVariables, AdminCheckCodeResult>;
}

/** Send a code, then check it: one request each; the answered number is written into its cached user. */
export function useVerifyCaller(): UseVerifyCallerResult {
  const send = useSupportMutation(
    'verifyCaller',
    ({ adapter }, phoneNumberId: string) => adapter.sendCode(phoneNumberId),
    (kit, result) => writeSupportPhoneNumber(kit.queryClient, kit.scope, result.phoneNumber),
  );
  const check = useSupportMutation(
    'verifyCaller',
    ({ adapter }, { phoneNumberId, verificationId, code }: CheckCallerCodeVariables) => adapter.checkCode(phoneNumberId, { verificationId, code }),
    (kit, result) => writeSupportPhoneNumber(kit.queryClient, kit.scope, result.phoneNumber),
  );
  return { send, check };
}
