/** Every code the kit assigns itself has an English message; the type makes a missing one a compile error. */
import { expect, it } from 'vitest';
import { en } from '../../src/i18n/index.ts';
import type { ErrorMessages } from '../../src/i18n/en/errors.ts';
import { KitErrorCode } from '../../src/model/errors.ts';

it('has a message for every KitErrorCode', () => {
  const missing = Object.values(KitErrorCode).filter((code) => !en.errors[code]);
  expect(missing).toEqual([]);
});

it('does not type-check without one (checked by tsc, which runs on the tests)', () => {
  // @ts-expect-error every KitErrorCode but `generic` is missing
  const incomplete: ErrorMessages = { generic: 'Something went wrong.' };
  expect(Object.keys(incomplete)).toEqual(['generic']);
});
