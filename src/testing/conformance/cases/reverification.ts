/**
 * Re-verifying the session (step-up): start at a level, send a code by email or SMS, check a password or a code,
 * and the sensitive write the backend refused going through once the verification is complete.
 */
import type { ReverificationFactor, ReverificationLevel, SessionVerification } from '../../../model/reverification.ts';
import { MemoryBackendErrorCode as Code } from '../../memory-backend/errors.ts';
import { check, checkEqual, ConformanceFailure, refusalOf, show } from '../check.ts';
import type { CaseContext, ConformanceCase } from '../conformanceCase.ts';
import { addNumber, addSecondFactor, addVerified, list, wrongCodeFor } from '../steps.ts';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);
const isId = (value: unknown) => typeof value === 'string' && value !== '';

/** Throws unless `value` is a well-formed factor: an email or phone factor names its address or number. */
function checkFactor(value: unknown, call: string): void {
  check(isObject(value), `${call}: a factor should be an object, got ${show(value)}`);
  const strategy = value['strategy'];
  check(['password', 'email_code', 'phone_code', 'totp', 'backup_code'].includes(strategy as string), `${call}: unknown factor strategy ${show(strategy)}`);
  const idKey = strategy === 'email_code' ? 'emailAddressId' : strategy === 'phone_code' ? 'phoneNumberId' : null;
  if (idKey) {
    check(isId(value[idKey]), `${call}: a ${strategy} factor needs \`${idKey}\`, got ${show(value)}`);
    check(typeof value['safeIdentifier'] === 'string', `${call}: a ${strategy} factor needs \`safeIdentifier\`, got ${show(value)}`);
  }
}

/** Throws unless `value` is a {@link SessionVerification}; returns it typed. */
function checkSessionVerification(value: unknown, call: string): SessionVerification {
  check(isObject(value), `${call} should resolve with a SessionVerification, got ${show(value)}`);
  check(['needs_first_factor', 'needs_second_factor', 'complete'].includes(value['status'] as string), `${call}: unknown \`status\` ${show(value['status'])}`);
  check(['first_factor', 'second_factor', 'multi_factor'].includes(value['level'] as string), `${call}: unknown \`level\` ${show(value['level'])}`);
  for (const key of ['firstFactors', 'secondFactors']) {
    const factors = value[key];
    check(Array.isArray(factors), `${call}: \`${key}\` should be an array, got ${show(factors)}`);
    for (const factor of factors) checkFactor(factor, `${call}.${key}`);
  }
  return value as unknown as SessionVerification;
}

/** `run()` checked as a SessionVerification with this status (and level, when given). */
async function expectStep(run: Promise<unknown>, call: string, status: SessionVerification['status'], level?: ReverificationLevel): Promise<SessionVerification> {
  const verification = checkSessionVerification(await run, call);
  checkEqual(verification.status, status, `${call}.status`);
  if (level) checkEqual(verification.level, level, `${call}.level`);
  return verification;
}

function start({ adapter }: CaseContext, level: ReverificationLevel, status: SessionVerification['status']): Promise<SessionVerification> {
  return expectStep(adapter.startReverification(level), `startReverification(${show(level)})`, status, level);
}

/** The offered factor `matches` picks; fails listing what was offered. */
function offered<F extends ReverificationFactor>(factors: ReverificationFactor[], what: string, matches: (factor: ReverificationFactor) => factor is F): F {
  const factor = factors.find(matches);
  check(factor, `the session should offer ${what}, got ${show(factors)}`);
  return factor;
}

/** The driver's password, checked. */
async function passwordOf(context: CaseContext): Promise<string> {
  const password = await context.driver.password!();
  check(typeof password === 'string' && password !== '', `driver.password() should give the user's password, got ${show(password)}`);
  return password;
}

/** Starts at `level` and passes the first factor with the password; resolves with the answer. */
async function passFirstWithPassword(context: CaseContext, level: ReverificationLevel, then: SessionVerification['status']): Promise<SessionVerification> {
  const started = await start(context, level, 'needs_first_factor');
  offered(started.firstFactors, 'a password factor', (f): f is { strategy: 'password' } => f.strategy === 'password');
  const attempt = context.adapter.attemptReverification({ stage: 'first', strategy: 'password', password: await passwordOf(context) });
  return expectStep(attempt, "attemptReverification({ stage: 'first', strategy: 'password', password: <the password> })", then, level);
}

/** A wrong code is refused with form_code_incorrect and leaves the step open; the right one then completes `level`. */
async function enterCode(context: CaseContext, stage: 'first' | 'second', strategy: 'email_code' | 'phone_code', code: string, level: ReverificationLevel): Promise<void> {
  const wrong = context.adapter.attemptReverification({ stage, strategy, code: wrongCodeFor(code) });
  await refusalOf(wrong, `attemptReverification({ stage: '${stage}', strategy: '${strategy}', code: <a wrong code> })`, Code.codeIncorrect);
  const right = context.adapter.attemptReverification({ stage, strategy, code });
  await expectStep(right, `attemptReverification({ stage: '${stage}', strategy: '${strategy}', code: <the code sent> }) after a wrong one`, 'complete', level);
}

