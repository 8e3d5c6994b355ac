/**
 * Plain assertions for the conformance suite: they throw a {@link ConformanceFailure} that says what the contract
 * wants and what the adapter did, so the suite needs no `expect` and runs under any test runner.
 */
import { PhoneKitError } from '../../model/errors.ts';

/** A case found the adapter breaking the contract. */
export class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
}

/** A value, short enough for a failure message. */
export function show(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Throws a {@link ConformanceFailure} with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

/** Throws unless `actual === expected`; `what` names the value in the message. */
export function checkEqual<T>(actual: T, expected: T, what: string): void {
  check(Object.is(actual, expected), `${what}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Awaits `promise`, which must reject with a `PhoneKitError` (the contract's only error type); returns that error. */
export async function rejectionOf(promise: Promise<unknown>, call: string): Promise<PhoneKitError> {
  let error: unknown;
  try {
    const value = await promise;
    throw new ConformanceFailure(`${call} should have rejected, but resolved with ${show(value)}`);
  } catch (caught) {
    if (caught instanceof ConformanceFailure) throw caught;
    error = caught;
  }
  if (error instanceof PhoneKitError) return error;
  // Same name, other class: the adapter and the suite load two copies of phone-number-kit.
  const hint = (error as { name?: unknown } | null)?.name === 'PhoneKitError' ? ' (a PhoneKitError from another copy of phone-number-kit)' : '';
  throw new ConformanceFailure(`${call} must reject with a PhoneKitError only, but rejected with ${show(error)}${hint}`);
}

/** {@link rejectionOf}, and the error's `code` must be `code`. */
export async function refusalOf(promise: Promise<unknown>, call: string, code: string): Promise<PhoneKitError> {
  const error = await rejectionOf(promise, call);
  check(error.code === code, `${call} should reject with code ${show(code)}, got ${show(error.code)} (${error.message})`);
  return error;
}
