/** Two-step verification by SMS: reserving numbers, the default second factor, and backup codes. */
import type { PhoneNumberChanges } from '../../../adapters/types.ts';
import type { BackupCodeSet, PhoneNumber } from '../../../model/types.ts';
import { isVerified, reserveMakesDefault } from '../../../model/secondFactor.ts';
import { refusals } from '../errors.ts';
import { randomBackupCodes, randomId } from '../random.ts';
import {
  assertReverified,
  dropBackupCodesWithoutSecondFactor,
  handDefaultOn,
  hasSecondFactor,
  requireRecord,
  type RuleContext,
} from '../state.ts';

/** A new set of backup codes, as the server issues when two-step verification turns on or on regeneration. */
export function freshBackupCodes(now: number): BackupCodeSet {
  return { object: 'backup_code', id: randomId('bcode'), codes: randomBackupCodes(), createdAt: now, updatedAt: now };
}

/**
 * Changes a number's second-factor flags. Every check runs before anything changes, so a refused request
 * leaves the state as it was.
 *
 * - `reservedForSecondFactor` (either value) is a sensitive change: 403 while reverification is required.
 *   `true` needs a verified number (400 `update_second_factor_unverified`, field `reserved_for_second_factor`).
 *   The first reserved number becomes the default; when it is the user's first second factor, the answer (and
 *   only that answer) carries a fresh set of `backupCodes`, which also becomes the current set.
 *   `false` on the default promotes its heir (`heirOfDefault`: the oldest other reserved number, then by id);
 *   unreserving the last one drops the backup codes.
 * - `defaultSecondFactor: true` needs the number to be (or become, in the same request) reserved (400
 *   `form_param_value_invalid`, field `default_second_factor`) and takes the default from every other number.
 *   `defaultSecondFactor: false` is ignored: "exactly one default among reserved numbers" leaves nothing to unset
 *   it to; choose another default instead. Clerk's UI never sends it.
 * - Setting a flag to the value it already has changes nothing.
 */
export function updatePhoneNumber(ctx: RuleContext, id: string, changes: PhoneNumberChanges): PhoneNumber {
  const { state, now } = ctx;
  const { reservedForSecondFactor: reserve, defaultSecondFactor: makeDefault } = changes;
  if (reserve !== undefined) assertReverified(state);
  const record = requireRecord(state, id);
  const phone = record.phone;
  if (reserve === true && !phone.reservedForSecondFactor && !isVerified(phone)) throw refusals.secondFactorUnverified();
  if (makeDefault === true && !(reserve ?? phone.reservedForSecondFactor)) {
    throw refusals.paramValueInvalid(
      'default_second_factor',
      'Only a phone number reserved for two-step verification can be the default second factor.',
    );
  }

  let issuedCodes: string[] | null = null;
  if (reserve === true && !phone.reservedForSecondFactor) {
    const firstSecondFactor = !hasSecondFactor(ctx);
    if (reserveMakesDefault(state.records.map((r) => r.phone), id)) phone.defaultSecondFactor = true;
    phone.reservedForSecondFactor = true;
    phone.updatedAt = now;
    if (firstSecondFactor) {
      state.backupCodes = freshBackupCodes(now);
      issuedCodes = [...state.backupCodes.codes];
    }
  } else if (reserve === false && phone.reservedForSecondFactor) {
    handDefaultOn(ctx, id);
    phone.reservedForSecondFactor = false;
    phone.defaultSecondFactor = false;
    phone.updatedAt = now;
    dropBackupCodesWithoutSecondFactor(ctx);
  }

  if (makeDefault === true && !phone.defaultSecondFactor) {
    for (const other of state.records) {
      if (other.phone.defaultSecondFactor) {
        other.phone.defaultSecondFactor = false;
        other.phone.updatedAt = now;
      }
    }
    phone.defaultSecondFactor = true;
    phone.updatedAt = now;
  }

  // The codes ride on this one answer only; the stored number never carries them.
  return issuedCodes ? { ...phone, backupCodes: issuedCodes } : phone;
}

/**
 * Generates a new set of backup codes, replacing the old set (whose codes stop working). 403 while
 * reverification is required; 400 `second_factor_not_enabled` when the user has no second factor.
 */
export function createBackupCodes(ctx: RuleContext): BackupCodeSet {
  assertReverified(ctx.state);
  if (!hasSecondFactor(ctx)) throw refusals.secondFactorNotEnabled();
  ctx.state.backupCodes = freshBackupCodes(ctx.now);
  return ctx.state.backupCodes;
}
