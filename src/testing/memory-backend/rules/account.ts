/**
 * The user-level two-step facts and writes: the account flags (as `GET /v1/me` reports them), the primary phone
 * number, and the authenticator app (TOTP, RFC 6238 for real: see `../totp.ts`).
 */
import type { AccountSecurity } from '../../../model/account.ts';
import type { TotpObject } from '../../../model/accountWire.ts';
import type { DeletedObject } from '../../../model/types.ts';
import { isVerified } from '../../../model/secondFactor.ts';
import { refusals } from '../errors.ts';
import { randomId } from '../random.ts';
import { assertReverified, dropBackupCodesWithoutSecondFactor, hasSecondFactor, isTotpEnabled, requireRecord, type BackendState, type RuleContext } from '../state.ts';
import { freshBackupCodes } from './second-factor.ts';
import { isTotpCodeValid, randomTotpSecret, totpUri } from '../totp.ts';

/** The user every session of the backend belongs to. Fixed: the backend models one user. */
export const USER_ID = 'user_phone_number_kit_test';

/** The label authenticator apps show for the account. */
const TOTP_ACCOUNT_LABEL = 'user@phone-number-kit.test';

/** The account flags, derived from the state by the model's rules (`isTwoFactorEnabled`). */
export function readAccountSecurity(ctx: Pick<RuleContext, 'state' | 'config'>): AccountSecurity {
  const { state } = ctx;
  return {
    userId: USER_ID,
    primaryPhoneNumberId: state.primaryPhoneNumberId,
    twoFactorEnabled: hasSecondFactor(ctx),
    totpEnabled: isTotpEnabled(state),
    backupCodeEnabled: state.backupCodes !== null,
  };
}

/**
 * Makes a verified number the primary one. 404 for an unknown id; 422 `form_param_value_invalid` (field
 * `primary_phone_number_id`) for a number that is not verified. Choosing the current primary changes nothing.
 */
export function setPrimaryPhoneNumber(ctx: RuleContext, id: string): AccountSecurity {
  const record = requireRecord(ctx.state, id);
  if (!isVerified(record.phone)) {
    throw refusals.paramValueInvalid('primary_phone_number_id', 'Only a verified phone number can be the primary one.', 422);
  }
  ctx.state.primaryPhoneNumberId = id;
  return readAccountSecurity(ctx);
}

/** Removing the primary number leaves the user without one (call it after the number is gone). */
export function forgetPrimaryIfRemoved(state: BackendState): void {
  if (state.primaryPhoneNumberId !== null && !state.records.some((r) => r.phone.id === state.primaryPhoneNumberId)) {
    state.primaryPhoneNumberId = null;
  }
}

/**
 * Starts authenticator-app enrollment with a fresh secret. A sensitive operation (403 while reverification is
 * required); 400 `totp_already_enabled` while an app is enabled. A pending, unverified enrollment is replaced,
 * so the old secret's codes stop working.
 */
export function createTotp(ctx: RuleContext): TotpObject {
  assertReverified(ctx.state);
  if (isTotpEnabled(ctx.state)) throw refusals.totpAlreadyEnabled();
  const secret = randomTotpSecret();
  const totp = { id: randomId('totp'), secret, verified: false, createdAt: ctx.now, updatedAt: ctx.now };
  ctx.state.totp = totp;
  return { ...totp, uri: totpUri(secret, TOTP_ACCOUNT_LABEL), backupCodes: null };
}

/**
 * Checks the authenticator app's code and enables it. 404 without an enrollment; 422 `form_param_nil` for an
 * empty code; 400 `verification_already_verified` when already enabled; 422 `form_code_incorrect` (field `code`)
 * for a wrong code (RFC 6238, ±1 step). When this turns two-step verification on, the answer carries a fresh set
 * of backup codes (which also becomes the current set); otherwise none.
 */
export function verifyTotp(ctx: RuleContext, code: string): TotpObject {
  const { state, now } = ctx;
  const totp = state.totp;
  if (!totp) throw refusals.notFound('totp');
  if (code.trim() === '') throw refusals.paramNil('code');
  if (totp.verified) throw refusals.alreadyVerified();
  if (!isTotpCodeValid(totp.secret, code.trim(), now)) throw refusals.codeIncorrect();

  const firstSecondFactor = !hasSecondFactor(ctx);
  totp.verified = true;
  totp.updatedAt = now;
  // Once enabled, the secret is never sent again.
  const answer: TotpObject = { id: totp.id, secret: null, uri: null, verified: true, backupCodes: null, createdAt: totp.createdAt, updatedAt: now };
  if (!firstSecondFactor) return answer;
  state.backupCodes = freshBackupCodes(now);
  return { ...answer, backupCodes: [...state.backupCodes.codes] };
}

/**
 * Removes the authenticator app, enabled or pending. A sensitive operation (403 while reverification is
 * required); 404 when there is none. Removing the last second factor drops the backup codes.
 */
export function deleteTotp(ctx: RuleContext): DeletedObject {
  assertReverified(ctx.state);
  const totp = ctx.state.totp;
  if (!totp) throw refusals.notFound('totp');
  ctx.state.totp = null;
  dropBackupCodesWithoutSecondFactor(ctx);
  return { object: 'totp', id: totp.id, deleted: true };
}
