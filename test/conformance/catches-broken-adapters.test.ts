/**
 * The suite can fail: run against deliberately broken adapters (wrapping the reference backend's), it reports
 * exactly the cases they break, and it reports skipped cases as skipped. The suite is registered into a recording
 * runner here, so its failures are data to check rather than failures of this file.
 */
import { describe, expect, it } from 'vitest';
import type { PhoneNumberAdapter } from '../../src/adapters/types.ts';
import {
  createMemoryBackend,
  describeAdapterConformance,
  type AdapterConformanceDriver,
  type AdapterConformanceOptions,
  type ConformanceTestApi,
  type MemoryBackend,
} from '../../src/testing/index.ts';

type Outcome = 'passed' | 'failed' | 'skipped';
interface Result {
  id: string;
  outcome: Outcome;
  error?: string;
}

/** Registers the suite into a runner that records it, runs every test, and reports each case's outcome. */
async function runSuite(options: AdapterConformanceOptions): Promise<Result[]> {
  const tests: { name: string; body: () => Promise<void>; skipped: boolean }[] = [];
  const runner: ConformanceTestApi = {
    describe: (_name, body) => body(),
    it: Object.assign((name: string, body: () => Promise<void>) => void tests.push({ name, body, skipped: false }), {
      skip: (name: string, body: () => Promise<void>) => void tests.push({ name, body, skipped: true }),
    }),
  };
  describeAdapterConformance('recorded', runner, options);
  const results: Result[] = [];
  for (const test of tests) {
    const id = test.name.slice(0, test.name.indexOf(':'));
    if (test.skipped) {
      results.push({ id, outcome: 'skipped' });
      continue;
    }
    try {
      await test.body();
      results.push({ id, outcome: 'passed' });
    } catch (error) {
      results.push({ id, outcome: 'failed', error: String(error) });
    }
  }
  return results;
}

const ids = (results: Result[], outcome: Outcome) => results.filter((r) => r.outcome === outcome).map((r) => r.id);

/** A reference backend whose adapter `breakAdapter` wraps; the driver reads the real backend. */
function options(breakAdapter: (adapter: PhoneNumberAdapter, backend: MemoryBackend) => PhoneNumberAdapter, driver: Partial<AdapterConformanceDriver> = {}): AdapterConformanceOptions {
  return {
    setup() {
      let time = Date.UTC(2026, 0, 1);
      const backend = createMemoryBackend({ now: () => time });
      return {
        adapter: breakAdapter(backend.adapter, backend),
        driver: {
          lastCode: (phone) => backend.outbox.lastCodeFor(phone.id),
          expireCode: () => void (time += 60 * 60_000),
          authenticatorCode: () => backend.authenticatorCode(),
          password: () => 'demo-password',
          lastEmailCode: () => backend.snapshot().emails.at(-1)?.code,
          requireReverification: () => backend.requireReverification(),
          ...driver,
        },
      };
    },
    skip: { 'errors.network': 'no connection to drop' },
  };
}

/** Every method of `adapter`, rejecting with a plain `Error` where it would reject with a `PhoneKitError`. */
function throwingPlainErrors(adapter: PhoneNumberAdapter): PhoneNumberAdapter {
  const plain = (error: unknown) => Promise.reject(new Error((error as Error).message));
  return {
    listPhoneNumbers: (o) => adapter.listPhoneNumbers(o).catch(plain),
    createPhoneNumber: (n, o) => adapter.createPhoneNumber(n, o).catch(plain),
    prepareVerification: (id, o) => adapter.prepareVerification(id, o).catch(plain),
    attemptVerification: (id, c, o) => adapter.attemptVerification(id, c, o).catch(plain),
    updatePhoneNumber: (id, ch, o) => adapter.updatePhoneNumber(id, ch, o).catch(plain),
    deletePhoneNumber: (id, o) => adapter.deletePhoneNumber(id, o).catch(plain),
    createBackupCodes: (o) => adapter.createBackupCodes(o).catch(plain),
    getAccountSecurity: (o) => adapter.getAccountSecurity(o).catch(plain),
    setPrimaryPhoneNumber: (id, o) => adapter.setPrimaryPhoneNumber(id, o).catch(plain),
    createTotp: (o) => adapter.createTotp(o).catch(plain),
    verifyTotp: (c, o) => adapter.verifyTotp(c, o).catch(plain),
    deleteTotp: (o) => adapter.deleteTotp(o).catch(plain),
    startReverification: (l, o) => adapter.startReverification(l, o).catch(plain),
    prepareReverification: (s, f, o) => adapter.prepareReverification(s, f, o).catch(plain),
    attemptReverification: (a, o) => adapter.attemptReverification(a, o).catch(plain),
  };
}

