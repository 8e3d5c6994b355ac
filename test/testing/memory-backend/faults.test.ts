/** Fault injection on the reference backend's HTTP face: seeded, per-kind, and off again on demand. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import { createClerkFrontendApiAdapter } from '../../../src/adapters/index.ts';
import { createMemoryBackend, type FaultOptions } from '../../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../../src/testing/msw.ts';
import { createFaultPlan, seededRandom } from '../../../src/testing/memory-backend/faults.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup(faults: FaultOptions, timeoutMs = 2_000) {
  const backend = createMemoryBackend({ code: '424242', faults });
  server.use(...createMemoryBackendHandlers(backend));
  const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: backend.frontendApiUrl, sessionId: backend.sessionId, timeoutMs });
  return { backend, adapter };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'ok',
    (error: { code: string }) => error.code,
  );
}

describe('fault injection', () => {
  it('is reproducible from its seed', async () => {
    const run = async (seed: number) => {
      const { adapter } = setup({ seed, serverErrorRate: 0.3, networkErrorRate: 0.2, malformedRate: 0.2 });
      const codes: string[] = [];
      for (let i = 0; i < 20; i++) codes.push(await codeOf(adapter.listPhoneNumbers()));
      server.resetHandlers();
      return codes;
    };
    const first = await run(7);
    expect(await run(7)).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(2);
    expect(await run(8)).not.toEqual(first);
  });

  it.each([
    ['serverErrorRate', 'internal_clerk_error'],
    ['networkErrorRate', 'network_error'],
    ['malformedRate', 'response_unparseable'],
    ['rateLimitRate', 'too_many_requests'],
  ] as const)('%s = 1 makes every answer fail with %s', async (rate, code) => {
    const { adapter } = setup({ seed: 1, [rate]: 1, retryAfterSeconds: [17, 17] });
    const error = await adapter.listPhoneNumbers().catch((e: unknown) => e);
    expect(error).toMatchObject({ code });
    if (rate === 'rateLimitRate') expect(error).toMatchObject({ status: 429, retryAfter: 17 });
  });

  it('a timeout outlasts the client, which gives up with request_timeout', async () => {
    const { adapter } = setup({ seed: 1, timeoutRate: 1, hangMs: 500 }, 50);
    await expect(adapter.listPhoneNumbers()).rejects.toMatchObject({ code: 'request_timeout' });
  });

  it('a lost answer may come after the change was made, as on a real network', async () => {
    let applied = 0;
    let notApplied = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const { backend, adapter } = setup({ seed, networkErrorRate: 1 });
      await expect(adapter.createPhoneNumber('+12015550123')).rejects.toMatchObject({ code: 'network_error' });
      if (backend.snapshot().phoneNumbers.length === 1) applied++;
      else notApplied++;
      server.resetHandlers();
    }
    expect(applied).toBeGreaterThan(0);
    expect(notApplied).toBeGreaterThan(0);
  });

  it('can be turned off, and never touches the direct adapter', async () => {
    const { backend, adapter } = setup({ seed: 1, serverErrorRate: 1 });
    await expect(backend.adapter.listPhoneNumbers()).resolves.toEqual([]);
    await expect(adapter.listPhoneNumbers()).rejects.toMatchObject({ code: 'internal_clerk_error' });
    backend.setFaults(null);
    await expect(adapter.listPhoneNumbers()).resolves.toEqual([]);
  });

  it('adds seeded latency within the range (on a fake clock)', async () => {
    vi.useFakeTimers();
    try {
      const plan = createFaultPlan({ seed: 3, latencyMs: [40, 60] });
      let done = false;
      const drawn = plan.next().then(() => (done = true));
      await vi.advanceTimersByTimeAsync(39);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(21);
      await drawn;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects rates outside 0–1', () => {
    expect(() => createMemoryBackend({ faults: { seed: 1, serverErrorRate: 2 } })).toThrow(RangeError);
  });

  it('the generator is deterministic and uniform enough for test data', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
