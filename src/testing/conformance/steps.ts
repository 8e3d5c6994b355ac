/** The steps several cases share: add a number, get a code sent, verify, reserve. Each checks its own result. */
import type { PhoneNumber } from '../../model/types.ts';
import { check, checkEqual, show } from './check.ts';
import type { CaseContext } from './conformanceCase.ts';
import { checkPhoneNumber, checkPhoneNumberList } from './shape.ts';

/** `listPhoneNumbers()`, checked. */
export async function list({ adapter }: CaseContext): Promise<PhoneNumber[]> {
  return checkPhoneNumberList(await adapter.listPhoneNumbers(), 'listPhoneNumbers()');
}

/** The listed number with this id; fails when it is missing. */
export async function listed(context: CaseContext, id: string): Promise<PhoneNumber> {
  const phones = await list(context);
  const phone = phones.find((p) => p.id === id);
  check(phone, `listPhoneNumbers() should include ${show(id)}, got ids ${show(phones.map((p) => p.id))}`);
  return phone;
}

/** `createPhoneNumber(e164)`, checked. */
export async function addNumber({ adapter }: CaseContext, e164: string): Promise<PhoneNumber> {
  const call = `createPhoneNumber(${show(e164)})`;
  const phone = checkPhoneNumber(await adapter.createPhoneNumber(e164), call);
  checkEqual(phone.phoneNumber, e164, `${call}.phoneNumber`);
  return phone;
}

/** `prepareVerification`, then the code the driver read from the SMS. */
export async function sendCode(context: CaseContext, phone: PhoneNumber): Promise<string> {
  const call = `prepareVerification(${show(phone.id)})`;
  const prepared = checkPhoneNumber(await context.adapter.prepareVerification(phone.id), call);
  const code = await context.driver.lastCode(prepared);
  check(typeof code === 'string' && code !== '', `after ${call}, driver.lastCode should give the code sent by SMS, got ${show(code)}`);
  return code;
}

/** A code that differs from `code` in every digit, so no backend can take it for the right one. */
export function wrongCodeFor(code: string): string {
  const wrong = code.replace(/\d/g, (digit) => String((Number(digit) + 1) % 10));
  return wrong === code ? `${code}0` : wrong;
}

/** `attemptVerification` with the right code; the number must come back verified. */
export async function verify({ adapter }: CaseContext, phone: PhoneNumber, code: string): Promise<PhoneNumber> {
  const call = `attemptVerification(${show(phone.id)}, <the code sent>)`;
  const verified = checkPhoneNumber(await adapter.attemptVerification(phone.id, code), call);
  checkEqual(verified.verification?.status, 'verified', `${call}.verification.status`);
  return verified;
}

/** Adds a number and verifies it with the code it was sent. */
export async function addVerified(context: CaseContext, e164: string): Promise<PhoneNumber> {
  const phone = await addNumber(context, e164);
  return verify(context, phone, await sendCode(context, phone));
}

/** `updatePhoneNumber(id, { reservedForSecondFactor: true })`; the number must come back reserved. */
export async function reserve({ adapter }: CaseContext, phone: PhoneNumber): Promise<PhoneNumber> {
  const call = `updatePhoneNumber(${show(phone.id)}, { reservedForSecondFactor: true })`;
  const reserved = checkPhoneNumber(await adapter.updatePhoneNumber(phone.id, { reservedForSecondFactor: true }), call);
  checkEqual(reserved.reservedForSecondFactor, true, `${call}.reservedForSecondFactor`);
  return reserved;
}

/** Adds, verifies and reserves a number. */
export async function addSecondFactor(context: CaseContext, e164: string): Promise<PhoneNumber> {
  return reserve(context, await addVerified(context, e164));
}
