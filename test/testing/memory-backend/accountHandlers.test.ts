/** The account routes of the reference backend's HTTP face: faults apply to them as to the phone routes, and `_method` tunnelling works. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createClerkFrontendApiAdapter } from '../../../src/adapters/index.ts';
import { createMemoryBackend } from '../../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../../src/testing/msw.ts';
import { NUMBER_A } from './fixtures.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup() {
  const backend = createMemoryBackend({ phoneNumbers: [{ id: 'idn_a', phoneNumber: NUMBER_A, verified: true }] });
  server.use(...createMemoryBackendHandlers(backend));
  // Method tunnelling on (the default): PATCH /v1/me and DELETE /v1/me/totp go as POST ?_method=….
  const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: backend.frontendApiUrl, sessionId: backend.sessionId, timeoutMs: 2_000 });
  return { backend, adapter };
}

describe('account routes over HTTP', () => {
  it('serve the whole enrollment and the primary number through the Frontend API adapter', async () => {
    const { backend, adapter } = setup();
    await adapter.createTotp();
    expect((await adapter.verifyTotp(backend.authenticatorCode()!)).backupCodes).toHaveLength(10);
    expect(await adapter.setPrimaryPhoneNumber('idn_a')).toMatchObject({ primaryPhoneNumberId: 'idn_a', totpEnabled: true, twoFactorEnabled: true });
    await adapter.deleteTotp();
    expect(await adapter.getAccountSecurity()).toMatchObject({ totpEnabled: false, twoFactorEnabled: false, backupCodeEnabled: false });
  });

  it('get the injected server errors and lost connections, and a change behind a 500 is not made', async () => {
    const { backend, adapter } = setup();
    backend.setFaults({ seed: 1, serverErrorRate: 1 });
    for (const call of [adapter.getAccountSecurity(), adapter.setPrimaryPhoneNumber('idn_a'), adapter.createTotp(), adapter.verifyTotp('123456'), adapter.deleteTotp()]) {
      await expect(call).rejects.toMatchObject({ code: 'internal_clerk_error', status: 500 });
    }
    expect(backend.snapshot()).toMatchObject({ authenticatorApp: null, primaryPhoneNumberId: null });

    backend.setFaults({ seed: 1, networkErrorRate: 1 });
    await expect(adapter.getAccountSecurity()).rejects.toMatchObject({ code: 'network_error' });
    backend.setFaults(null);
    await expect(adapter.getAccountSecurity()).resolves.toMatchObject({ totpEnabled: false });
  });
});
