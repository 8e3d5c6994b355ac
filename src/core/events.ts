import type { PhoneKitError } from '../model/errors.ts';

/** The kit's operations, as named in events and reverification requests. */
export type PhoneNumberOperation =
  | 'listPhoneNumbers'
  | 'createPhoneNumber'
  | 'prepareVerification'
  | 'attemptVerification'
  | 'reserveForSecondFactor'
  | 'makeDefaultSecondFactor'
  | 'removePhoneNumber'
  | 'createBackupCodes'
  | 'getAccountSecurity'
  | 'setPrimaryPhoneNumber'
  | 'createTotp'
  | 'verifyTotp'
  | 'deleteTotp';

/** Passed to `onNeedsReverification`: call `retry()` once the user has re-verified, or `cancel()`. */
export interface ReverificationRequest {
  operation: PhoneNumberOperation;
  /** The 403 `session_reverification_required` error the server answered. */
  error: PhoneKitError;
  /** Runs the operation again; its result settles the original call. */
  retry: () => void;
  /** Gives up; the original call rejects with code `reverification_cancelled`. */
  cancel: () => void;
}

/** A change the kit is about to make, as `onBeforeAction` sees it. */
export interface KitAction {
  operation: PhoneNumberOperation;
  /** The number the change is about, when it is about one. */
  phoneNumberId?: string;
}

/**
 * What `onBeforeAction` answers: nothing (or `true`-ish `undefined`) lets the change go ahead; a string refuses it
 * and is shown to the user as the reason (write it in the user's language); `false` refuses it with the catalog's
 * `action_vetoed` message.
 */
export type BeforeActionAnswer = void | string | false;

/** Callbacks a host passes to `PhoneNumberKitProvider`, for analytics and step-up authentication. */
export interface PhoneNumberKitCallbacks {
  /**
   * Called when the server asks for a fresh sign-in factor before a sensitive change. Show your step-up UI, then
   * call `retry()` or `cancel()`; or return `false` to let the operation fail with the server's error. Without it,
   * the kit shows its own step-up dialog (`ReverificationDialog`, mounted by the sections).
   */
  // `unknown`, not `void | false`: a handler returning anything else (e.g. an arrow returning a setter's result) still fits.
  onNeedsReverification?: (request: ReverificationRequest) => unknown;
  /** Called once for every failed operation (after any reverification), for analytics or logging. */
  onError?: (event: { operation: PhoneNumberOperation; error: PhoneKitError }) => void;
  /** Called once for every successful operation. Never receives codes or backup codes. */
  onSuccess?: (event: { operation: PhoneNumberOperation; phoneNumberId?: string }) => void;
  /**
   * Asked before every change (never before a read), before anything is sent and before any optimistic edit; may
   * be async. A refusal rejects the call with code `action_vetoed` and makes no request; it fires neither
   * `onError` nor `onSuccess` (the host made that decision itself).
   */
  onBeforeAction?: (action: KitAction) => Promise<BeforeActionAnswer> | BeforeActionAnswer;
}
