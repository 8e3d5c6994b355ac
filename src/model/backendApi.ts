/**
 * Clerk's Backend API answers that `phone-number-kit/server` reads (`User`, `PhoneNumber`, the verification of
 * `prepare_verification` / `attempt_verification`, `DELETE /users/{id}/mfa`, `ClerkErrors`), checked with the small
 * checker of `check.ts` and turned into the support console's camelCase objects (`admin.ts`). Backup codes are read
 * past and never kept: the console must not see them.
 */
import type { AdminPhoneNumber, AdminUser, AdminVerificationStatus } from './admin.ts';
import { array, boolean, integer, nullable, nullish, object, string, WireIssue, type Check } from './check.ts';

const VERIFICATION_STATUSES: readonly string[] = ['verified', 'unverified', 'failed', 'expired'];

/** One of Clerk's four verification statuses; anything else is an unexpected answer. */
const verificationStatus: Check<AdminVerificationStatus> = (input) => {
  if (typeof input === 'string' && VERIFICATION_STATUSES.includes(input)) return input as AdminVerificationStatus;
  throw new WireIssue(`Invalid value: Expected one of ${VERIFICATION_STATUSES.join(', ')} but received ${JSON.stringify(input)}`);
};

/** A phone number's `verification` (OTP or admin): only what the console shows. */
const phoneVerification = nullable(
  object({
    status: verificationStatus,
    attempts: nullish(integer, null),
    expire_at: nullish(integer, null),
  }),
);

/** Backend API `PhoneNumber`. `id` is optional in the spec, but the console cannot act on a number without it. */
const backendPhoneNumber = object({
  id: string,
  phone_number: string,
  reserved: boolean,
  reserved_for_second_factor: nullish(boolean, false),
  default_second_factor: nullish(boolean, false),
  verification: nullish(phoneVerification, null),
  linked_to: array(object({ type: string, id: string })),
  created_at: integer,
  updated_at: integer,
});

/** A Backend API `PhoneNumber`, as checked (snake_case, backup codes dropped). */
export type BackendPhoneNumber = ReturnType<typeof backendPhoneNumber>;

const backendUser = object({
  id: string,
  first_name: nullish(string, null),
  last_name: nullish(string, null),
  username: nullish(string, null),
  primary_email_address_id: nullish(string, null),
  primary_phone_number_id: nullish(string, null),
  two_factor_enabled: boolean,
  totp_enabled: boolean,
  backup_code_enabled: boolean,
  email_addresses: array(object({ id: nullish(string, null), email_address: string })),
  phone_numbers: array(backendPhoneNumber),
});

/** A Backend API `User`, as checked (snake_case, only what the console needs). */
export type BackendUser = ReturnType<typeof backendUser>;

/** `GET /v1/users` (a bare list) or `GET /v1/users/{id}`. */
export const checkBackendUser: Check<BackendUser> = backendUser;
export const checkBackendUserList: Check<BackendUser[]> = array(backendUser);
export const checkBackendPhoneNumber: Check<BackendPhoneNumber> = backendPhoneNumber;

/** `prepare_verification` / `attempt_verification`: the caller check's own verification. */
export const checkBackendCodeVerification = object({
  id: string,
  status: verificationStatus,
  attempts: nullish(integer, null),
  expire_at: nullish(integer, null),
});

/** `DELETE /v1/users/{id}/mfa`. */
export const checkBackendMfaReset = object({ user_id: string });

/** `DELETE /v1/phone_numbers/{id}`. */
export const checkBackendDeleted = object({ object: string, deleted: boolean });

/** `ClerkErrors`: only the first error matters to the console. */
export const checkBackendErrors = object({
  errors: array(object({ code: string, message: string, long_message: nullish(string, null) })),
});

/** The console's view of one number of `user`. */
export function toAdminPhoneNumber(user: Pick<BackendUser, 'id' | 'primary_phone_number_id'>, phone: BackendPhoneNumber): AdminPhoneNumber {
  return {
    id: phone.id,
    userId: user.id,
    phoneNumber: phone.phone_number,
    verificationStatus: phone.verification?.status ?? null,
    verificationAttempts: phone.verification?.attempts ?? null,
    verificationExpireAt: phone.verification?.expire_at ?? null,
    reserved: phone.reserved,
    reservedForSecondFactor: phone.reserved_for_second_factor,
    defaultSecondFactor: phone.default_second_factor,
    primary: user.primary_phone_number_id === phone.id,
    linkedTo: phone.linked_to.map((link) => ({ type: link.type, id: link.id })),
    createdAt: phone.created_at,
    updatedAt: phone.updated_at,
  };
}

/** The console's view of `user`: names, primary email address, two-step flags and every number. */
export function toAdminUser(user: BackendUser): AdminUser {
  const primaryEmail = user.email_addresses.find((email) => email.id !== null && email.id === user.primary_email_address_id);
  return {
    id: user.id,
    firstName: user.first_name,
    lastName: user.last_name,
    username: user.username,
    primaryEmailAddress: primaryEmail?.email_address ?? null,
    primaryPhoneNumberId: user.primary_phone_number_id,
    twoFactorEnabled: user.two_factor_enabled,
    totpEnabled: user.totp_enabled,
    backupCodeEnabled: user.backup_code_enabled,
    phoneNumbers: user.phone_numbers.map((phone) => toAdminPhoneNumber(user, phone)),
  };
}