const isPhoneFactorFor = (id: string) => (f: ReverificationFactor): f is Extract<ReverificationFactor, { strategy: 'phone_code' }> =>
  f.strategy === 'phone_code' && f.phoneNumberId === id;

export const reverificationCases: ConformanceCase[] = [
  {
    id: 'reverify.start',
    title: 'startReverification at first_factor needs a first factor and offers well-formed factors, a verified number among them',
    async run(context) {
      const phone = await addVerified(context, context.numbers[0]);
      const started = await start(context, 'first_factor', 'needs_first_factor');
      check(started.firstFactors.length > 0, 'startReverification(first_factor) should offer at least one first factor, got none');
      offered(started.firstFactors, `a phone_code factor for ${show(phone.id)}`, isPhoneFactorFor(phone.id));
    },
  },
  {
    id: 'reverify.password',
    title: 'attemptReverification refuses a wrong password with form_password_incorrect, and the right one completes it',
    needs: ['password'],
    async run(context) {
      await start(context, 'first_factor', 'needs_first_factor');
      const wrong = context.adapter.attemptReverification({ stage: 'first', strategy: 'password', password: `${await passwordOf(context)}-wrong` });
      await refusalOf(wrong, 'attemptReverification with a wrong password', Code.passwordIncorrect);
      const right = context.adapter.attemptReverification({ stage: 'first', strategy: 'password', password: await passwordOf(context) });
      await expectStep(right, 'attemptReverification with the password after a wrong one', 'complete', 'first_factor');
    },
  },
  {
    id: 'reverify.email',
    title: 'prepareReverification emails a code; a wrong code is form_code_incorrect, the code sent completes it',
    needs: ['lastEmailCode'],
    async run(context) {
      const started = await start(context, 'first_factor', 'needs_first_factor');
      const factor = offered(started.firstFactors, 'an email_code factor', (f): f is Extract<ReverificationFactor, { strategy: 'email_code' }> => f.strategy === 'email_code');
      await expectStep(context.adapter.prepareReverification('first', factor), `prepareReverification('first', ${show(factor)})`, 'needs_first_factor');
      const code = await context.driver.lastEmailCode!();
      check(typeof code === 'string' && code !== '', `after prepareReverification, driver.lastEmailCode should give the code emailed, got ${show(code)}`);
      await enterCode(context, 'first', 'email_code', code, 'first_factor');
    },
  },
  {
    id: 'reverify.phone',
    title: 'prepareReverification texts a code to a verified number; a wrong code is form_code_incorrect, the code sent completes it',
    async run(context) {
      const phone = await addVerified(context, context.numbers[0]);
      const started = await start(context, 'first_factor', 'needs_first_factor');
      const factor = offered(started.firstFactors, `a phone_code factor for ${show(phone.id)}`, isPhoneFactorFor(phone.id));
      await expectStep(context.adapter.prepareReverification('first', factor), `prepareReverification('first', ${show(factor)})`, 'needs_first_factor');
      const code = await context.driver.lastCode(phone);
      check(typeof code === 'string' && code !== '', `after prepareReverification, driver.lastCode should give the code texted, got ${show(code)}`);
      await enterCode(context, 'first', 'phone_code', code, 'first_factor');
    },
  },
  {
    id: 'reverify.multiFactor',
    title: 'with a second factor, second_factor needs it at once and multi_factor needs it after the password; its code completes it',
    needs: ['password'],
    async run(context) {
      const phone = await addSecondFactor(context, context.numbers[0]);
      const secondOnly = await start(context, 'second_factor', 'needs_second_factor');
      offered(secondOnly.secondFactors, `a phone_code second factor for ${show(phone.id)}`, isPhoneFactorFor(phone.id));
      const afterPassword = await passFirstWithPassword(context, 'multi_factor', 'needs_second_factor');
      const factor = offered(afterPassword.secondFactors, `a phone_code second factor for ${show(phone.id)}`, isPhoneFactorFor(phone.id));
      await expectStep(context.adapter.prepareReverification('second', factor), `prepareReverification('second', ${show(factor)})`, 'needs_second_factor');
      const code = await context.driver.lastCode(phone);
      check(typeof code === 'string' && code !== '', `after prepareReverification('second', …), driver.lastCode should give the code texted, got ${show(code)}`);
      await enterCode(context, 'second', 'phone_code', code, 'multi_factor');
    },
  },
  {
    id: 'reverify.unlocks',
    title: 'a write refused with 403 session_reverification_required goes through once the re-verification is complete',
    needs: ['requireReverification', 'password'],
    async run(context) {
      await context.driver.requireReverification!();
      const e164 = context.numbers[0];
      const call = `createPhoneNumber(${show(e164)}) while re-verification is required`;
      const refused = await refusalOf(context.adapter.createPhoneNumber(e164), call, Code.reverificationRequired);
      checkEqual(refused.status, 403, `${call}: status`);
      checkEqual((await list(context)).length, 0, 'numbers listed after the refusal');
      await passFirstWithPassword(context, 'first_factor', 'complete');
      await addNumber(context, e164).catch((error: unknown) => {
        throw new ConformanceFailure(`createPhoneNumber(${show(e164)}) should go through once the re-verification is complete, but rejected with ${show(error)}`);
      });
    },
  },
];
