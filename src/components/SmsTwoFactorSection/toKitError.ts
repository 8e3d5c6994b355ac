import { PhoneKitError } from '../../model/errors.ts';

/** Hooks reject with a PhoneKitError; anything else (a bug) still gets a message instead of a blank alert. */
export function toKitError(error: unknown): PhoneKitError {
  if (error instanceof PhoneKitError) return error;
  return new PhoneKitError({ code: 'generic', message: error instanceof Error ? error.message : String(error), cause: error });
}
