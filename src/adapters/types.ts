import type { BackupCodeSet, PhoneNumber } from '../model/types.ts';
import type { AccountSecurity, TotpEnrollment, TotpVerification } from '../model/account.ts';
import type { ReverificationAttempt, ReverificationFactor, ReverificationLevel, SessionVerification } from '../model/reverification.ts';

/** Per-call options every adapter method accepts. */
export interface AdapterCallOptions {
  /** Aborts the request; the promise then rejects with a `PhoneKitError` of code `request_aborted`. */
  signal?: AbortSignal;
}

/** The changes {@link PhoneNumberAdapter.updatePhoneNumber} may make. */
export interface PhoneNumberChanges {
  reservedForSecondFactor?: boolean;
  defaultSecondFactor?: boolean;
}

/**
 * The one contract between the kit and a backend. Hooks talk to nothing else, so any backend that implements
 * this (Clerk's Frontend API, clerk-js, the in-memory reference backend, your own) drives every component.
 *
 * Every method rejects with a `PhoneKitError` only.
 */
export interface PhoneNumberAdapter {
  /** The user's phone numbers. */
  listPhoneNumbers(options?: AdapterCallOptions): Promise<PhoneNumber[]>;
  /** Adds an unverified number (E.164). */
  createPhoneNumber(phoneNumber: string, options?: AdapterCallOptions): Promise<PhoneNumber>;
  /** Sends a verification code by SMS. */
  prepareVerification(id: string, options?: AdapterCallOptions): Promise<PhoneNumber>;
  /** Checks the code the user typed. */
  attemptVerification(id: string, code: string, options?: AdapterCallOptions): Promise<PhoneNumber>;
  /** Reserves a number for two-step verification, or makes it the default second factor. */
  updatePhoneNumber(id: string, changes: PhoneNumberChanges, options?: AdapterCallOptions): Promise<PhoneNumber>;
  /** Removes a number. */
  deletePhoneNumber(id: string, options?: AdapterCallOptions): Promise<void>;
  /** Generates a new set of backup codes; the previous set stops working. */
  createBackupCodes(options?: AdapterCallOptions): Promise<BackupCodeSet>;

  /** The user's two-step facts (`GET /v1/me`). */
  getAccountSecurity(options?: AdapterCallOptions): Promise<AccountSecurity>;
  /** Makes a verified number the primary one (`PATCH /v1/me` `primary_phone_number_id`). */
  setPrimaryPhoneNumber(id: string, options?: AdapterCallOptions): Promise<AccountSecurity>;
  /** Starts authenticator-app enrollment: a new secret (`POST /v1/me/totp`). */
  createTotp(options?: AdapterCallOptions): Promise<TotpEnrollment>;
  /** Checks the app's 6-digit code and turns the authenticator app on (`POST /v1/me/totp/attempt_verification`). */
  verifyTotp(code: string, options?: AdapterCallOptions): Promise<TotpVerification>;
  /** Removes the authenticator app (`DELETE /v1/me/totp`). */
  deleteTotp(options?: AdapterCallOptions): Promise<void>;

  /** Starts re-verifying the session (`POST /v1/client/sessions/{id}/verify`). */
  startReverification(level: ReverificationLevel, options?: AdapterCallOptions): Promise<SessionVerification>;
  /** Sends the code for an email or phone factor (`…/verify/prepare_first_factor` or `…/prepare_second_factor`). */
  prepareReverification(stage: 'first' | 'second', factor: ReverificationFactor, options?: AdapterCallOptions): Promise<SessionVerification>;
  /** Checks what the user typed (`…/verify/attempt_first_factor` or `…/attempt_second_factor`). */
  attemptReverification(attempt: ReverificationAttempt, options?: AdapterCallOptions): Promise<SessionVerification>;
}
