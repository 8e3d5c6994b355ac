/**
 * What Clerk's Backend API may do that the signed-in user may not: add a number already verified, mark one
 * verified, reserve or make primary without re-verification, turn all of the user's two-step verification off, and
 * check a caller by a one-time code kept on its own verification. The writes reuse the user-side rules (defaults,
 * heirs, backup codes, primary), so both faces keep one set of rules; only re-verification does not apply, since
 * the Backend API acts with the instance's secret key, not a user's session.
 */
import { isVerified } from '../../../model/secondFactor.ts';
import type { AdminVerification, OtpVerification, PhoneNumber } from '../../../model/types.ts';
import { refusals } from '../errors.ts';
import { randomDigits, randomId } from '../random.ts';
import { requireRecord, type RuleContext } from '../state.ts';
import { setPrimaryPhoneNumber, USER_ID } from './account.ts';
import { createPhoneNumber, deletePhoneNumber } from './phone-numbers.ts';
import { updatePhoneNumber } from './second-factor.ts';

/** The Backend API's view of a change: every flag optional, as in `PATCH /v1/phone_numbers/{id}`. */
export interface AdminPhoneChanges {
  verified?: boolean | undefined;
  reservedForSecondFactor?: boolean | undefined;
  primary?: boolean | undefined;
}

/** The backend's one user, or a 404 exactly like the server's. */
export function requireUser(userId: string): void {
  if (userId !== USER_ID) throw refusals.notFound(userId);
}

/** Runs a user-side rule without its re-verification check (the secret key is not a session). */
function withoutReverification<T>(ctx: RuleContext, run: () => T): T {
  const required = ctx.state.reverificationRequired;
  ctx.state.reverificationRequired = false;
  try {
    return run();
  } finally {
    ctx.state.reverificationRequired = required;
  }
}

const adminVerified = (): AdminVerification => ({ object: 'verification_admin', status: 'verified', strategy: 'admin', attempts: null, expireAt: null });

/** The stored number as the Backend API answers it: never with backup codes. */
const answer = (ctx: RuleContext, id: string): PhoneNumber => ({ ...requireRecord(ctx.state, id).phone, backupCodes: null });

/**
 * Refuses, before anything changes, a change that would leave a second factor or the primary number unverified:
 * 422 `form_param_value_invalid` naming the field.
 */
function assertVerifiedEnough(wasVerified: boolean, changes: AdminPhoneChanges, current: { reserved: boolean; primary: boolean }): void {
  const verified = changes.verified ?? wasVerified;
  if (verified) return;
  if (changes.reservedForSecondFactor ?? current.reserved) {
    throw refusals.paramValueInvalid('reserved_for_second_factor', 'Only a verified phone number can be reserved for two-step verification.', 422);
  }
  if (changes.primary ?? current.primary) throw refusals.paramValueInvalid('primary', 'Only a verified phone number can be the primary one.', 422);
}

/** Applies the flags in an order that cannot fail half-way: verified, then reserved, then primary. */
function applyChanges(ctx: RuleContext, id: string, changes: AdminPhoneChanges): void {
  const record = requireRecord(ctx.state, id);
  if (changes.verified === true && !isVerified(record.phone)) {
    record.phone.verification = adminVerified();
    record.phone.updatedAt = ctx.now;
  } else if (changes.verified === false && record.phone.verification !== null) {
    record.phone.verification = null;
    record.code = null;
    record.phone.updatedAt = ctx.now;
  }
  if (changes.reservedForSecondFactor !== undefined) {
    withoutReverification(ctx, () => updatePhoneNumber(ctx, id, { reservedForSecondFactor: changes.reservedForSecondFactor }));
  }
  if (changes.primary === true) setPrimaryPhoneNumber(ctx, id);
  else if (changes.primary === false && ctx.state.primaryPhoneNumberId === id) ctx.state.primaryPhoneNumberId = null;
}

/** `POST /v1/phone_numbers`: the user-side checks (E.164, taken, cap), then the flags. */
export function adminCreatePhoneNumber(ctx: RuleContext, userId: string, phoneNumber: string, changes: AdminPhoneChanges): PhoneNumber {
  requireUser(userId);
  assertVerifiedEnough(false, changes, { reserved: false, primary: false });
  const created = withoutReverification(ctx, () => createPhoneNumber(ctx, phoneNumber));
  applyChanges(ctx, created.id, changes);
  return answer(ctx, created.id);
}

