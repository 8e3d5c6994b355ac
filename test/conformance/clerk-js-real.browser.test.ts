/**
 * The conformance suite against the clerk-js adapter over the REAL clerk-js (`@clerk/clerk-js/no-rhc`) in Chromium,
 * whose Frontend API is the reference backend served by the msw service worker (as in
 * test/adapters/clerk-js-real.browser.test.tsx). One Clerk instance for the file, as in an app; each case resets the
 * backend to an empty user and reloads clerk-js's user from it.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { Clerk } from '@clerk/clerk-js/no-rhc';
import { createClerkJsAdapter } from '../../src/clerk-js.ts';
import { createMemoryBackend, describeAdapterConformance } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';

const CODE_LIFETIME_MS = 10 * 60_000;
// The backend's clock follows the browser's (clerk-js checks its session tokens against it), moved on to expire codes.
let offsetMs = 0;
const backend = createMemoryBackend({ now: () => Date.now() + offsetMs, codeLifetimeMs: CODE_LIFETIME_MS });
let connected = true;
// A connection the driver can drop: while it is down every request to the backend fails as fetch does offline.
const worker = setupWorker(
  http.all(`${backend.frontendApiUrl}/*`, () => (connected ? undefined : HttpResponse.error())),
  ...createMemoryBackendHandlers(backend),
);
const clerk = new Clerk(`pk_test_${btoa(`${new URL(backend.frontendApiUrl).host}$`)}`);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  // Under automation (navigator.webdriver) clerk-js takes every failed request for "offline" and resolves it with
  // null, so the adapter would list stale numbers; this option makes it throw network_error, as apps can choose to.
  await clerk.load({ experimental: { rethrowOfflineNetworkErrors: true } });
}, 120_000);
afterAll(() => worker.stop());

describeAdapterConformance('the clerk-js adapter on real clerk-js', { describe, it }, {
  async setup() {
    backend.reset();
    const user = clerk.user;
    if (!user) throw new Error('clerk-js did not load signed in');
    await user.reload();
    return {
      // Type-checks only while clerk-js's own session type is assignable to ClerkSessionLike, as apps pass it.
      adapter: createClerkJsAdapter(user, { session: () => clerk.session }),
      driver: {
        lastCode: (phone) => backend.outbox.lastCodeFor(phone.id),
        expireCode: () => void (offsetMs += CODE_LIFETIME_MS + 1),
        authenticatorCode: () => backend.authenticatorCode(),
        password: () => 'demo-password',
        lastEmailCode: () => backend.snapshot().emails.at(-1)?.code,
        requireReverification: () => backend.requireReverification(),
        dropConnection() {
          connected = false;
          return () => void (connected = true);
        },
      },
    };
  },
});
