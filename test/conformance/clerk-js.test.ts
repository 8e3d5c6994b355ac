/** The conformance suite against the clerk-js adapter, over the in-memory fakes of clerk-js's user and session (test/support). */
import { describe, it } from 'vitest';
import { createClerkJsAdapter } from '../../src/clerk-js.ts';
import { describeAdapterConformance } from '../../src/testing/index.ts';
import { createFakeClerkSession } from '../support/fake-clerk-session.ts';
import { apiError, createFakeClerkUser } from '../support/fake-clerk-user.ts';

const CODE_LIFETIME_MS = 10 * 60_000;

describeAdapterConformance('the clerk-js adapter', { describe, it }, {
  setup() {
    const { user, backend } = createFakeClerkUser();
    const { session, verifier } = createFakeClerkSession(backend);
    return {
      adapter: createClerkJsAdapter(user, { session }),
      driver: {
        lastCode: (phone) => backend.lastCode(phone.id),
        expireCode: () => backend.advance(CODE_LIFETIME_MS + 1),
        authenticatorCode: () => backend.authenticatorCode(),
        password: () => 'demo-password',
        lastEmailCode: () => verifier.lastEmailCode(),
        requireReverification: () => void (backend.reverificationRequired = true),
        // What fetch throws offline. The fake does not retry, and the case only lists (`user.reload()`) meanwhile.
        dropConnection() {
          backend.failNext('user.reload', new TypeError('Failed to fetch'));
          return () => {};
        },
        // The fake has no resend limit: answer the way clerk-js reports Clerk's 429.
        rateLimitNextPrepare: () =>
          backend.failNext(
            'phoneNumber.prepareVerification',
            apiError(429, 'too_many_requests', 'Too many requests', 'Too many requests. Please try again later.', undefined, { retryAfter: 30 }),
          ),
      },
    };
  },
});
