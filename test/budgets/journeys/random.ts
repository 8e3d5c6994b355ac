/**
 * Everything a journey draws from its seed: the fault rates, the account it starts with, and every choice the user
 * makes. One generator per journey, so `JOURNEY_SEED=<n>` replays the same journey exactly.
 */
import { seededRandom } from '../../../src/testing/memory-backend/faults.ts';
import type { FaultOptions, PhoneNumberSeed } from '../../../src/testing/index.ts';

export interface Rng {
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the items, each as likely as its weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
}

export function createRng(seed: number): Rng {
  const next = seededRandom(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('rng.pick: nothing to pick from');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return items[items.length - 1]![0];
    },
  };
  return rng;
}

/**
 * The client gives up after this long; an injected "timeout" hangs twice as long. Short, so journeys stay fast, yet
 * well above a busy event loop's delays, so no request that was not meant to time out does (journeys replay).
 */
export const CLIENT_TIMEOUT_MS = 150;

/** The SMS code the backend sends; any other six digits are wrong. */
export const RIGHT_CODE = '424242';

/** Seeded fault rates: some journeys on a clean network, most with a mix of every fault at up to ~40% per request. */
export function drawFaults(rng: Rng, seed: number): FaultOptions {
  const clean = rng.chance(0.08);
  const rate = (max: number) => (clean || rng.chance(0.25) ? 0 : rng.next() * max);
  return {
    seed: seed * 7919 + 17,
    latencyMs: [0, rng.int(0, 3)],
    serverErrorRate: rate(0.1),
    rateLimitRate: rate(0.08),
    networkErrorRate: rate(0.1),
    timeoutRate: rate(0.04),
    malformedRate: rate(0.08),
    // The Retry-After cooldown is waited on the journey's virtual clock, so it costs no wall time.
    retryAfterSeconds: [1, 2],
    hangMs: CLIENT_TIMEOUT_MS * 2,
  };
}

/** `+1 201 555 01xx`: valid for libphonenumber (unlike +1 555), and a pool of 100 distinct numbers. */
export function poolNumber(index: number): string {
  return `+120155501${String(index % 100).padStart(2, '0')}`;
}

/** The account a journey starts with: 0–3 numbers, some verified, SMS two-step on or off. */
export function drawAccount(rng: Rng, start: number): PhoneNumberSeed[] {
  const count = rng.weighted([
    [0, 1],
    [1, 3],
    [2, 3],
    [3, 2],
  ] as const);
  const first = rng.int(0, 99);
  const seeds: PhoneNumberSeed[] = [];
  for (let i = 0; i < count; i++) {
    const seed: PhoneNumberSeed = { id: `idn_seed${i}`, phoneNumber: poolNumber(first + i * 7), verified: rng.chance(0.7), createdAt: start - 1000 * (count - i) };
    // Some unverified numbers have a code on its way already (sent before the page opened).
    if (!seed.verified && rng.chance(0.5)) {
      seed.verification = { object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 0, expireAt: start + 10 * 60_000 };
      seed.code = RIGHT_CODE;
    }
    seeds.push(seed);
  }
  const verified = seeds.filter((s) => s.verified);
  if (verified.length > 0 && rng.chance(0.5)) {
    for (const seed of verified) seed.reservedForSecondFactor = seed === verified[0] || rng.chance(0.5);
    rng.pick(verified.filter((s) => s.reservedForSecondFactor)).defaultSecondFactor = true;
  }
  return seeds;
}
