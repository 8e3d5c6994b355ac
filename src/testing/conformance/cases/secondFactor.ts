/** Two-step verification: reserving numbers, the default second factor and its heir, backup codes. */
import { check, checkEqual, show } from '../check.ts';
import type { CaseContext, ConformanceCase } from '../conformanceCase.ts';
import { checkBackupCodes, checkPhoneNumber } from '../shape.ts';
import { addSecondFactor, addVerified, list, listed, reserve } from '../steps.ts';

/** The ids of the listed numbers that are the default second factor: the contract allows at most one. */
async function defaults(context: CaseContext): Promise<string[]> {
  return (await list(context)).filter((p) => p.defaultSecondFactor).map((p) => p.id);
}

export const secondFactorCases: ConformanceCase[] = [
  {
    id: 'reserve',
    title: 'updatePhoneNumber reserves a verified number, and the first one reserved becomes the default',
    async run(context) {
      const phone = await reserve(context, await addVerified(context, context.numbers[0]));
      checkEqual(phone.defaultSecondFactor, true, 'the first reserved number: defaultSecondFactor');
      const shown = await listed(context, phone.id);
      check(shown.reservedForSecondFactor && shown.defaultSecondFactor, `the listed number should be reserved and the default, got ${show(shown)}`);
    },
  },
  {
    id: 'reserve.backupCodes',
    title: 'the answer that reserves the first second factor carries backup codes; later reservations and the list do not',
    async run(context) {
      const [a, b] = context.numbers;
      const first = await reserve(context, await addVerified(context, a));
      check(Array.isArray(first.backupCodes) && first.backupCodes.length > 0, `the first reservation should carry backupCodes, got ${show(first.backupCodes)}`);
      const second = await reserve(context, await addVerified(context, b));
      checkEqual(second.backupCodes, null, 'the second reservation: backupCodes');
      for (const phone of await list(context)) checkEqual(phone.backupCodes, null, `listed ${phone.id}: backupCodes`);
    },
  },
  {
    id: 'default',
    title: 'updatePhoneNumber makes another reserved number the one default second factor',
    async run(context) {
      const [a, b] = context.numbers;
      await addSecondFactor(context, a);
      const other = await addSecondFactor(context, b);
      const call = `updatePhoneNumber(${show(other.id)}, { defaultSecondFactor: true })`;
      const updated = checkPhoneNumber(await context.adapter.updatePhoneNumber(other.id, { defaultSecondFactor: true }), call);
      checkEqual(updated.defaultSecondFactor, true, `${call}.defaultSecondFactor`);
      checkEqual(show(await defaults(context)), show([other.id]), 'the listed default second factors');
    },
  },
  {
    id: 'remove.heir',
    title: 'deleting the default second factor makes another reserved number the default',
    async run(context) {
      const [a, b] = context.numbers;
      const first = await addSecondFactor(context, a);
      const heir = await addSecondFactor(context, b);
      checkEqual(show(await defaults(context)), show([first.id]), 'the listed default second factors before the deletion');
      await context.adapter.deletePhoneNumber(first.id);
      checkEqual(show(await defaults(context)), show([heir.id]), `the listed default second factors after deleting ${first.id}`);
    },
  },
  {
    id: 'backupCodes',
    title: 'createBackupCodes resolves with a new set of codes each time',
    async run(context) {
      await addSecondFactor(context, context.numbers[0]);
      const first = checkBackupCodes(await context.adapter.createBackupCodes(), 'createBackupCodes()');
      const second = checkBackupCodes(await context.adapter.createBackupCodes(), 'createBackupCodes() a second time');
      check(show(second.codes) !== show(first.codes), `a new set must replace the old one, got the same codes twice: ${show(first.codes)}`);
    },
  },
];
