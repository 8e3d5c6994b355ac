/** Adding, reading and removing numbers, with the checks Clerk's server makes. */
import { isValidPhoneNumber } from 'libphonenumber-js/min';
import type { DeletedObject, PhoneNumber } from '../../../model/types.ts';
import { isVerified } from '../../../model/secondFactor.ts';
import { refusals } from '../errors.ts';
import { randomId } from '../random.ts';
import { forgetPrimaryIfRemoved } from './account.ts';
import {
  assertReverified,
  dropBackupCodesWithoutSecondFactor,
  handDefaultOn,
  requireRecord,
  type BackendState,
  type RuleContext,
} from '../state.ts';

/** Strict E.164: a plus, then up to 15 digits, no spaces or punctuation. */
export const E164 = /^\+[1-9]\d{1,14}$/;

/** The user's numbers, oldest first. */
export function listPhoneNumbers(state: BackendState): PhoneNumber[] {
  return state.records.map((r) => r.phone);
}

/** One number by id; 404 when unknown. */
export function readPhoneNumber(state: BackendState, id: string): PhoneNumber {
  return requireRecord(state, id).phone;
}

/**
 * Adds an unverified number. Refuses (in this order): reverification pending (403), an empty value (422
 * `form_param_nil`), anything but a valid E.164 number per libphonenumber (422 `form_param_format_invalid`;
 * formatted input such as `+1 201 555 0123` is refused too, since the API expects E.164), a number this or
 * another user already has (422 `form_identifier_exists`), and too many unverified numbers (400).
 */
export function createPhoneNumber(ctx: RuleContext, input: string): PhoneNumber {
  const { state, config } = ctx;
  assertReverified(state);
  const phoneNumber = input.trim();
  if (phoneNumber === '') throw refusals.paramNil('phone_number');
  if (!E164.test(phoneNumber) || !isValidPhoneNumber(phoneNumber)) throw refusals.phoneFormatInvalid();
  const taken = state.records.some((r) => r.phone.phoneNumber === phoneNumber) || config.takenPhoneNumbers.includes(phoneNumber);
  if (taken) throw refusals.phoneTaken();
  const cap = config.maxUnverifiedPhoneNumbers;
  if (cap !== null && state.records.filter((r) => !isVerified(r.phone)).length >= cap) throw refusals.tooManyUnverified();

  const phone: PhoneNumber = {
    id: randomId('idn'),
    object: 'phone_number',
    phoneNumber,
    reserved: false,
    reservedForSecondFactor: false,
    defaultSecondFactor: false,
    verification: null,
    linkedTo: [],
    backupCodes: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  state.records.push({ phone, code: null, lastSentAt: null });
  return phone;
}

/**
 * Removes a number (403 while reverification is required, 404 when unknown). Removing the default second
 * factor promotes another reserved number; removing the last second factor drops the backup codes.
 */
export function deletePhoneNumber(ctx: RuleContext, id: string): DeletedObject {
  const { state } = ctx;
  assertReverified(state);
  const record = requireRecord(state, id);
  handDefaultOn(ctx, id);
  state.records = state.records.filter((r) => r !== record);
  forgetPrimaryIfRemoved(state);
  dropBackupCodesWithoutSecondFactor(ctx);
  return { object: 'phone_number', id, deleted: true };
}
