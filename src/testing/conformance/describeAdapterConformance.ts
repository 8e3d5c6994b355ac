/**
 * The adapter conformance suite: the behaviour every `PhoneNumberAdapter` must show for the kit's hooks and
 * components to work, as tests registered in the caller's runner (Vitest, Jest, or anything with `describe`,
 * `it` and `it.skip`).
 */
import { ConformanceFailure } from './check.ts';
import { conformanceCases } from './cases/index.ts';
import type { ConformanceCase } from './conformanceCase.ts';
import type { AdapterConformanceFixture, AdapterConformanceOptions, ConformanceTestApi } from './types.ts';

const DEFAULT_NUMBERS = ['+12015550123', '+12015550124', '+12015550125'] as const;

/** Runs one case on a fresh fixture, always tearing it down. */
async function runCase(testCase: ConformanceCase, options: AdapterConformanceOptions): Promise<void> {
  const fixture: AdapterConformanceFixture = await options.setup();
  try {
    const missing = testCase.needs?.find((method) => typeof fixture.driver[method] !== 'function');
    if (missing) {
      throw new ConformanceFailure(`'${testCase.id}' needs driver.${missing}(); implement it, or skip the case with a reason: skip: { '${testCase.id}': '…' }`);
    }
    await testCase.run({ adapter: fixture.adapter, driver: fixture.driver, numbers: options.phoneNumbers ?? DEFAULT_NUMBERS });
  } finally {
    await fixture.teardown?.();
  }
}

/**
 * Registers the conformance suite for one adapter: a `describe` block with one test per case (ids in
 * `AdapterConformanceCaseId`), each on a fresh adapter from `options.setup`. Cases listed in `options.skip`
 * are registered with `it.skip`, so the runner reports them as skipped; a case that needs a driver method the
 * driver lacks fails, naming it. A failed check throws a `ConformanceFailure` saying what the contract wanted.
 *
 * @example
 * import { describe, it } from 'vitest';
 * import { describeAdapterConformance } from 'phone-number-kit/testing';
 *
 * describeAdapterConformance('my backend', { describe, it }, {
 *   setup: async () => {
 *     const user = await myServer.createTestUser();
 *     return {
 *       adapter: createMyAdapter(user.token),
 *       driver: { lastCode: (phone) => myServer.lastSms(phone.phoneNumber)?.code },
 *       teardown: () => myServer.deleteUser(user.id),
 *     };
 *   },
 *   skip: { 'attempt.expired': 'the staging server cannot move its clock' },
 * });
 *
 * @throws TypeError when `options.skip` names a case that does not exist.
 */
export function describeAdapterConformance(name: string, test: ConformanceTestApi, options: AdapterConformanceOptions): void {
  const skip: Partial<Record<string, string>> = options.skip ?? {};
  const unknown = Object.keys(skip).filter((id) => !conformanceCases.some((c) => c.id === id));
  if (unknown.length > 0) throw new TypeError(`describeAdapterConformance: no case named ${unknown.map((id) => `'${id}'`).join(', ')} to skip`);

  test.describe(`${name} conforms to PhoneNumberAdapter`, () => {
    for (const testCase of conformanceCases) {
      const title = `${testCase.id}: ${testCase.title}`;
      const reason = skip[testCase.id];
      if (reason !== undefined) {
        test.it.skip(`${title} (skipped: ${reason})`, async () => {});
      } else if (options.timeoutMs === undefined) {
        test.it(title, () => runCase(testCase, options));
      } else {
        test.it(title, () => runCase(testCase, options), options.timeoutMs);
      }
    }
  });
}
