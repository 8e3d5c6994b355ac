/**
 * In real Chromium: the Frontend API adapter's requests go through the browser's fetch and the msw service worker
 * to the reference backend, as in Storybook. Checks what jsdom cannot: real CORS-free form posts, credentials and
 * the service worker path.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { createClerkFrontendApiAdapter } from '../../src/adapters/index.ts';
import { createMemoryBackend } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';

const backend = createMemoryBackend({ code: '424242' });
const worker = setupWorker(...createMemoryBackendHandlers(backend));

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'error' });
});
afterAll(() => worker.stop());

it('runs the whole journey through the service worker', async () => {
  expect(navigator.serviceWorker.controller).not.toBeNull();
  const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: backend.frontendApiUrl, sessionId: backend.sessionId });
  expect(await adapter.listPhoneNumbers()).toEqual([]);
  const created = await adapter.createPhoneNumber('+12015550123');
  await adapter.prepareVerification(created.id);
  const code = backend.outbox.lastCodeFor(created.id);
  expect(code).toBe('424242');
  await expect(adapter.attemptVerification(created.id, '000000')).rejects.toMatchObject({ code: 'form_code_incorrect', field: 'code' });
  const verified = await adapter.attemptVerification(created.id, code!);
  expect(verified.verification?.status).toBe('verified');
  const reserved = await adapter.updatePhoneNumber(created.id, { reservedForSecondFactor: true });
  expect(reserved).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true });
  expect(reserved.backupCodes).toEqual(backend.snapshot().backupCodes?.codes);
  const codes = await adapter.createBackupCodes();
  expect(codes.codes).toEqual(backend.snapshot().backupCodes?.codes);
  await adapter.deletePhoneNumber(created.id);
  expect(await adapter.listPhoneNumbers()).toEqual([]);
});

it('maps a 429 with Retry-After from the worker', async () => {
  const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: backend.frontendApiUrl, sessionId: backend.sessionId });
  const created = await adapter.createPhoneNumber('+12015550124');
  await adapter.prepareVerification(created.id);
  const error = await adapter.prepareVerification(created.id).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'too_many_requests', status: 429 });
  expect((error as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
});
