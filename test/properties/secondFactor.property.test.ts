/**
 * The optimistic cache edits and the reference backend follow one second-factor rule. Random lists (often with
 * every `createdAt` equal, as under clerk-js where it is 0) go through random operations twice: through the
 * backend's engine, and through the list edits the hooks apply (src/core/cache.ts). After every step the
 * optimistic list must equal the backend's on what the user sees (ids, reserved, default, verified), the list
 * after the server's answer must too unless `needsRefetch` asks to read it again, and the warnings shown before a
 * removal or a turn-off must name the heir the backend then picks.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  removePhoneNumber,
  setDefaultSecondFactor,
  setReservedForSecondFactor,
  upsertPhoneNumber,
} from '../../src/core/cache.ts';
import { isVerified, needsRefetch, removalWarnings, turnOffWarning, type TurnOffWarning } from '../../src/model/secondFactor.ts';
import type { PhoneNumber } from '../../src/model/types.ts';
import { createEngine, type MemoryEngine } from '../../src/testing/memory-backend/engine.ts';
import type { PhoneNumberSeed } from '../../src/testing/memory-backend/options.ts';

const CODE = '424242';
/** Ids whose order differs from any list order the generator picks, so a tie-break by list position shows. */
const IDS = ['idn_d', 'idn_a', 'idn_e', 'idn_b', 'idn_c'];

type Operation =
  | { kind: 'reserve' | 'release' | 'makeDefault' | 'remove'; at: number }
  | { kind: 'addAndVerify' };

const likely = fc.constantFrom(true, true, true, false);

const seedArbitrary = fc
  .record({
    ids: fc.shuffledSubarray(IDS, { minLength: 2 }),
    // Small values make ties common; `allZero` is the clerk-js case.
    allZero: fc.boolean(),
    createdAt: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: IDS.length, maxLength: IDS.length }),
    // Mostly verified and reserved, so a default with several possible heirs is common.
    verified: fc.array(likely, { minLength: IDS.length, maxLength: IDS.length }),
    reserved: fc.array(likely, { minLength: IDS.length, maxLength: IDS.length }),
    defaultPick: fc.nat(),
  })
  .map(({ ids, allZero, createdAt, verified, reserved, defaultPick }): PhoneNumberSeed[] => {
    const seeds = ids.map((id, i) => ({
      id,
      phoneNumber: `+120155501${String(i).padStart(2, '0')}`,
      verified: verified[i]!,
      reservedForSecondFactor: verified[i]! && reserved[i]!,
      createdAt: allZero ? 0 : createdAt[i]!,
    }));
    const reservedSeeds = seeds.filter((s) => s.reservedForSecondFactor);
    const chosen = reservedSeeds[defaultPick % Math.max(reservedSeeds.length, 1)];
    return seeds.map((s) => ({ ...s, defaultSecondFactor: s === chosen }));
  });

const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('reserve', 'release', 'makeDefault', 'remove'), at: fc.nat() }),
  fc.constant({ kind: 'addAndVerify' as const }),
);

/** What the user sees of each number, in id order (the cache appends, the backend keeps creation order). */
function view(list: readonly PhoneNumber[]) {
  return [...list]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => ({ id: p.id, reserved: p.reservedForSecondFactor, default: p.defaultSecondFactor, verified: isVerified(p) }));
}

const defaultId = (list: readonly PhoneNumber[]) => list.find((p) => p.defaultSecondFactor)?.id ?? null;

interface Step {
  /** The list the hook shows at once. */
  optimistic: PhoneNumber[];
  /** The list once the server's answer is written in. */
  applied: PhoneNumber[];
  refetch: boolean;
  /** After a release or removal: the default the warnings promised (`null`: none left). */
  promisedDefault?: string | null;
}

/** The default a warning promises: its heir, none after the last second factor, else the current one stays. */
function promisedDefault(warning: TurnOffWarning, before: readonly PhoneNumber[]): string | null {
  return warning?.kind === 'default' ? warning.heir.id : warning?.kind === 'last' ? null : defaultId(before);
}

/** What the turn-off warning promises. */
function promisedByTurnOff(before: readonly PhoneNumber[], id: string): string | null {
  return promisedDefault(turnOffWarning(before, id), before);
}

