/**
 * Runs one adapter call the way every hook needs it: the reverification round-trip when the server asks for a
 * step-up, then exactly one `onSuccess` or `onError` event. Errors always come out as `PhoneKitError`.
 */
import { asPhoneKitError, isPhoneKitError, KitErrorCode, PhoneKitError } from '../model/errors.ts';
import type { KitAction, PhoneNumberKitCallbacks, PhoneNumberOperation } from './events.ts';
import { checkBeforeAction } from './policy.ts';

function withReverification<T>(
  operation: PhoneNumberOperation,
  run: () => Promise<T>,
  onNeedsReverification: PhoneNumberKitCallbacks['onNeedsReverification'],
): Promise<T> {
  return run().catch((error: unknown) => {
    if (!onNeedsReverification || !isPhoneKitError(error, 'session_reverification_required')) throw error;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const handled = onNeedsReverification({
        operation,
        error,
        retry: () => {
          if (settled) return;
          settled = true;
          withReverification(operation, run, onNeedsReverification).then(resolve, reject);
        },
        cancel: () => {
          if (settled) return;
          settled = true;
          reject(
            new PhoneKitError({
              code: KitErrorCode.reverificationCancelled,
              status: error.status,
              message: 'Verification was cancelled, so the change was not made.',
              cause: error,
            }),
          );
        },
      });
      // `false`: nobody can ask the user (e.g. no dialog is mounted), so the write fails as it would without a handler.
      if (handled === false && !settled) {
        settled = true;
        reject(error);
      }
    });
  });
}

/** What `onBeforeAction` and `onSuccess` are told: the operation, and the number only when it is about one. */
export function kitAction(operation: PhoneNumberOperation, phoneNumberId?: string): KitAction {
  return phoneNumberId === undefined ? { operation } : { operation, phoneNumberId };
}

/**
 * Runs `run` with the host's veto (`onBeforeAction`, for changes: nothing is sent when it refuses), reverification
 * and events.
 */
export async function runOperation<T>(
  callbacks: PhoneNumberKitCallbacks,
  operation: PhoneNumberOperation,
  run: () => Promise<T>,
  phoneNumberId?: string,
): Promise<T> {
  await checkBeforeAction(callbacks.onBeforeAction, kitAction(operation, phoneNumberId));
  try {
    const result = await withReverification(operation, run, callbacks.onNeedsReverification);
    callbacks.onSuccess?.(kitAction(operation, phoneNumberId));
    return result;
  } catch (error) {
    // Adapters reject with PhoneKitError only; anything else came from the network layer of a custom adapter.
    const kitError = asPhoneKitError(error, KitErrorCode.network);
    callbacks.onError?.({ operation, error: kitError });
    throw kitError;
  }
}
