/**
 * Fault injection for the HTTP face of the reference backend: seeded, so a failing run can be replayed. Each
 * request draws at most one fault; faults that lose the answer (network error, malformed body) may strike before
 * or after the change is applied, as real networks do. The plan is plain data and dice, with no msw; only the
 * HTTP rendering of a fault (`faultResponse.ts`, in `phone-number-kit/testing/msw`) needs msw.
 */

/** How often each fault strikes (0–1 each, drawn per request) and how. */
export interface FaultOptions {
  /** Seed of the random sequence; the same seed and requests give the same faults. */
  seed: number;
  /** Extra latency per request, drawn uniformly from [min, max] ms. Default none. */
  latencyMs?: readonly [number, number];
  /** 500 `internal_clerk_error`. */
  serverErrorRate?: number;
  /** 429 `too_many_requests` with `Retry-After`. */
  rateLimitRate?: number;
  /** The connection fails (`fetch` rejects). */
  networkErrorRate?: number;
  /** No answer for `hangMs` (the client's timeout fires first). */
  timeoutRate?: number;
  /** A 200 whose body is not JSON. */
  malformedRate?: number;
  /** `Retry-After` seconds for injected 429s, drawn from [min, max]. Default [1, 30]. */
  retryAfterSeconds?: readonly [number, number];
  /** How long a "timeout" hangs. Default 60 000 ms. */
  hangMs?: number;
}

/** What the dice decided for one request. */
export type Fault =
  | { kind: 'none' }
  | { kind: 'serverError' | 'rateLimit' | 'timeout'; when: 'before' }
  | { kind: 'networkError' | 'malformed'; when: 'before' | 'after' };

/** A small seeded PRNG (mulberry32): fast, good enough for test data, and the same on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultPlan {
  options: FaultOptions;
  /** Draws this request's fault and waits its latency. */
  next(): Promise<Fault>;
  /** Draws the `Retry-After` seconds of an injected 429 (from the same sequence, so replays stay exact). */
  retryAfterSeconds(): number;
  /** How long an injected timeout hangs, in ms. */
  readonly hangMs: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function check(name: string, rate: number | undefined): number {
  const value = rate ?? 0;
  if (!(value >= 0 && value <= 1)) throw new RangeError(`createMemoryBackend: faults.${name} must be between 0 and 1, got ${rate}`);
  return value;
}

/** Creates the fault sequence for the given options. */
export function createFaultPlan(options: FaultOptions): FaultPlan {
  const random = seededRandom(options.seed);
  const between = ([min, max]: readonly [number, number]) => min + random() * (max - min);
  const rates = [
    ['serverError', check('serverErrorRate', options.serverErrorRate)],
    ['rateLimit', check('rateLimitRate', options.rateLimitRate)],
    ['networkError', check('networkErrorRate', options.networkErrorRate)],
    ['timeout', check('timeoutRate', options.timeoutRate)],
    ['malformed', check('malformedRate', options.malformedRate)],
  ] as const;

  return {
    options,
    async next() {
      if (options.latencyMs) await sleep(Math.round(between(options.latencyMs)));
      const roll = random();
      let edge = 0;
      for (const [kind, rate] of rates) {
        edge += rate;
        if (roll < edge) {
          if (kind === 'networkError' || kind === 'malformed') return { kind, when: random() < 0.5 ? 'before' : 'after' };
          return { kind, when: 'before' };
        }
      }
      return { kind: 'none' };
    },
    retryAfterSeconds: () => Math.round(between(options.retryAfterSeconds ?? [1, 30])),
    hangMs: options.hangMs ?? 60_000,
  };
}
