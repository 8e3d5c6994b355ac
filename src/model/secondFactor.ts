/**
 * The second-factor rules, written once: what counts as verified, who inherits the default, which warnings a
 * removal or a turn-off needs, and when the cached list must be read again. The cache's optimistic edits, the
 * components' warnings, the hooks and the reference backend all call these, so they cannot name different heirs
 * (under the clerk-js adapter every `createdAt` is 0, so the tie-break decides).
 */
import type { PhoneNumber } from './types.ts';

type PhoneList = readonly PhoneNumber[];

const byId = (list: PhoneList, id: string) => list.find((p) => p.id === id);

/** Whether a number has completed verification. */
export function isVerified(phone: PhoneNumber): boolean {
  return phone.verification?.status === 'verified';
}

/** The numbers reserved for two-step verification other than `id`, in list order. */
export function otherReserved(list: PhoneList, id: string): PhoneNumber[] {
  return list.filter((p) => p.id !== id && p.reservedForSecondFactor);
}

/**
 * The number that inherits the default second factor when `id` is released or removed: `null` unless `id` is the
 * default and another number stays reserved; then the oldest of those by `createdAt`, then by `id` (so equal
 * timestamps, as under clerk-js, still give one answer).
 */
export function heirOfDefault(list: PhoneList, id: string): PhoneNumber | null {
  if (!byId(list, id)?.defaultSecondFactor) return null;
  return otherReserved(list, id).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))[0] ?? null;
}

/** Whether releasing or removing `id` hands the default to another number (its {@link heirOfDefault}). */
export function releaseMovesDefault(list: PhoneList, id: string): boolean {
  return heirOfDefault(list, id) !== null;
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
  return !!byId(list, id)?.reservedForSecondFactor && otherReserved(list, id).length === 0;
}

/**
 * Why turning a reserved number off deserves a warning: it is the last one (`last`), or it is the default and
 * `heir` takes over (`default`); `null` when it needs none.
 */
export type TurnOffWarning = { kind: 'last' } | { kind: 'default'; heir: PhoneNumber } | null;

/** The warning turning `id` off (releasing it from two-step verification) deserves, given the user's numbers. */
export function turnOffWarning(list: PhoneList, id: string): TurnOffWarning {
  if (isLastSecondFactor(list, id)) return { kind: 'last' };
  const heir = heirOfDefault(list, id);
  return heir ? { kind: 'default', heir } : null;
}

/** What removing a number costs the user, for the confirmation before it. */
export interface RemovalWarnings {
  /** The number is used for two-step verification. */
  twoStep: boolean;
  /** What losing it as a second factor costs, exactly as turning it off would: see {@link turnOffWarning}. */
  secondFactor: TurnOffWarning;
}

/** Which warnings removing `id` deserves, given the user's numbers. */
export function removalWarnings(list: PhoneList, id: string): RemovalWarnings {
  return { twoStep: !!byId(list, id)?.reservedForSecondFactor, secondFactor: turnOffWarning(list, id) };
}

/**
 * Whether, after the server accepted the release or removal of `id`, the cached list must be read again: releasing
 * or removing the default while other numbers stay reserved hands the default on, and the cache only guesses the
 * heir with {@link heirOfDefault}; the server's list says whom it chose. `before` is the list before the change.
 * (Reserving never needs it: the server's answer is the whole change.)
 */
export function needsRefetch(before: PhoneList | undefined, id: string): boolean {
  return releaseMovesDefault(before ?? [], id);
}
