/** The conformance suite against the reference backend's direct adapter (no HTTP). */
import { describe, it } from 'vitest';
import { createMemoryBackend, describeAdapterConformance } from '../../src/testing/index.ts';

const CODE_LIFETIME_MS = 10 * 60_000;

describeAdapterConformance('the memory backend’s direct adapter', { describe, it }, {
  setup() {
    let time = Date.UTC(2026, 0, 1);
    const backend = createMemoryBackend({ now: () => time, codeLifetimeMs: CODE_LIFETIME_MS });
    return {
      adapter: backend.adapter,
      driver: {
        lastCode: (phone) => backend.outbox.lastCodeFor(phone.id),
        expireCode: () => void (time += CODE_LIFETIME_MS + 1),
        authenticatorCode: () => backend.authenticatorCode(),
        password: () => 'demo-password',
        lastEmailCode: () => backend.snapshot().emails.at(-1)?.code,
        requireReverification: () => backend.requireReverification(),
      },
    };
  },
  skip: { 'errors.network': 'the direct adapter makes no request, so there is no connection to drop' },
});
