/**
 * The support console's wire format: the JSON that `phone-number-kit/server`'s admin handler answers and the browser
 * side (`phone-number-kit/support`) reads. camelCase, like the rest of the model. Backup codes are never part of it.
 *
 * Routes, relative to the handler's `basePath` option (default {@link DEFAULT_ADMIN_BASE_PATH}):
 *
 * | Method & path | Body | Answer | Operation |
 * |---|---|---|---|
 * | `GET /users?phoneNumber=<E.164>` | | `{ users: AdminUser[] }` ({@link AdminUserList}) | `lookup` |
 * | `GET /users/{userId}` | | {@link AdminUser} | `lookup` |
 * | `POST /users/{userId}/phone_numbers` | {@link AdminAddPhoneNumberBody} | {@link AdminUser} | `addPhoneNumber` |
 * | `PATCH /phone_numbers/{phoneNumberId}` | {@link AdminUpdatePhoneNumberBody} | {@link AdminUser} | `updatePhoneNumber` |
 * | `DELETE /phone_numbers/{phoneNumberId}` | | {@link AdminUser} | `deletePhoneNumber` |
 * | `DELETE /users/{userId}/mfa` | | {@link AdminUser} | `resetTwoStep` |
 * | `POST /phone_numbers/{phoneNumberId}/send_code` | (none, or `{}`) | {@link AdminSendCodeResult} | `verifyCaller` |
 * | `POST /phone_numbers/{phoneNumberId}/check_code` | {@link AdminCheckCodeBody} | {@link AdminCheckCodeResult} | `verifyCaller` |
 *
 * Errors answer `{ error: { code, message } }` ({@link AdminErrorBody}) with status 400 (bad input), 401 (no agent),
 * 403 (agent lacks the operation, or a state-changing request without {@link ADMIN_REQUEST_HEADER}), 404, 409, 415
 * (not JSON), 422 (Clerk refused), 429 (rate limited; `Retry-After` kept), 502 (Clerk failed or answered something
 * unexpected) or 504 (Clerk timed out).
 *
 * State-changing routes (every route but the two `GET`s) need `content-type: application/json` AND the header
 * `x-phone-number-kit: 1`, so a cross-site form or a simple request cannot trigger them. Mutations answer the whole
 * fresh user so a console re-renders from one answer.
 */

/** Where the handler's routes live unless `basePath` says otherwise. */
export const DEFAULT_ADMIN_BASE_PATH = '/api/phone-number-admin';

/** The custom header every state-changing request must carry (with the value `1`). */
export const ADMIN_REQUEST_HEADER = 'x-phone-number-kit';

/** What an agent may do; `authorize` grants a list of these or `'all'`. */
export type AdminOperation = 'lookup' | 'addPhoneNumber' | 'updatePhoneNumber' | 'deletePhoneNumber' | 'resetTwoStep' | 'verifyCaller';

/** Every {@link AdminOperation}, in a stable order (for grant lists and tests). */
export const ADMIN_OPERATIONS: readonly AdminOperation[] = [
  'lookup',
  'addPhoneNumber',
  'updatePhoneNumber',
  'deletePhoneNumber',
  'resetTwoStep',
  'verifyCaller',
];

/** Where a phone number's verification stands, as Clerk's Backend API reports it; `null` when it has none. */
export type AdminVerificationStatus = 'verified' | 'unverified' | 'failed' | 'expired';

/** A phone number with every field Clerk's Backend API `PhoneNumber` object carries, except backup codes. */
export interface AdminPhoneNumber {
  id: string;
  /** The user who owns the number. */
  userId: string;
  /** E.164, e.g. `+15555550100`. */
  phoneNumber: string;
  verificationStatus: AdminVerificationStatus | null;
  /** Wrong codes entered for the current code; `null` when Clerk does not say. */
  verificationAttempts: number | null;
  /** When the current code stops working (Unix ms); `null` when Clerk does not say. */
  verificationExpireAt: number | null;
  /** Held for the user by the instance (Clerk's `reserved`). */
  reserved: boolean;
  /** Used for SMS two-step verification. */
  reservedForSecondFactor: boolean;
  /** The second factor offered first at sign-in. */
  defaultSecondFactor: boolean;
  /** The user's primary phone number. */
  primary: boolean;
  /** Identities this number is linked to, e.g. `{ type: 'oauth_google', id: 'idn_…' }`. */
  linkedTo: { type: string; id: string }[];
  /** Unix ms. */
  createdAt: number;
  /** Unix ms. */
  updatedAt: number;
}

/** A user as the support console shows it. */
export interface AdminUser {
  id: string;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  /** The primary email address itself (not its id), or `null`. */
  primaryEmailAddress: string | null;
  primaryPhoneNumberId: string | null;
  twoFactorEnabled: boolean;
  totpEnabled: boolean;
  backupCodeEnabled: boolean;
  phoneNumbers: AdminPhoneNumber[];
}

/** `GET /users?phoneNumber=…`: the users holding that number (usually zero or one). */
export interface AdminUserList {
  users: AdminUser[];
}

/** `POST /users/{userId}/phone_numbers` body. Unknown keys are rejected. */
export interface AdminAddPhoneNumberBody {
  /** E.164. */
  phoneNumber: string;
  verified?: boolean;
  reservedForSecondFactor?: boolean;
  primary?: boolean;
}

/** `PATCH /phone_numbers/{phoneNumberId}` body: at least one key. Unknown keys are rejected. */
export interface AdminUpdatePhoneNumberBody {
  verified?: boolean;
  reservedForSecondFactor?: boolean;
  primary?: boolean;
}

/**
 * `POST /phone_numbers/{phoneNumberId}/check_code` body: the 6 digits the caller reads back, and the
 * `verificationId` that `send_code` answered (Clerk's Backend API checks a code against that one verification, and
 * the handler keeps no state between requests, so the console sends it back).
 */
export interface AdminCheckCodeBody {
  verificationId: string;
  code: string;
}

/**
 * `POST /phone_numbers/{phoneNumberId}/send_code`: the code went out. The caller check is its own verification
 * (Clerk's Backend API `prepare_verification`): it does not touch the number's own verification status.
 */
export interface AdminSendCodeResult {
  phoneNumber: AdminPhoneNumber;
  /** Send it back with the code to `check_code`. Not a secret (the code is). */
  verificationId: string;
  /** When the code stops working (Unix ms); `null` when Clerk does not say. */
  expireAt: number | null;
}

/** `POST /phone_numbers/{phoneNumberId}/check_code`: whether the caller read the right code. */
export interface AdminCheckCodeResult {
  verified: boolean;
  /** The caller check's status after this attempt: a wrong code leaves it `unverified` (or `failed` at the limit). */
  status: AdminVerificationStatus;
  /** Tries left for this code; `null` when Clerk does not say. */
  attemptsLeft: number | null;
  /** The number afresh (a correct code also marks an unverified number verified, as Clerk does). */
  phoneNumber: AdminPhoneNumber;
}

/** Error codes the handler answers with. Open: Clerk's own codes pass through when they are more precise. */
export type AdminErrorCode =
  | 'invalid_request'
  | 'unauthorized'
  | 'forbidden'
  | 'unsupported_media_type'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'rate_limited'
  | 'upstream_error'
  | 'upstream_timeout'
  | (string & {});

/** Every error answer's body. `message` is meant for the agent; it never carries the secret key. */
export interface AdminErrorBody {
  error: { code: AdminErrorCode; message: string };
}
