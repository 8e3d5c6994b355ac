/** Sending a code and checking the code the user typed, including the ways a check fails. */
import { MemoryBackendErrorCode as Code } from '../../memory-backend/errors.ts';
import { check, checkEqual, refusalOf, rejectionOf, show } from '../check.ts';
import type { ConformanceCase } from '../conformanceCase.ts';
import { addNumber, listed, sendCode, verify, wrongCodeFor } from '../steps.ts';
import { checkPhoneNumber } from '../shape.ts';

/** Wrong codes the suite enters before it concludes a backend never fails a verification. */
const MAX_WRONG_CODES = 10;

export const verificationCases: ConformanceCase[] = [
  {
    id: 'prepare',
    title: 'prepareVerification sends a code and leaves a pending phone_code verification',
    async run(context) {
      const phone = await addNumber(context, context.numbers[0]);
      const call = `prepareVerification(${show(phone.id)})`;
      const prepared = checkPhoneNumber(await context.adapter.prepareVerification(phone.id), call);
      checkEqual(prepared.verification?.status, 'unverified', `${call}.verification.status`);
      checkEqual(prepared.verification?.strategy, 'phone_code', `${call}.verification.strategy`);
      const code = await context.driver.lastCode(prepared);
      check(typeof code === 'string' && code !== '', `after ${call}, driver.lastCode should give the code sent, got ${show(code)}`);
    },
  },
  {
    id: 'attempt.correct',
    title: 'attemptVerification with the code sent verifies the number',
    async run(context) {
      const phone = await addNumber(context, context.numbers[0]);
      await verify(context, phone, await sendCode(context, phone));
      checkEqual((await listed(context, phone.id)).verification?.status, 'verified', 'the listed number: verification.status');
    },
  },
  {
    id: 'attempt.wrong',
    title: 'attemptVerification refuses a wrong code with form_code_incorrect, and the right code still works',
    async run(context) {
      const phone = await addNumber(context, context.numbers[0]);
      const code = await sendCode(context, phone);
      await refusalOf(context.adapter.attemptVerification(phone.id, wrongCodeFor(code)), 'attemptVerification with a wrong code', Code.codeIncorrect);
      await verify(context, phone, code);
    },
  },
  {
    id: 'attempt.expired',
    title: 'attemptVerification refuses the code once it expired, with verification_expired',
    needs: ['expireCode'],
    async run(context) {
      const phone = await addNumber(context, context.numbers[0]);
      const code = await sendCode(context, phone);
      await context.driver.expireCode!(phone);
      await refusalOf(context.adapter.attemptVerification(phone.id, code), 'attemptVerification with an expired code', Code.verificationExpired);
    },
  },
  {
    id: 'attempt.tooMany',
    title: 'attemptVerification fails the verification after too many wrong codes (verification_failed), even for the right code',
    async run(context) {
      const phone = await addNumber(context, context.numbers[0]);
      const code = await sendCode(context, phone);
      const wrong = wrongCodeFor(code);
      let failedAfter = 0;
      for (let attempt = 1; attempt <= MAX_WRONG_CODES && failedAfter === 0; attempt++) {
        const call = `attemptVerification with wrong code #${attempt}`;
        const error = await rejectionOf(context.adapter.attemptVerification(phone.id, wrong), call);
        check(
          error.code === Code.codeIncorrect || error.code === Code.verificationFailed,
          `${call} should reject with ${Code.codeIncorrect} or ${Code.verificationFailed}, got ${show(error.code)}`,
        );
        if (error.code === Code.verificationFailed) failedAfter = attempt;
      }
      check(failedAfter > 0, `after ${MAX_WRONG_CODES} wrong codes the verification still had not failed with ${Code.verificationFailed}`);
      await refusalOf(context.adapter.attemptVerification(phone.id, code), 'attemptVerification with the right code after the verification failed', Code.verificationFailed);
    },
  },
  {
    id: 'retryAfter',
    title: 'a rate-limited prepareVerification rejects with status 429, too_many_requests and retryAfter in seconds',
    async run(context) {
      const phone = await addNumber(context, context.numbers[0]);
      await sendCode(context, phone);
      await context.driver.rateLimitNextPrepare?.();
      const call = 'a second prepareVerification at once (or after driver.rateLimitNextPrepare)';
      const error = await refusalOf(context.adapter.prepareVerification(phone.id), call, Code.tooManyRequests);
      checkEqual(error.status, 429, `${call}: status`);
      const seconds = error.retryAfter;
      check(typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0, `${call}: retryAfter should be the seconds to wait (> 0), got ${show(seconds)}`);
    },
  },
];
