/**
 * Session re-verification (`/v1/client/sessions/{id}/verify…`): start at a level, send a code by email or SMS,
 * check a password or a code, and clear the reverification requirement once the level is met. The password and
 * the email address are the backend's `password` and `emailAddress` options; phone codes go to the SMS outbox,
 * email codes to the email outbox (`snapshot().emails`).
 */
import type { ReverificationAttempt, ReverificationFactor, ReverificationLevel, SessionVerification } from '../../../model/reverification.ts';
import { isVerified } from '../../../model/secondFactor.ts';
import { refusals } from '../errors.ts';
import { randomDigits } from '../random.ts';
import { hasSecondFactor, isTotpEnabled, type RuleContext } from '../state.ts';
import { isTotpCodeValid } from '../totp.ts';
import type { ReverificationRecord } from '../reverificationRecord.ts';

/** The one email address the backend's user has, for `email_code`. */
export const EMAIL_ADDRESS_ID = 'idn_email_primary';

/** `+15555550100` → `+1******0100`, `ada@example.com` → `a**@example.com`: what the server shows of an identifier. */
function mask(identifier: string): string {
  const at = identifier.indexOf('@');
  if (at > 0) return `${identifier[0]}${'*'.repeat(Math.max(at - 1, 2))}${identifier.slice(at)}`;
  return `${identifier.slice(0, 2)}${'*'.repeat(Math.max(identifier.length - 6, 0))}${identifier.slice(-4)}`;
}

function firstFactors(ctx: RuleContext): ReverificationFactor[] {
  const { config, state } = ctx;
  const factors: ReverificationFactor[] = [];
  if (config.password !== null) factors.push({ strategy: 'password' });
  if (config.emailAddress !== null) factors.push({ strategy: 'email_code', emailAddressId: EMAIL_ADDRESS_ID, safeIdentifier: mask(config.emailAddress) });
  for (const { phone } of state.records) {
    if (isVerified(phone)) factors.push({ strategy: 'phone_code', phoneNumberId: phone.id, safeIdentifier: mask(phone.phoneNumber) });
  }
  return factors;
}

function secondFactors(ctx: RuleContext): ReverificationFactor[] {
  const factors: ReverificationFactor[] = [];
  for (const { phone } of ctx.state.records) {
    if (phone.reservedForSecondFactor) factors.push({ strategy: 'phone_code', phoneNumberId: phone.id, safeIdentifier: mask(phone.phoneNumber) });
  }
  if (isTotpEnabled(ctx.state)) factors.push({ strategy: 'totp' });
  if (ctx.state.backupCodes) factors.push({ strategy: 'backup_code' });
  return factors;
}

function view(ctx: RuleContext, record: ReverificationRecord): SessionVerification {
  return { status: record.status, level: record.level, firstFactors: firstFactors(ctx), secondFactors: secondFactors(ctx) };
}

/** The record for a step of `stage`, or a 400 when none was started or it is at another stage. */
function recordAt(ctx: RuleContext, stage: 'first' | 'second'): ReverificationRecord {
  const record = ctx.state.reverification;
  if (!record || record.status !== `needs_${stage}_factor`) throw refusals.reverificationNotStarted();
  return record;
}

/**
 * Starts (or restarts) a re-verification. As the spec says, `second_factor` and `multi_factor` fall back to
 * `first_factor` when the user has no second factor.
 */
export function startReverification(ctx: RuleContext, level: ReverificationLevel): SessionVerification {
  const effective: ReverificationLevel = level !== 'first_factor' && !hasSecondFactor(ctx) ? 'first_factor' : level;
  const record: ReverificationRecord = {
    level: effective,
    status: effective === 'second_factor' ? 'needs_second_factor' : 'needs_first_factor',
    pending: null,
  };
  ctx.state.reverification = record;
  return view(ctx, record);
}

/** Sends a code for an email or phone factor the session offers at this stage; 400 for any other factor. */
export function prepareReverification(ctx: RuleContext, stage: 'first' | 'second', factor: ReverificationFactor): SessionVerification {
  const record = recordAt(ctx, stage);
  const offered = (stage === 'first' ? firstFactors(ctx) : secondFactors(ctx)).some(
    (candidate) =>
      candidate.strategy === factor.strategy &&
      (candidate.strategy !== 'phone_code' || (factor.strategy === 'phone_code' && candidate.phoneNumberId === factor.phoneNumberId)),
  );
  if (!offered || (factor.strategy !== 'email_code' && factor.strategy !== 'phone_code')) {
    throw refusals.paramValueInvalid('strategy', 'This factor cannot be prepared for this session verification.');
  }
  const code = ctx.config.code ?? randomDigits(6);
  record.pending = { strategy: factor.strategy, code, expireAt: ctx.now + ctx.config.codeLifetimeMs, attempts: 0 };
  if (factor.strategy === 'phone_code') {
    const phone = ctx.state.records.find((r) => r.phone.id === factor.phoneNumberId)!.phone;
    ctx.sendSms({ phoneNumberId: phone.id, phoneNumber: phone.phoneNumber, code, sentAt: ctx.now });
  } else {
    const emailAddress = ctx.config.emailAddress!;
    ctx.state.emails.push({ emailAddress, code, sentAt: ctx.now, text: `${code} is your verification code.` });
  }
  return view(ctx, record);
}

/** Checks a sent code: the same refusals, in the same order, as a phone number's verification. */
function checkCode(ctx: RuleContext, record: ReverificationRecord, strategy: string, code: string): void {
  const pending = record.pending;
  if (!pending || pending.strategy !== strategy) throw refusals.verificationMissing();
  if (pending.attempts >= ctx.config.maxAttempts) throw refusals.verificationFailed();
  if (ctx.now > pending.expireAt) throw refusals.verificationExpired();
  if (code.trim() !== pending.code) {
    pending.attempts += 1;
    throw pending.attempts >= ctx.config.maxAttempts ? refusals.verificationFailed() : refusals.codeIncorrect();
  }
}

/**
 * Checks what the user typed. A password is compared with the `password` option (422 `form_password_incorrect`);
 * a backup code is spent; a TOTP code is checked against the enabled authenticator app (RFC 6238, ±1 step). Meeting
 * the level completes the verification and clears the reverification requirement.
 */
export function attemptReverification(ctx: RuleContext, attempt: ReverificationAttempt): SessionVerification {
  const record = recordAt(ctx, attempt.stage);
  if (attempt.strategy === 'password') {
    if (attempt.password === '') throw refusals.paramNil('password');
    if (ctx.config.password === null || attempt.password !== ctx.config.password) throw refusals.passwordIncorrect();
  } else {
    if (attempt.code.trim() === '') throw refusals.paramNil('code');
    if (attempt.strategy === 'backup_code') {
      const codes = ctx.state.backupCodes?.codes ?? [];
      const index = codes.indexOf(attempt.code.trim());
      if (index < 0) throw refusals.codeIncorrect();
      codes.splice(index, 1);
    } else if (attempt.strategy === 'totp') {
      const totp = ctx.state.totp;
      if (!totp?.verified || !isTotpCodeValid(totp.secret, attempt.code.trim(), ctx.now)) throw refusals.codeIncorrect();
    } else {
      checkCode(ctx, record, attempt.strategy, attempt.code);
    }
  }
  record.pending = null;
  record.status = attempt.stage === 'first' && record.level === 'multi_factor' ? 'needs_second_factor' : 'complete';
  if (record.status === 'complete') ctx.state.reverificationRequired = false;
  return view(ctx, record);
}
