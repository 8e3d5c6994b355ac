/**
 * A small run-time checker for the wire format: each check returns the checked (and transformed) value or throws a
 * {@link WireIssue} naming the path to the first bad value. It does what the parsers need and nothing more; a schema
 * library cost every app about 2 KB gzip up front (test/budgets/bundle.test.ts), more than the model it checks.
 */

/** Where and why a value was rejected: `path` holds object keys and list indexes, outermost first. */
export class WireIssue {
  constructor(
    readonly message: string,
    readonly path: (string | number)[] = [],
  ) {}
}

/** Checks `input`; returns the value the model keeps, or throws a {@link WireIssue}. */
export type Check<T> = (input: unknown) => T;

/** `"text"`, `42`, `null`, `Array`: how a rejected value is named in the message. */
const received = (input: unknown): string =>
  typeof input === 'string' ? `"${input}"` : input && typeof input === 'object' ? ((Object.getPrototypeOf(input) as object | null)?.constructor?.name ?? 'Object') : String(input);

const invalid = (expected: string, input: unknown): never => {
  throw new WireIssue(`Invalid type: Expected ${expected} but received ${received(input)}`);
};

/** Runs `check` on a member, adding its key to the path of whatever it rejects. */
function at<T>(key: string | number, check: Check<T>, input: unknown): T {
  try {
    return check(input);
  } catch (error) {
    if (error instanceof WireIssue) error.path.unshift(key);
    throw error;
  }
}

const ofType =
  <T>(type: string): Check<T> =>
  (input) =>
    typeof input === type ? (input as T) : invalid(type, input);

export const string = ofType<string>('string');
export const boolean = ofType<boolean>('boolean');
/** A whole number (timestamps, counts). */
export const integer: Check<number> = (input) => (Number.isInteger(input) ? (input as number) : invalid('integer', input));

/** Exactly `value`. */
export const literal =
  <T extends string>(value: T): Check<T> =>
  (input) =>
    input === value ? value : invalid(`"${value}"`, input);

/** `null` as is; anything else checked by `check`. */
export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (input) =>
    input === null ? null : check(input);

/** `null` or absent becomes `fallback`; anything else is checked by `check`. */
export const nullish =
  <T, F>(check: Check<T>, fallback: F): Check<T | F> =>
  (input) =>
    input == null ? fallback : check(input);

/** A list whose every item passes `check`; the first bad item fails it, named by its index. */
export const array =
  <T>(check: Check<T>): Check<T[]> =>
  (input) =>
    Array.isArray(input) ? input.map((item, index) => at(index, check, item)) : invalid('Array', input);

type Shape = Record<string, Check<unknown>>;

/** An object with the shape's keys, checked in order; other keys are dropped. */
export const object =
  <S extends Shape>(shape: S): Check<{ [K in keyof S]: ReturnType<S[K]> }> =>
  (input) => {
    if (!input || typeof input !== 'object') invalid('Object', input);
    const output: Record<string, unknown> = {};
    for (const key in shape) output[key] = at(key, shape[key]!, (input as Record<string, unknown>)[key]);
    return output as { [K in keyof S]: ReturnType<S[K]> };
  };

/**
 * Checks with `check`, then transforms the checked value (a wire object into the model's). Not named `then`: a module
 * exporting `then` is a thenable, so a dynamic import of it would never settle.
 */
export const andThen =
  <T, U>(check: Check<T>, transform: (checked: T) => U): Check<U> =>
  (input) =>
    transform(check(input));
