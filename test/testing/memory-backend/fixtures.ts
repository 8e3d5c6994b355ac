/** Shared helpers for the memory backend's tests: a clock the test moves by hand, and error capture. */
import { PhoneKitError } from '../../../src/model/errors.ts';

/** Valid numbers per libphonenumber (555-01xx is the fictional range in a real area code). */
export const NUMBER_A = '+12015550123';
export const NUMBER_B = '+12015550124';
export const NUMBER_C = '+12015550125';
export const CODE = '424242';
export const START = Date.UTC(2026, 0, 1, 12);

/** A clock for the `now` option. */
export function fakeClock(start = START) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

/** Awaits a promise that must reject with a PhoneKitError, and returns the error. */
export async function refused(promise: Promise<unknown>): Promise<PhoneKitError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PhoneKitError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused, but it succeeded');
}
