/** The user-level facts two-step verification depends on (Frontend API `GET /v1/me`). */
export interface AccountSecurity {
  /** The user's id. */
  userId: string;
  /** The primary phone number's id, or `null` when the user has none. */
  primaryPhoneNumberId: string | null;
  /** Whether sign-in asks for a second factor at all. */
  twoFactorEnabled: boolean;
  /** Whether an authenticator app (TOTP) is enrolled and verified. */
  totpEnabled: boolean;
  /** Whether the user has backup codes. */
  backupCodeEnabled: boolean;
}

/**
 * An authenticator-app enrollment in progress (Frontend API `POST /v1/me/totp`). `secret` and `uri` are secrets:
 * never store, log or put them in a URL.
 */
export interface TotpEnrollment {
  id: string;
  /** Base32 secret, for people who type it in instead of scanning. */
  secret: string;
  /** `otpauth://totp/…` URI, drawn as the QR code. */
  uri: string;
  verified: boolean;
}

/** The answer to a correct authenticator code (`POST /v1/me/totp/attempt_verification`). */
export interface TotpVerification {
  /** Backup codes when this turned two-step verification on for the first time, else `null`. Secret. */
  backupCodes: string[] | null;
}