/** `PATCH /v1/phone_numbers/{id}`. */
export function adminUpdatePhoneNumber(ctx: RuleContext, id: string, changes: AdminPhoneChanges): PhoneNumber {
  const record = requireRecord(ctx.state, id);
  assertVerifiedEnough(isVerified(record.phone), changes, {
    reserved: record.phone.reservedForSecondFactor,
    primary: ctx.state.primaryPhoneNumberId === id,
  });
  applyChanges(ctx, id, changes);
  return answer(ctx, id);
}

/** `DELETE /v1/phone_numbers/{id}`: the user-side rule (heir of the default, primary, backup codes). */
export function adminDeletePhoneNumber(ctx: RuleContext, id: string): { object: string; id: string; deleted: true } {
  withoutReverification(ctx, () => deletePhoneNumber(ctx, id));
  return { object: 'phone_number', id, deleted: true };
}

/** `DELETE /v1/users/{id}/mfa`: no reserved numbers, no authenticator app, no backup codes. */
export function disableMfa(ctx: RuleContext, userId: string): { user_id: string } {
  requireUser(userId);
  const { state, now } = ctx;
  for (const { phone } of state.records) {
    if (phone.reservedForSecondFactor || phone.defaultSecondFactor) {
      phone.reservedForSecondFactor = false;
      phone.defaultSecondFactor = false;
      phone.updatedAt = now;
    }
  }
  state.totp = null;
  state.backupCodes = null;
  return { user_id: userId };
}

/** A caller check: a code on its own verification, apart from the number's own. */
export interface CallerCheck {
  id: string;
  phoneNumberId: string;
  code: string;
  status: 'unverified' | 'verified' | 'failed' | 'expired';
  attempts: number;
  expireAt: number;
  sentAt: number;
}

/** The `_VerificationResponse` of `prepare_verification` / `attempt_verification`. */
export const callerCheckJson = (check: CallerCheck) => ({
  object: 'verification',
  id: check.id,
  status: check.status,
  strategy: 'phone_code',
  attempts: check.attempts,
  expire_at: check.expireAt,
  channel: 'sms',
});

/**
 * `POST /v1/phone_numbers/{id}/prepare_verification`: sends a code by SMS (to the outbox). 404 for an unknown
 * number; 429 `too_many_requests` within `resendIntervalMs` of the last caller check to the same number.
 */
export function prepareCallerCheck(ctx: RuleContext, id: string, checks: Map<string, CallerCheck>): CallerCheck {
  const record = requireRecord(ctx.state, id);
  const last = [...checks.values()].filter((c) => c.phoneNumberId === id).at(-1);
  if (last) {
    const waitMs = last.sentAt + ctx.config.resendIntervalMs - ctx.now;
    if (waitMs > 0) throw refusals.tooManyRequests(Math.ceil(waitMs / 1000));
  }
  const check: CallerCheck = {
    id: randomId('ver'),
    phoneNumberId: id,
    code: ctx.config.code ?? randomDigits(6),
    status: 'unverified',
    attempts: 0,
    expireAt: ctx.now + ctx.config.codeLifetimeMs,
    sentAt: ctx.now,
  };
  checks.set(check.id, check);
  ctx.sendSms({ phoneNumberId: id, phoneNumber: record.phone.phoneNumber, code: check.code, sentAt: ctx.now });
  return check;
}

/**
 * `POST /v1/phone_numbers/{id}/attempt_verification`: a wrong or late code is reported through the status (200),
 * not as an error. 404 for an unknown number or a verification of another number; 400
 * `verification_already_verified` once a code was accepted. A right code also verifies an unverified number.
 */
export function attemptCallerCheck(ctx: RuleContext, id: string, verificationId: string, code: string, checks: Map<string, CallerCheck>): CallerCheck {
  const record = requireRecord(ctx.state, id);
  const check = checks.get(verificationId);
  if (!check || check.phoneNumberId !== id) throw refusals.notFound(verificationId);
  if (check.status === 'verified') throw refusals.alreadyVerified();
  if (check.status !== 'unverified') return { ...check };
  if (ctx.now > check.expireAt) {
    check.status = 'expired';
    return { ...check };
  }
  if (code.trim() !== check.code) {
    check.attempts += 1;
    if (check.attempts >= ctx.config.maxAttempts) check.status = 'failed';
    return { ...check };
  }
  check.status = 'verified';
  if (!isVerified(record.phone)) {
    const verification: OtpVerification = { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: check.attempts, expireAt: check.expireAt };
    record.phone.verification = verification;
    record.code = null;
    record.phone.updatedAt = ctx.now;
  }
  return { ...check };
}
