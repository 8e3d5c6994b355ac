/** All three adapters say "aborted" the same way: the model's `abortedError`, with the signal's reason as cause. */
import { expect, it } from 'vitest';
import { createClerkFrontendApiAdapter } from '../../src/adapters/clerk-frontend-api/createClerkFrontendApiAdapter.ts';
import { createClerkJsAdapter } from '../../src/clerk-js.ts';
import type { PhoneNumberAdapter } from '../../src/adapters/types.ts';
import { abortedError } from '../../src/model/errors.ts';
import { createMemoryBackend } from '../../src/testing/index.ts';
import { createFakeClerkUser } from '../support/fake-clerk-user.ts';

const unreachable = () => Promise.reject(new Error('no request may be made'));

it.each<[string, () => PhoneNumberAdapter]>([
  ['Frontend API', () => createClerkFrontendApiAdapter({ frontendApiUrl: 'https://clerk.example.test', fetch: unreachable, sessionId: () => 'sess_1' })],
  ['clerk-js', () => createClerkJsAdapter(createFakeClerkUser({ phoneNumbers: [] }).user)],
  ['memory', () => createMemoryBackend().adapter],
])('the %s adapter rejects an aborted call with the one aborted error', async (_name, create) => {
  const reason = new Error('user left the page');
  const error = await create()
    .listPhoneNumbers({ signal: AbortSignal.abort(reason) })
    .catch((e: unknown) => e);
  const expected = abortedError(reason);
  expect(error).toMatchObject({ code: expected.code, message: expected.message, status: null, cause: reason });
});
