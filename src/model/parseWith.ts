/**
 * The one way a wire check's rejection becomes the kit's error: a `response_invalid` {@link PhoneKitError} whose
 * `field` names the first bad path. A file of its own so a parser needs no other parser's schemas (the support entry
 * ships none of the Frontend API's).
 */
import { WireIssue, type Check } from './check.ts';
import { KitErrorCode, PhoneKitError } from './errors.ts';

function describeIssue(issue: WireIssue, what: string): PhoneKitError {
  // Keys and list indexes joined by dots (`linked_to.0.id`).
  const field = issue.path.join('.');
  const where = field === '' ? what : `${what} field \`${field}\``;
  return new PhoneKitError({
    code: KitErrorCode.invalid,
    message: `Unexpected ${where}: ${issue.message}`,
    field: field === '' ? null : field,
  });
}

/** Runs a wire check; a rejected value becomes a `response_invalid` {@link PhoneKitError} naming `what` and the path. */
export function parseWith<T>(check: Check<T>, input: unknown, what: string): T {
  try {
    return check(input);
  } catch (error) {
    throw error instanceof WireIssue ? describeIssue(error, what) : error;
  }
}
