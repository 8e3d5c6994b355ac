/**
 * The reference backend's account flags follow the model's rules whatever the user does: random sequences of
 * enrolling, removing and half-enrolling the authenticator app and reserving or releasing numbers go through the
 * engine, and after every step the account it reports must agree with `isTwoFactorEnabled`, backup codes must
 * exist exactly while a second factor does (after the first one issued them), and `totpRemovalOutcome` computed
 * before a removal must describe what the backend then reports.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTwoFactorEnabled, totpRemovalOutcome } from '../../src/model/signInOrder.ts';
import { createEngine, type MemoryEngine } from '../../src/testing/memory-backend/engine.ts';

const IDS = ['idn_a', 'idn_b', 'idn_c'];

type Operation = { kind: 'createTotp' | 'verifyTotp' | 'deleteTotp' } | { kind: 'reserve' | 'release'; at: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.constantFrom<Operation>({ kind: 'createTotp' }, { kind: 'verifyTotp' }, { kind: 'deleteTotp' }),
  fc.record({ kind: fc.constantFrom('reserve' as const, 'release' as const), at: fc.nat({ max: IDS.length - 1 }) }),
);

function apply(engine: MemoryEngine, op: Operation): void {
  try {
    if (op.kind === 'reserve' || op.kind === 'release') engine.update(IDS[op.at]!, { reservedForSecondFactor: op.kind === 'reserve' });
    else if (op.kind === 'createTotp') engine.createTotp();
    else if (op.kind === 'verifyTotp') engine.verifyTotp(engine.authenticatorCode() ?? '000000');
    else engine.deleteTotp();
  } catch {
    // Refusals (no app to verify or delete, one already enabled) are part of the sequence; the state must stay sound.
  }
}

describe('account flags against the model (property)', () => {
  it('two-step, the authenticator app and backup codes stay consistent through any sequence', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 12 }), (ops) => {
        const engine = createEngine({ code: '424242', now: () => Date.UTC(2026, 0, 1), phoneNumbers: IDS.map((id, i) => ({ id, phoneNumber: `+1201555010${i}`, verified: true })) });
        for (const op of ops) {
          const before = engine.accountSecurity();
          const outcome = totpRemovalOutcome(before, engine.list());
          apply(engine, op);
          const account = engine.accountSecurity();
          const { authenticatorApp, backupCodes } = engine.snapshot();
          expect(account.totpEnabled).toBe(authenticatorApp?.verified === true);
          expect(account.twoFactorEnabled).toBe(isTwoFactorEnabled(account.totpEnabled, engine.list()));
          if (!account.twoFactorEnabled) expect(backupCodes).toBeNull();
          if (account.twoFactorEnabled && !before.twoFactorEnabled) expect(backupCodes).not.toBeNull();
          if (op.kind === 'deleteTotp' && before.totpEnabled) {
            expect(account.twoFactorEnabled).toBe(outcome.twoFactorEnabled);
            expect(account.backupCodeEnabled).toBe(outcome.backupCodesRemain);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
