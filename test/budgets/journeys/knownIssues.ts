/**
 * Kit bugs the journeys found whose fix belongs to files others own (see the report of the fault-journeys task).
 * A journey that hits one records it here instead of failing, the test file prints every hit with its seed, and
 * `JOURNEY_STRICT=1` makes them fail like any other check. Delete an entry once its bug is fixed.
 */
import type { PhoneNumberAdapter } from '../../../src/adapters/types.ts';

export const KNOWN_ISSUES = {
  silentLastSwitchFailure:
    'Turning off the last two-step number from its switch fails without a word: the optimistic list says "off", so ' +
    'SmsTwoFactorSection swaps the on-view (and DefaultSecondFactor with its failure state) for the off-view; the ' +
    'rollback brings back a fresh DefaultSecondFactor that does not know the change failed.',
  emptyListErrorDropsForm:
    'With no numbers listed, a failed background read of the list (e.g. the re-read after a lost answer) turns ' +
    'PhoneNumbersSection and SmsTwoFactorSection into their "could not be loaded" state (error && phoneNumbers.length ' +
    '=== 0), which unmounts the open add form: the typed number and the add failure message are gone.',
} as const;

export type KnownIssue = keyof typeof KNOWN_ISSUES;

/** The calls whose failure a known issue leaves untold. */
export const SILENCED: Record<KnownIssue, ReadonlyArray<keyof PhoneNumberAdapter>> = {
  silentLastSwitchFailure: ['updatePhoneNumber'],
  emptyListErrorDropsForm: ['createPhoneNumber', 'prepareVerification'],
};

const strict = process.env['JOURNEY_STRICT'] === '1';

/** Every hit in this run, for the summary the test file prints. */
export const knownIssueHits: Array<{ issue: KnownIssue; seed: number; detail: string }> = [];

/** Records a hit, or fails with JOURNEY_STRICT=1. */
export function tolerate(issue: KnownIssue, seed: number, detail: string): void {
  if (strict) throw new Error(`known kit bug "${issue}" (${detail}): ${KNOWN_ISSUES[issue]}`);
  knownIssueHits.push({ issue, seed, detail });
}
