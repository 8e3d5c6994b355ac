/**
 * The two SMS verification calls, the one path for every code: the add flow's first SMS and every resend or check
 * from `usePhoneNumberVerification`. Each goes through the verification store (concurrent sends share one SMS; the
 * cooldown holds), then `runOperation` (reverification, exactly one event), then into the cached list: the answer
 * written back, or the list read again when a lost answer may hide a change.
 */
import type { PhoneKitError } from '../model/errors.ts';
import type { PhoneNumber } from '../model/types.ts';
import { rereadIfStale, writeBackPhone } from '../core/cachedList.ts';
import { runOperation } from '../core/runOperation.ts';
import type { PhoneNumberKitContextValue } from './context.ts';
import { verificationStoreOf } from './verificationStoreOf.ts';

function intoCache(kit: PhoneNumberKitContextValue, call: Promise<PhoneNumber>): Promise<PhoneNumber> {
  return call.then(
    (phone) => writeBackPhone(kit, phone),
    (error: PhoneKitError) => {
      rereadIfStale(kit, error);
      throw error;
    },
  );
}

/** Sends a code to the number, unless one is on its way (then joins it) or the cooldown runs (then rejects). */
export function sendVerificationCode(kit: PhoneNumberKitContextValue, phoneNumberId: string): Promise<PhoneNumber> {
  const { adapter, resendCooldownSeconds, now } = kit;
  const verification = verificationStoreOf(kit);
  const send = () => verification.send(phoneNumberId, () => adapter.prepareVerification(phoneNumberId), resendCooldownSeconds, now);
  return intoCache(kit, runOperation(kit.callbacks, 'prepareVerification', send, phoneNumberId));
}

/** Checks a code; a second check of the same code while one is in flight joins it. */
export function checkVerificationCode(kit: PhoneNumberKitContextValue, phoneNumberId: string, code: string): Promise<PhoneNumber> {
  const attempt = () => verificationStoreOf(kit).attempt(phoneNumberId, code, () => kit.adapter.attemptVerification(phoneNumberId, code));
  return intoCache(kit, runOperation(kit.callbacks, 'attemptVerification', attempt, phoneNumberId));
}
