/**
 * Seeded fault-injection journeys on the whole account-settings page (both sections, as the demo renders them),
 * over the reference backend's faulty network (latency, 5xx, 429 with Retry-After, network errors before or after
 * the change, timeouts, malformed bodies). Each journey is a random run of user actions driven by label and visible
 * text (fireEvent, for speed); for every one: no unhandled error or rejection, no console.error, no error boundary
 * hit, nothing the user typed is lost, every failure is told to the user in the catalog's words, and once the
 * network is quiet (faults off, "Try again" pressed where the kit offers it) the page shows exactly the backend's
 * numbers, their verified / two-step / default status, and the two-step status line.
 *
 * `JOURNEYS=<n>` runs n journeys (default 300); `JOURNEY_SEED=<n>` replays that one journey alone;
 * `JOURNEY_DEBUG=1` prints every journey's steps with their CPU time.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { setupServer } from 'msw/node';
// The sections load their add and code steps on first use; loading them here keeps that off every journey's clock.
import '../../src/components/common/steps.ts';
import { loadPhoneLibrary } from '../../src/components/AddPhoneNumber/loadPhoneLibrary.ts';
import '../../src/components/ReverificationDialog/ReverificationDialog.tsx';
import '../../src/components/AuthenticatorAppSection/EnrollStep.tsx';
import { createClerkFrontendApiAdapter } from '../../src/adapters/index.ts';
import { createMemoryBackend } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';
import { runJourney } from './journeys/runJourney.ts';
import { installStyleCache } from './journeys/styleCache.ts';

const server = setupServer();
let removeStyleCache = () => {};
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  removeStyleCache = installStyleCache();
  // The first request through msw is slow (lazy setup); taken here, it cannot time out the first journey's.
  const backend = createMemoryBackend();
  server.use(...createMemoryBackendHandlers(backend));
  await createClerkFrontendApiAdapter({ frontendApiUrl: backend.frontendApiUrl, sessionId: backend.sessionId }).listPhoneNumbers();
  await loadPhoneLibrary();
});
afterAll(() => {
  removeStyleCache();
  server.close();
});

const replay = process.env['JOURNEY_SEED'];
const count = Number(process.env['JOURNEYS'] ?? 300);
const seeds = replay !== undefined ? [Number(replay)] : Array.from({ length: count }, (_, index) => index + 1);

describe('fault-injection journeys', () => {
  for (const seed of seeds) {
    it(`journey ${seed}`, { timeout: 60_000 }, () => runJourney(server, seed));
  }
});
