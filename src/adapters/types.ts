import type { BackupCodeSet, PhoneNumber } from '../model/types.ts';

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
}
