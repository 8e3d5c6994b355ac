/** The conformance suite against the Frontend API adapter, over HTTP to the reference backend's msw handlers. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createClerkFrontendApiAdapter } from '../../src/adapters/clerk-frontend-api/createClerkFrontendApiAdapter.ts';
import { createMemoryBackend, describeAdapterConformance } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';

const CODE_LIFETIME_MS = 10 * 60_000;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describeAdapterConformance('the Frontend API adapter', { describe, it }, {
  setup() {
    let time = Date.UTC(2026, 0, 1);
    const backend = createMemoryBackend({ now: () => time, codeLifetimeMs: CODE_LIFETIME_MS });
    let connected = true;
    // Each case gets its own backend: only its handlers answer, behind a connection the driver can drop.
    server.resetHandlers(
      http.all(`${backend.frontendApiUrl}/*`, () => (connected ? undefined : HttpResponse.error())),
      ...createMemoryBackendHandlers(backend),
    );
    return {
      adapter: createClerkFrontendApiAdapter({ frontendApiUrl: backend.frontendApiUrl, sessionId: backend.sessionId }),
      driver: {
        lastCode: (phone) => backend.outbox.lastCodeFor(phone.id),
        expireCode: () => void (time += CODE_LIFETIME_MS + 1),
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
