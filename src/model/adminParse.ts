/**
 * Parsers for the support console's wire format (`admin.ts`): the JSON `phone-number-kit/server`'s handler answers.
 * Each returns a whole, valid object or throws a `response_invalid` {@link PhoneKitError} naming the first bad path.
 */
import { array, boolean, integer, nullish, object, string, WireIssue, type Check } from './check.ts';
import { parseWith } from './parseWith.ts';
import type {
  AdminCheckCodeResult,
  AdminPhoneNumber,
  AdminSendCodeResult,
  AdminUser,
  AdminUserList,
  AdminVerificationStatus,
} from './admin.ts';

const STATUSES: readonly string[] = ['verified', 'unverified', 'failed', 'expired'];

const verificationStatus: Check<AdminVerificationStatus | null> = (input) => {
  if (input == null) return null;
  if (typeof input === 'string' && STATUSES.includes(input)) return input as AdminVerificationStatus;
  throw new WireIssue(`Invalid type: Expected one of ${STATUSES.join(', ')} but received ${JSON.stringify(input)}`);
};

const invalidStatus = (): never => {
  throw new WireIssue(`Invalid type: Expected one of ${STATUSES.join(', ')} but received null`);
};

const adminPhoneNumber: Check<AdminPhoneNumber> = object({
  id: string,
  userId: string,
  phoneNumber: string,
  verificationStatus,
  verificationAttempts: nullish(integer, null),
  verificationExpireAt: nullish(integer, null),
  reserved: boolean,
  reservedForSecondFactor: boolean,
  defaultSecondFactor: boolean,
  primary: boolean,
  linkedTo: nullish(array(object({ type: string, id: string })), []),
  createdAt: integer,
  updatedAt: integer,
});

const adminUser: Check<AdminUser> = object({
  id: string,
  firstName: nullish(string, null),
  lastName: nullish(string, null),
  username: nullish(string, null),
  primaryEmailAddress: nullish(string, null),
  primaryPhoneNumberId: nullish(string, null),
  twoFactorEnabled: boolean,
  totpEnabled: boolean,
  backupCodeEnabled: boolean,
  phoneNumbers: array(adminPhoneNumber),
});

/** Parses one {@link AdminUser} (every route that changes something answers the whole user). */
export const parseAdminUser = (json: unknown): AdminUser => parseWith(adminUser, json, 'support user');

/** Parses `GET /users?phoneNumber=…`'s `{ users }`. */
export const parseAdminUserList = (json: unknown): AdminUserList =>
  parseWith(object({ users: array(adminUser) }), json, 'support user list');

/** Parses `send_code`'s `{ phoneNumber, verificationId, expireAt }`. */
export const parseAdminSendCodeResult = (json: unknown): AdminSendCodeResult =>
  parseWith(object({ phoneNumber: adminPhoneNumber, verificationId: string, expireAt: nullish(integer, null) }), json, 'send code answer');

const checkCodeResult: Check<AdminCheckCodeResult> = object({
  verified: boolean,
  status: (input: unknown) => verificationStatus(input) ?? invalidStatus(),
  attemptsLeft: nullish(integer, null),
  phoneNumber: adminPhoneNumber,
});

/** Parses `check_code`'s `{ verified, status, attemptsLeft, phoneNumber }`. */
export const parseAdminCheckCodeResult = (json: unknown): AdminCheckCodeResult => parseWith(checkCodeResult, json, 'check code answer');
