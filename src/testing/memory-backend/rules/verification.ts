/** Sending a code by SMS and checking the code the user typed back. */
import type { OtpVerification, PhoneNumber } from '../../../model/types.ts';
import { isVerified } from '../../../model/secondFactor.ts';
import { refusals } from '../errors.ts';
import { randomDigits } from '../random.ts';
import { requireRecord, type RuleContext } from '../state.ts';

/**
 * Sends a fresh code: 404 for an unknown id, 400 `verification_already_verified` for a verified number (so a
 * second-factor number can never be un-verified by accident), and 429 `too_many_requests` when the previous code
 * to this number went out less than `resendIntervalMs` ago, with `retryAfter` = the seconds left, rounded up.
 * Otherwise the SMS goes to the outbox and the verification restarts: unverified, 0 attempts, a new `expireAt`.
 */
export function prepareVerification(ctx: RuleContext, id: string): PhoneNumber {
  const { config, now } = ctx;
  const record = requireRecord(ctx.state, id);
  if (isVerified(record.phone)) throw refusals.alreadyVerified();
  if (record.lastSentAt !== null) {
    const waitMs = record.lastSentAt + config.resendIntervalMs - now;
    if (waitMs > 0) throw refusals.tooManyRequests(Math.ceil(waitMs / 1000));
  }

  const code = config.code ?? randomDigits(6);
  const verification: OtpVerification = {
    object: 'verification_otp',
    status: 'unverified',
    strategy: 'phone_code',
    attempts: 0,
    expireAt: now + config.codeLifetimeMs,
  };
  record.code = code;
  record.lastSentAt = now;
  record.phone.verification = verification;
  record.phone.updatedAt = now;
  ctx.sendSms({ phoneNumberId: id, phoneNumber: record.phone.phoneNumber, code, sentAt: now });
  return record.phone;
}

/**
 * Checks a code. In order: 404 unknown id; 422 `form_param_nil` (field `code`) for an empty code; 400
 * `verification_already_verified`; 400 `verification_missing` when no code was ever sent; 400
 * `verification_failed` once `maxAttempts` wrong codes were entered (until a fresh prepare); 400
 * `verification_expired` after `expireAt` (the status becomes `expired`); then the comparison. A wrong code
 * counts an attempt and answers 422 `form_code_incorrect` (field `code`), except the one that reaches
 * `maxAttempts`, which fails the verification and answers `verification_failed`. The right code verifies.
 */
export function attemptVerification(ctx: RuleContext, id: string, code: string): PhoneNumber {
  const { config, now } = ctx;
  const record = requireRecord(ctx.state, id);
  const phone = record.phone;
  if (code.trim() === '') throw refusals.paramNil('code');
  if (isVerified(phone)) throw refusals.alreadyVerified();
  const verification = phone.verification;
  if (record.code === null || verification === null || verification.object !== 'verification_otp') throw refusals.verificationMissing();
  if (verification.status === 'failed') throw refusals.verificationFailed();
  if (verification.status === 'expired' || (verification.expireAt !== null && now > verification.expireAt)) {
    if (verification.status !== 'expired') {
      verification.status = 'expired';
      phone.updatedAt = now;
    }
    throw refusals.verificationExpired();
  }

  if (code.trim() !== record.code) {
    verification.attempts = (verification.attempts ?? 0) + 1;
    phone.updatedAt = now;
    if (verification.attempts >= config.maxAttempts) {
      verification.status = 'failed';
      throw refusals.verificationFailed();
    }
    throw refusals.codeIncorrect();
  }

  verification.status = 'verified';
  phone.updatedAt = now;
  // The code is spent: it must not verify anything again.
  record.code = null;
  return phone;
}
