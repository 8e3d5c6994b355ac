/**
 * The support console's backend contract: what the browser side of `phone-number-kit/support` needs from the
 * server handler of `phone-number-kit/server` (or anything answering the same routes, see `model/admin.ts`).
 */
import type {
  AdminAddPhoneNumberBody,
  AdminCheckCodeBody,
  AdminCheckCodeResult,
  AdminSendCodeResult,
  AdminUpdatePhoneNumberBody,
  AdminUser,
} from '../../model/admin.ts';
import type { AdapterCallOptions } from '../types.ts';

/**
 * One support backend. Every method takes an `AbortSignal` through `call` and rejects with a `PhoneKitError` only:
 * the handler's error code (`forbidden`, `not_found`, a Clerk code such as `form_code_incorrect`, …) for an error
 * answer, the kit's own codes (`network_error`, `request_timeout`, …) for everything else. Every change answers the
 * whole fresh user, so a console re-renders from one answer.
 */
export interface SupportAdapter {
  /** `GET /users?phoneNumber=…`: the users holding an E.164 number (usually none or one). */
  findUsersByPhoneNumber(phoneNumber: string, call?: AdapterCallOptions): Promise<AdminUser[]>;
  /** `GET /users/{userId}`. */
  getUser(userId: string, call?: AdapterCallOptions): Promise<AdminUser>;
  /** `POST /users/{userId}/phone_numbers`: adds a number, optionally verified, reserved for two-step, primary. */
  addPhoneNumber(userId: string, body: AdminAddPhoneNumberBody, call?: AdapterCallOptions): Promise<AdminUser>;
  /** `PATCH /phone_numbers/{id}`: marks verified, reserves for two-step, makes primary. */
  updatePhoneNumber(phoneNumberId: string, changes: AdminUpdatePhoneNumberBody, call?: AdapterCallOptions): Promise<AdminUser>;
  /** `DELETE /phone_numbers/{id}`. */
  deletePhoneNumber(phoneNumberId: string, call?: AdapterCallOptions): Promise<AdminUser>;
  /** `DELETE /users/{userId}/mfa`: turns off every second factor of the user. */
  resetTwoStep(userId: string, call?: AdapterCallOptions): Promise<AdminUser>;
  /**
   * `POST /phone_numbers/{id}/send_code`: texts a one-time code to the number, for the caller to read back. The
   * answer's `verificationId` goes back with the code to {@link SupportAdapter.checkCode}.
   */
  sendCode(phoneNumberId: string, call?: AdapterCallOptions): Promise<AdminSendCodeResult>;
  /** `POST /phone_numbers/{id}/check_code`: whether the code the caller read back is right. A wrong code is not an error. */
  checkCode(phoneNumberId: string, body: AdminCheckCodeBody, call?: AdapterCallOptions): Promise<AdminCheckCodeResult>;
}
