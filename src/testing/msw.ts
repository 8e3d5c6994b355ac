/**
 * phone-number-kit/testing/msw: the reference backend served over HTTP as Clerk's Frontend API, as msw handlers.
 * An entry of its own because msw is an optional peer: `phone-number-kit/testing` works without it.
 */
import { http, type HttpHandler } from 'msw';
import type { MemoryBackend } from './memory-backend/createMemoryBackend.ts';
import { backendInternals } from './memory-backend/backendInternals.ts';
import { createMemoryHandlers } from './memory-backend/handlers.ts';
import { memoryBackendApi } from './memory-backend/backendApi.ts';

// One list per backend, as its one client id ("one browser, one client") requires.
const handlersByBackend = new WeakMap<MemoryBackend, HttpHandler[]>();

/**
 * msw handlers that serve `backend` in the Frontend API's wire format: `${frontendApiUrl}/v1/me/phone_numbers`,
 * `…/:id` (GET, PATCH, DELETE, and `POST ?_method=`), `…/:id/prepare_verification`, `…/:id/attempt_verification`
 * and `/v1/me/backup_codes`, `/v1/me` (GET, PATCH: the two-step flags and the primary number) and `/v1/me/totp` (POST,
 * DELETE, `…/attempt_verification`: the authenticator app); plus what clerk-js loads signed in with (`/v1/environment`, `/v1/client`, session touch
 * and tokens, `/v1/dev_browser`, `GET /v1/me`), so a real `Clerk` whose publishable key names `frontendApiUrl`
 * (`pk_test_` + base64 of `<host>$`) comes up signed in as the backend's user; and the Backend API routes
 * `phone-number-kit/server` calls, under `backendApiUrl` (see `memoryBackendApi`). They share the backend's state with
 * its direct adapter; the phone-number, backup-code and account routes apply its fault mode (`faults` option, `setFaults`).
 * The same backend always gets the same list, so calling this per request is cheap.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createMemoryBackend } from 'phone-number-kit/testing';
 * import { createMemoryBackendHandlers } from 'phone-number-kit/testing/msw';
 *
 * const backend = createMemoryBackend({ code: '424242' });
 * const server = setupServer(...createMemoryBackendHandlers(backend));
 *
 * @throws TypeError when `backend` was not made by `createMemoryBackend`.
 */
export function createMemoryBackendHandlers(backend: MemoryBackend): HttpHandler[] {
  let handlers = handlersByBackend.get(backend);
  if (!handlers) {
    const { engine, faults } = backendInternals(backend);
    const backendApi = memoryBackendApi(backend);
    handlers = [
      ...createMemoryHandlers(engine, faults),
      // The Backend API (`phone-number-kit/server`'s upstream), over the same state.
      http.all(`${backendApi.apiUrl}/v1/*`, ({ request }) => backendApi.handle(request)),
    ];
    handlersByBackend.set(backend, handlers);
  }
  return handlers;
}