/** What the removal warnings promise. */
function promisedByRemoval(before: readonly PhoneNumber[], id: string): string | null {
  return promisedDefault(removalWarnings(before, id).secondFactor, before);
}

/** Runs one operation on both sides, as the hooks would; `null` when it does not apply to the list. */
function run(engine: MemoryEngine, before: PhoneNumber[], op: Operation, added: number): Step | null {
  if (op.kind === 'addAndVerify') {
    const created = engine.create(`+120155501${10 + added}`); // 555-01xx: the fictional range
    engine.prepare(created.id);
    const verified = engine.attempt(created.id, CODE);
    const list = upsertPhoneNumber(upsertPhoneNumber(before, created), verified);
    return { optimistic: list, applied: list, refetch: false };
  }
  const target = before[op.at % Math.max(before.length, 1)];
  if (!target) return null;
  const id = target.id;
  switch (op.kind) {
    case 'reserve': {
      if (!isVerified(target)) return null;
      const optimistic = setReservedForSecondFactor(before, id, true);
      const answer = engine.update(id, { reservedForSecondFactor: true });
      return { optimistic, applied: upsertPhoneNumber(optimistic, answer), refetch: false };
    }
    case 'release': {
      if (!target.reservedForSecondFactor) return null;
      const promisedDefault = promisedByTurnOff(before, id);
      const optimistic = setReservedForSecondFactor(before, id, false);
      const answer = engine.update(id, { reservedForSecondFactor: false });
      return { optimistic, applied: upsertPhoneNumber(optimistic, answer), refetch: needsRefetch(before, id), promisedDefault };
    }
    case 'makeDefault': {
      if (!target.reservedForSecondFactor) return null;
      const optimistic = setDefaultSecondFactor(before, id);
      const answer = engine.update(id, { defaultSecondFactor: true });
      return { optimistic, applied: setDefaultSecondFactor(upsertPhoneNumber(optimistic, answer), answer.id), refetch: false };
    }
    case 'remove': {
      const promisedDefault = promisedByRemoval(before, id);
      const optimistic = removePhoneNumber(before, id);
      engine.remove(id);
      return { optimistic, applied: removePhoneNumber(optimistic, id), refetch: needsRefetch(before, id), promisedDefault };
    }
  }
}

describe('second-factor rules: optimistic cache edits against the reference backend', () => {
  it('agree after every step, and the warnings name the heir the backend picks', () => {
    fc.assert(
      fc.property(
        seedArbitrary,
        fc.constantFrom(0, 1, 2),
        fc.array(operationArbitrary, { maxLength: 16 }),
        (seeds, clock, operations) => {
          const engine = createEngine({ phoneNumbers: seeds, code: CODE, now: () => clock });
          let cache = engine.list();
          let added = 0;
          for (const op of operations) {
            const before = cache;
            const step = run(engine, before, op, added);
            if (op.kind === 'addAndVerify') added += 1;
            if (!step) continue;
            const server = engine.list();
            expect(view(step.optimistic), `optimistic after ${JSON.stringify(op)}`).toEqual(view(server));
            if (!step.refetch) expect(view(step.applied), `applied after ${JSON.stringify(op)}`).toEqual(view(server));
            // A warning that names an heir (or says two-step ends) must come true; no warning, no new default.
            if (step.promisedDefault !== undefined) expect(defaultId(server), `default after ${JSON.stringify(op)}`).toBe(step.promisedDefault);
            // The hook reads the list again when it must; otherwise it keeps what it wrote.
            cache = step.refetch ? server : step.applied;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('before any release or removal, the warnings name the default the backend then picks', () => {
    // Every number of every generated list, each on a fresh backend: denser than the random sequences above.
    fc.assert(
      fc.property(seedArbitrary, (seeds) => {
        const list = createEngine({ phoneNumbers: seeds }).list();
        for (const { id, reservedForSecondFactor } of list) {
          const removal = createEngine({ phoneNumbers: seeds });
          removal.remove(id);
          expect(defaultId(removal.list()), `default after removing ${id}`).toBe(promisedByRemoval(list, id));
          if (!reservedForSecondFactor) continue;
          const release = createEngine({ phoneNumbers: seeds });
          release.update(id, { reservedForSecondFactor: false });
          expect(defaultId(release.list()), `default after releasing ${id}`).toBe(promisedByTurnOff(list, id));
        }
      }),
      { numRuns: 300 },
    );
  });
});
