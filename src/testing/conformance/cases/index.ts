/** Every case of the suite, in the order it runs: numbers, verification, two-step, account and authenticator app, step-up, errors. */
import type { ConformanceCase } from '../conformanceCase.ts';
import { accountCases } from './account.ts';
import { errorCases } from './errors.ts';
import { phoneNumberCases } from './phoneNumbers.ts';
import { reverificationCases } from './reverification.ts';
import { secondFactorCases } from './secondFactor.ts';
import { verificationCases } from './verification.ts';

export const conformanceCases: readonly ConformanceCase[] = [...phoneNumberCases, ...verificationCases, ...secondFactorCases, ...accountCases, ...reverificationCases, ...errorCases];