describe('the conformance suite', () => {
  it('passes the reference adapter, reporting the opted-out case as skipped', async () => {
    const results = await runSuite(options((adapter) => adapter));
    expect(ids(results, 'failed')).toEqual([]);
    expect(ids(results, 'skipped')).toEqual(['errors.network']);
    expect(ids(results, 'passed')).toHaveLength(30);
  });

  it('fails an adapter that accepts any code on the wrong-code and too-many-attempts cases', async () => {
    const acceptsAnyCode = (adapter: PhoneNumberAdapter, backend: MemoryBackend): PhoneNumberAdapter => ({
      ...adapter,
      attemptVerification: (id, code, o) => adapter.attemptVerification(id, backend.outbox.lastCodeFor(id) ?? code, o),
    });
    const results = await runSuite(options(acceptsAnyCode));
    expect(ids(results, 'failed')).toEqual(['attempt.wrong', 'attempt.tooMany']);
    expect(results.find((r) => r.id === 'attempt.wrong')?.error).toMatch(/ConformanceFailure: attemptVerification with a wrong code should have rejected, but resolved with/);
  });

  it('fails an adapter that rejects with plain Errors on every case that provokes a refusal', async () => {
    const results = await runSuite(options(throwingPlainErrors));
    expect(ids(results, 'failed')).toEqual([
      'create.invalid',
      'create.duplicate',
      'attempt.wrong',
      'attempt.expired',
      'attempt.tooMany',
      'retryAfter',
      'totp.wrong',
      'primary.unverified',
      'reverify.password',
      'reverify.email',
      'reverify.phone',
      'reverify.multiFactor',
      'reverify.unlocks',
      'errors.typed',
      'abort',
    ]);
    for (const result of results.filter((r) => r.outcome === 'failed')) expect(result.error).toMatch(/must reject with a PhoneKitError only, but rejected with Error: /);
  });

  it('fails an adapter that accepts any authenticator code, and one that never reports the app as enabled', async () => {
    const acceptsAnyTotp = (adapter: PhoneNumberAdapter, backend: MemoryBackend): PhoneNumberAdapter => ({
      ...adapter,
      verifyTotp: (code, o) => adapter.verifyTotp(backend.authenticatorCode() ?? code, o),
    });
    const lenient = await runSuite(options(acceptsAnyTotp));
    expect(ids(lenient, 'failed')).toEqual(['totp.wrong']);
    expect(lenient.find((r) => r.id === 'totp.wrong')?.error).toMatch(/verifyTotp\(<a wrong code>\) should have rejected/);

    const stale = (adapter: PhoneNumberAdapter): PhoneNumberAdapter => ({
      ...adapter,
      getAccountSecurity: async (o) => ({ ...(await adapter.getAccountSecurity(o)), totpEnabled: false, twoFactorEnabled: false }),
    });
    expect(ids(await runSuite(options(stale)), 'failed')).toEqual(['totp.enroll']);
  });

  it('fails an adapter that accepts any password or code when re-verifying', async () => {
    const acceptsAnything = (adapter: PhoneNumberAdapter, backend: MemoryBackend): PhoneNumberAdapter => ({
      ...adapter,
      attemptReverification: (attempt, o) => {
        if (attempt.strategy === 'password') return adapter.attemptReverification({ ...attempt, password: 'demo-password' }, o);
        const sent = attempt.strategy === 'email_code' ? backend.snapshot().emails.at(-1)?.code : backend.snapshot().outbox.at(-1)?.code;
        return adapter.attemptReverification({ ...attempt, code: sent ?? attempt.code }, o);
      },
    });
    const results = await runSuite(options(acceptsAnything));
    expect(ids(results, 'failed')).toEqual(['reverify.password', 'reverify.email', 'reverify.phone', 'reverify.multiFactor']);
    expect(results.find((r) => r.id === 'reverify.password')?.error).toMatch(/attemptReverification with a wrong password should have rejected/);
    expect(results.find((r) => r.id === 'reverify.email')?.error).toMatch(/code: <a wrong code> \}\) should have rejected/);
  });

  it('fails an adapter that drops the offered factors, and one that says complete without asking the server', async () => {
    const noFactors = (adapter: PhoneNumberAdapter): PhoneNumberAdapter => ({
      ...adapter,
      startReverification: async (level, o) => ({ ...(await adapter.startReverification(level, o)), firstFactors: [], secondFactors: [] }),
    });
    const dropped = await runSuite(options(noFactors));
    expect(ids(dropped, 'failed')).toEqual(['reverify.start', 'reverify.email', 'reverify.phone', 'reverify.multiFactor', 'reverify.unlocks']);
    expect(dropped.find((r) => r.id === 'reverify.start')?.error).toMatch(/should offer at least one first factor, got none/);

    const claimsComplete = (adapter: PhoneNumberAdapter): PhoneNumberAdapter => ({
      ...adapter,
      attemptReverification: async (attempt) => ({
        status: 'complete',
        level: attempt.stage === 'first' ? 'first_factor' : 'second_factor',
        firstFactors: [],
        secondFactors: [],
      }),
    });
    const claimed = await runSuite(options(claimsComplete));
    // It ignores the call's signal as well, so `abort` catches it too.
    expect(ids(claimed, 'failed')).toEqual(['reverify.password', 'reverify.email', 'reverify.phone', 'reverify.multiFactor', 'reverify.unlocks', 'abort']);
    expect(claimed.find((r) => r.id === 'abort')?.error).toMatch(/attemptReverification\(.*\) with an aborted signal should have rejected/);
    expect(claimed.find((r) => r.id === 'reverify.unlocks')?.error).toMatch(/should go through once the re-verification is complete, but rejected with PhoneKitError/);
  });

  it('fails an adapter whose first reservation drops the backup codes', async () => {
    const dropsBackupCodes = (adapter: PhoneNumberAdapter): PhoneNumberAdapter => ({
      ...adapter,
      updatePhoneNumber: async (id, changes, o) => ({ ...(await adapter.updatePhoneNumber(id, changes, o)), backupCodes: null }),
    });
    const results = await runSuite(options(dropsBackupCodes));
    expect(ids(results, 'failed')).toEqual(['reserve.backupCodes']);
  });

  it('fails a case whose driver method is missing, naming it, unless the case is skipped', async () => {
    const results = await runSuite(options((adapter) => adapter, { expireCode: undefined }));
    expect(ids(results, 'failed')).toEqual(['attempt.expired']);
    expect(results.find((r) => r.id === 'attempt.expired')?.error).toMatch(/needs driver\.expireCode\(\); implement it, or skip the case/);
  });

  it('refuses to skip a case that does not exist', () => {
    const runner: ConformanceTestApi = { describe: () => {}, it: Object.assign(() => {}, { skip: () => {} }) };
    expect(() => describeAdapterConformance('typo', runner, { ...options((adapter) => adapter), skip: { 'attempt.expird': 'typo' } as never })).toThrow(
      new TypeError("describeAdapterConformance: no case named 'attempt.expird' to skip"),
    );
  });
});
