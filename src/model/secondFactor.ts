/**
 * The second-factor rules, written once: what counts as verified, who inherits the default, which warnings a
 * removal or a turn-off needs, and when the cached list must be read again. The cache's optimistic edits, the
 * components' warnings, the hooks and the reference backend all call these, so they cannot name different heirs
 * (under the clerk-js adapter every `createdAt` is 0, so the tie-break decides).
 */
import type { PhoneNumber } from './types.ts';

type PhoneList = readonly PhoneNumber[];

/** Whether a number has completed verification. */
export function isVerified(phone: PhoneNumber): boolean {
  return phone.verification?.status === 'verified';
}

/** The numbers reserved for two-step verification other than `id`, in list order. */
export function otherReserved(list: PhoneList, id: string): PhoneNumber[] {
  return list.filter((p) => p.id !== id && p.reservedForSecondFactor);
}

/**
 * The number that becomes the default second factor when `id` is released or removed: the oldest other reserved
 * number, by `createdAt`, then by `id` (so equal timestamps still give one answer). `null` when no other number is
 * reserved. Whether the default actually moves is {@link releaseMovesDefault}.
 */
export function heirOfDefault(list: PhoneList, id: string): PhoneNumber | null {
  let heir: PhoneNumber | null = null;
  for (const p of otherReserved(list, id)) {
    if (!heir || p.createdAt < heir.createdAt || (p.createdAt === heir.createdAt && p.id < heir.id)) heir = p;
  }
  return heir;
}

/** Whether releasing or removing `id` hands the default to another number: `id` is the default and has an heir. */
export function releaseMovesDefault(list: PhoneList, id: string): boolean {
  return !!list.find((p) => p.id === id)?.defaultSecondFactor && heirOfDefault(list, id) !== null;
}

/**
 * Whether reserving `id` makes it the default: it does when no other reserved number is the default (with the
 * server's "exactly one default among reserved numbers", when it is the first reserved number).
 */
export function reserveMakesDefault(list: PhoneList, id: string): boolean {
  return !otherReserved(list, id).some((p) => p.defaultSecondFactor);
}

/** Whether `id` is the user's only number reserved for two-step verification: without it, SMS two-step ends. */
export function isLastSecondFactor(list: PhoneList, id: string): boolean {
  return !!list.find((p) => p.id === id)?.reservedForSecondFactor && otherReserved(list, id).length === 0;
}

/** What removing a number costs the user, for the confirmation before it. */
export interface RemovalWarnings {
  /** The number is used for two-step verification. */
  twoStep: boolean;
  /** It is the default, and {@link RemovalWarnings.heir} takes over. */
  defaultMoves: boolean;
  /** It is the last two-step number: SMS two-step verification ends. */
  lastSecondFactor: boolean;
  /** With `defaultMoves`: the number that becomes the default; otherwise `null`. */
  heir: PhoneNumber | null;
}

/** Which warnings removing `id` deserves, given the user's numbers. */
export function removalWarnings(list: PhoneList, id: string): RemovalWarnings {
  const defaultMoves = releaseMovesDefault(list, id);
  return {
    twoStep: !!list.find((p) => p.id === id)?.reservedForSecondFactor,
    defaultMoves,
    lastSecondFactor: isLastSecondFactor(list, id),
    heir: defaultMoves ? heirOfDefault(list, id) : null,
  };
}

/**
 * Why turning a reserved number off deserves a warning: it is the last one (`last`), or it is the default and
 * `heir` takes over (`default`); `null` when it needs none.
 */
export type TurnOffWarning = { kind: 'last' } | { kind: 'default'; heir: PhoneNumber } | null;

/** The warning turning `id` off (releasing it from two-step verification) deserves, given the user's numbers. */
export function turnOffWarning(list: PhoneList, id: string): TurnOffWarning {
  if (isLastSecondFactor(list, id)) return { kind: 'last' };
  const heir = releaseMovesDefault(list, id) ? heirOfDefault(list, id) : null;
  return heir ? { kind: 'default', heir } : null;
}

/** A change to one number that can move the default second factor. */
export type SecondFactorChange = 'reserve' | 'release' | 'remove';

/**
 * Whether, after the server accepted `change` to `id`, the cached list must be read again. Releasing or removing
 * the default while other numbers stay reserved hands the default on: the cache guesses the heir with
 * {@link heirOfDefault}, but only the server's list says whom it chose. `before` is the list before the change.
 */
export function needsRefetch(before: PhoneList | undefined, id: string, change: SecondFactorChange): boolean {
  return change !== 'reserve' && releaseMovesDefault(before ?? [], id);
}
