/**
 * The kit's data model: Clerk's `PhoneNumber` resource and its relatives, in camelCase.
 * Timestamps stay numbers, exactly as the server sends them (Unix milliseconds from the Frontend API).
 */

/**
 * A value from an enum the API may grow. Known values autocomplete; unknown ones are kept as strings
 * instead of failing the parse, so a new server status never breaks a list.
 */
export type OpenEnum<Known extends string> = Known | (string & {});

/** Where a verification stands. The server may add statuses (e.g. `transferable`); they are kept as they come. */
export type VerificationStatus = OpenEnum<'unverified' | 'verified' | 'failed' | 'expired'>;

/** How a one-time-code verification is delivered. Open: the seed schema accepts unknown strategies. */
export type OtpStrategy = OpenEnum<'phone_code' | 'email_code' | 'reset_password_email_code' | 'reset_password_phone_code'>;

/** A verification by one-time code, the kind a user completes by typing the SMS code. */
export interface OtpVerification {
  /** Discriminant, filled in by the parser (the wire field is optional, so it is derived from `strategy`). */
  object: 'verification_otp';
  status: VerificationStatus;
  strategy: OtpStrategy;
  /** Wrong codes entered so far for the current code; `null` when the server does not say. */
  attempts: number | null;
  /** When the current code stops working (Unix ms); `null` when the server does not say. */
  expireAt: number | null;
}

/** A verification made by an administrator (e.g. a number imported as verified). */
export interface AdminVerification {
  object: 'verification_admin';
  status: VerificationStatus;
  strategy: 'admin';
  attempts: number | null;
  expireAt: number | null;
}

/** Either kind of verification a phone number may carry. Tell them apart by `object`. */
export type Verification = OtpVerification | AdminVerification;

/** Another identification this number is linked to, e.g. `{ type: 'oauth_google', id: 'idn_…' }` or `saml`. */
export interface IdentificationLink {
  type: string;
  id: string;
}

/** A user's phone number as the kit sees it. */
export interface PhoneNumber {
  id: string;
  object: 'phone_number';
  /** E.164, e.g. `+15555550100`. */
  phoneNumber: string;
  /** Held for a user by the instance (Clerk's `reserved`). */
  reserved: boolean;
  /** Used for SMS two-step verification. */
  reservedForSecondFactor: boolean;
  /** The second factor offered first at sign-in. At most one number has it. */
  defaultSecondFactor: boolean;
  verification: Verification | null;
  linkedTo: IdentificationLink[];
  /**
   * Backup codes. The server sends them only in the response that first reserves a number for two-step
   * verification; `null` everywhere else.
   */
  backupCodes: string[] | null;
  createdAt: number;
  updatedAt: number;
}

/** A fresh set of backup codes; generating a new set invalidates the previous one. (The component that shows one is `BackupCodes`.) */
export interface BackupCodeSet {
  object: 'backup_code';
  id: string;
  codes: string[];
  createdAt: number;
  updatedAt: number;
}

/** What the server answers a deletion with. */
export interface DeletedObject {
  object: string;
  id: string | null;
  deleted: boolean;
}
