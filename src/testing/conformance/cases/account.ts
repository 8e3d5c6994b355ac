/** The account-level methods: the two-step facts, the primary number, and the authenticator app (TOTP). */
import type { AccountSecurity, TotpEnrollment } from '../../../model/account.ts';
import { check, checkEqual, rejectionOf, refusalOf, show } from '../check.ts';
import type { CaseContext, ConformanceCase } from '../conformanceCase.ts';
import { addNumber, addVerified, wrongCodeFor } from '../steps.ts';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Throws unless `value` is an {@link AccountSecurity}; returns it typed. */
function checkAccount(value: unknown, call: string): AccountSecurity {
  check(isObject(value), `${call} should resolve with AccountSecurity, got ${show(value)}`);
  check(typeof value['userId'] === 'string' && value['userId'] !== '', `${call}: \`userId\` should be a non-empty string, got ${show(value['userId'])}`);
  const primary = value['primaryPhoneNumberId'];
  check(primary === null || (typeof primary === 'string' && primary !== ''), `${call}: \`primaryPhoneNumberId\` should be null or an id, got ${show(primary)}`);
  for (const key of ['twoFactorEnabled', 'totpEnabled', 'backupCodeEnabled']) {
    check(typeof value[key] === 'boolean', `${call}: \`${key}\` should be a boolean, got ${show(value[key])}`);
  }
  return value as unknown as AccountSecurity;
}

async function account({ adapter }: CaseContext): Promise<AccountSecurity> {
  return checkAccount(await adapter.getAccountSecurity(), 'getAccountSecurity()');
}

/** `createTotp()`, checked: a secret, an `otpauth://totp/` URI carrying it, not yet verified. */
async function createTotp({ adapter }: CaseContext): Promise<TotpEnrollment> {
  const call = 'createTotp()';
  const value: unknown = await adapter.createTotp();
  check(isObject(value), `${call} should resolve with a TotpEnrollment, got ${show(value)}`);
  check(typeof value['id'] === 'string' && value['id'] !== '', `${call}: \`id\` should be a non-empty string`);
  // The secret itself is never shown in a failure message.
  check(typeof value['secret'] === 'string' && /^[A-Z2-7]+=*$/i.test(value['secret']), `${call}: \`secret\` should be a Base32 string`);
  check(typeof value['uri'] === 'string' && value['uri'].startsWith('otpauth://totp/'), `${call}: \`uri\` should start with otpauth://totp/`);
  check(value['verified'] === false, `${call}: \`verified\` should be false, got ${show(value['verified'])}`);
  return value as unknown as TotpEnrollment;
}

/** The code the user's authenticator app shows now, from the driver. */
async function appCode(context: CaseContext): Promise<string> {
  const code = await context.driver.authenticatorCode!();
  check(typeof code === 'string' && /^\d{6}$/.test(code), `after createTotp(), driver.authenticatorCode should give a 6-digit code, got ${show(code)}`);
  return code;
}

/** Creates and verifies an authenticator app; returns the backup codes of the answer. */
async function enroll(context: CaseContext): Promise<string[] | null> {
  await createTotp(context);
  const call = 'verifyTotp(<the app code>)';
  const value: unknown = await context.adapter.verifyTotp(await appCode(context));
  check(isObject(value), `${call} should resolve with a TotpVerification, got ${show(value)}`);
  const codes = value['backupCodes'];
  check(codes === null || (Array.isArray(codes) && codes.every((c) => typeof c === 'string')), `${call}: \`backupCodes\` should be null or an array of strings`);
  return codes as string[] | null;
}

export const accountCases: ConformanceCase[] = [
  {
    id: 'account',
    title: 'getAccountSecurity reports a user without a second factor: two-step, authenticator app and backup codes off',
    async run(context) {
      const facts = await account(context);
      checkEqual(facts.twoFactorEnabled, false, 'getAccountSecurity().twoFactorEnabled');
      checkEqual(facts.totpEnabled, false, 'getAccountSecurity().totpEnabled');
      checkEqual(facts.backupCodeEnabled, false, 'getAccountSecurity().backupCodeEnabled');
    },
  },
  {
    id: 'totp.enroll',
    title: 'createTotp then verifyTotp with the app code turns the authenticator app and two-step on, with backup codes the first time',
    needs: ['authenticatorCode'],
    async run(context) {
      const codes = await enroll(context);
      check(Array.isArray(codes) && codes.length > 0, `verifyTotp turning two-step on should carry backupCodes, got ${codes === null ? 'null' : 'an empty list'}`);
      const facts = await account(context);
      checkEqual(facts.totpEnabled, true, 'getAccountSecurity().totpEnabled after verifyTotp');
      checkEqual(facts.twoFactorEnabled, true, 'getAccountSecurity().twoFactorEnabled after verifyTotp');
    },
  },
  {
    id: 'totp.wrong',
    title: 'verifyTotp rejects a wrong code with form_code_incorrect and leaves the authenticator app off',
    needs: ['authenticatorCode'],
    async run(context) {
      await createTotp(context);
      await refusalOf(context.adapter.verifyTotp(wrongCodeFor(await appCode(context))), 'verifyTotp(<a wrong code>)', 'form_code_incorrect');
      checkEqual((await account(context)).totpEnabled, false, 'getAccountSecurity().totpEnabled after a wrong code');
    },
  },
  {
    id: 'totp.delete',
    title: 'deleteTotp removes the authenticator app; as the only factor, two-step turns off',
    needs: ['authenticatorCode'],
    async run(context) {
      await enroll(context);
      await context.adapter.deleteTotp();
      const facts = await account(context);
      checkEqual(facts.totpEnabled, false, 'getAccountSecurity().totpEnabled after deleteTotp');
      checkEqual(facts.twoFactorEnabled, false, 'getAccountSecurity().twoFactorEnabled after deleteTotp');
    },
  },
  {
    id: 'primary',
    title: 'setPrimaryPhoneNumber makes a verified number the primary one',
    async run(context) {
      const phone = await addVerified(context, context.numbers[0]);
      const call = `setPrimaryPhoneNumber(${show(phone.id)})`;
      const answered = checkAccount(await context.adapter.setPrimaryPhoneNumber(phone.id), call);
      checkEqual(answered.primaryPhoneNumberId, phone.id, `${call}.primaryPhoneNumberId`);
      checkEqual((await account(context)).primaryPhoneNumberId, phone.id, 'getAccountSecurity().primaryPhoneNumberId');
    },
  },
  {
    id: 'primary.unverified',
    title: 'setPrimaryPhoneNumber refuses an unverified number with a 4xx PhoneKitError and changes nothing',
    async run(context) {
      const before = (await account(context)).primaryPhoneNumberId;
      const phone = await addNumber(context, context.numbers[1]);
      const call = `setPrimaryPhoneNumber(${show(phone.id)}) on an unverified number`;
      const error = await rejectionOf(context.adapter.setPrimaryPhoneNumber(phone.id), call);
      check(error.status !== null && error.status >= 400 && error.status < 500, `${call} should be refused by the server (4xx), got ${show(error.status)} ${error.code}`);
      checkEqual((await account(context)).primaryPhoneNumberId, before, 'getAccountSecurity().primaryPhoneNumberId after the refusal');
    },
  },
];
