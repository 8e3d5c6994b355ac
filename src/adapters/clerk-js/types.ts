/**
 * The parts of clerk-js's resources the clerk-js adapter uses, declared structurally so the kit has no dependency
 * on Clerk's packages. A `UserResource` from `useUser().user` (`@clerk/clerk-react`, `@clerk/nextjs`, …) fits
 * {@link ClerkUserLike} as it is.
 *
 * Shapes follow `@clerk/shared/types` (`UserResource`, `PhoneNumberResource`, `VerificationResource`,
 * `BackupCodeResource`, `ClerkAPIResponseError`). Methods are declared with method syntax so that Clerk's wider
 * parameter types (e.g. `reload(params?)`) still fit.
 */

/** A `VerificationResource`: every field is nullable in clerk-js, and `expireAt` is a `Date`. */
export interface ClerkVerificationLike {
  status: string | null;
  strategy: string | null;
  attempts: number | null;
  expireAt: Date | null;
}

/** An `IdentificationLinkResource`. */
export interface ClerkIdentificationLinkLike {
  id: string;
  type: string;
}

/** A clerk-js `PhoneNumberResource`. Each method resolves with the resource, updated from the server's answer. */
export interface ClerkPhoneNumberLike {
  id: string;
  phoneNumber: string;
  /**
   * clerk-js types this as never null, but builds an all-`null` `Verification` when the server sends `null`;
   * both read as "no verification".
   */
  verification: ClerkVerificationLike | null;
  reservedForSecondFactor: boolean;
  defaultSecondFactor: boolean;
  linkedTo: readonly ClerkIdentificationLinkLike[];
  /** Only on the answer that first reserves a number for two-step verification. */
  backupCodes?: readonly string[] | null;
  /**
   * Not part of `PhoneNumberResource`. Read when present (some clerk-js versions copy every JSON field onto the
   * resource, as a number of milliseconds for the timestamps); defaulted otherwise.
   */
  reserved?: boolean;
  createdAt?: Date | number | null;
  updatedAt?: Date | number | null;
  prepareVerification(): Promise<ClerkPhoneNumberLike>;
  attemptVerification(params: { code: string }): Promise<ClerkPhoneNumberLike>;
  setReservedForSecondFactor(params: { reserved: boolean }): Promise<ClerkPhoneNumberLike>;
  makeDefaultSecondFactor(): Promise<ClerkPhoneNumberLike>;
  destroy(): Promise<void>;
}

/** A clerk-js `BackupCodeResource`. */
export interface ClerkBackupCodeLike {
  id: string;
  codes: readonly string[];
  createdAt: Date | null;
  updatedAt: Date | null;
}

/** A clerk-js `TOTPResource`: `secret` and `uri` only on the answer to `createTOTP`, `backupCodes` only when issued. */
export interface ClerkTotpLike {
  id: string;
  secret?: string | null;
  uri?: string | null;
  verified: boolean;
  backupCodes?: readonly string[] | null;
}

/** A clerk-js `UserResource`, as `useUser().user` returns it. */
export interface ClerkUserLike {
  phoneNumbers: readonly ClerkPhoneNumberLike[];
  createPhoneNumber(params: { phoneNumber: string }): Promise<ClerkPhoneNumberLike>;
  createBackupCode(): Promise<ClerkBackupCodeLike>;
  /*
   * The account-level members the account methods use (`account.ts`). Optional so that a user-like object made for
   * the phone-number methods alone still fits; a real `UserResource` has them all.
   */
  id?: string;
  primaryPhoneNumberId?: string | null;
  twoFactorEnabled?: boolean;
  totpEnabled?: boolean;
  backupCodeEnabled?: boolean;
  /** `PATCH /v1/me`; resolves with a new, updated user. */
  update?(params: { primaryPhoneNumberId: string }): Promise<unknown>;
  createTOTP?(): Promise<ClerkTotpLike>;
  verifyTOTP?(params: { code: string }): Promise<ClerkTotpLike>;
  disableTOTP?(): Promise<unknown>;
  /** `GET /v1/me`; clerk-js updates the user in place and resolves with it. */
  reload?(): Promise<unknown>;
}

/** One entry of a `ClerkAPIResponseError`'s `errors` (a clerk-js `ClerkAPIError`, camelCased). */
export interface ClerkApiErrorLike {
  code: string;
  message: string;
  longMessage?: string | null;
  meta?: { paramName?: string | null } & Record<string, unknown>;
}

/** What clerk-js throws when the Frontend API answers with an error (`ClerkAPIResponseError`). */
export interface ClerkApiResponseErrorLike {
  status: number;
  errors: readonly ClerkApiErrorLike[];
  message?: string;
  clerkTraceId?: string | null;
  retryAfter?: number | null;
}
