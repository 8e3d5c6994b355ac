/**
 * `memoryBackendApi(backend)`: the reference backend's Backend API face, for `phone-number-kit/server` in tests,
 * demos and the example server. msw-free; `phone-number-kit/testing/msw` serves the same routes through msw.
 */
import { backendInternals } from './backendInternals.ts';
import { createBackendApiFetch, MEMORY_BACKEND_USER_ID, type BackendApiFetch } from './backendApiHandlers.ts';

/** Where and how to reach a memory backend as Clerk's Backend API. */
export interface MemoryBackendApi {
  /** The `apiUrl` to give `createPhoneNumberAdminHandler` (the backend's `backendApiUrl` option). */
  readonly apiUrl: string;
  /** The secret key it requires (the `secretKey` option; default `sk_test_memory`). A test value, never a real key. */
  readonly secretKey: string;
  /** The backend's one user's id. */
  readonly userId: string;
  /**
   * A `fetch` that answers requests to `apiUrl` in-process (no network); any other URL rejects with a TypeError,
   * like a network error. Pass it as the handler's `fetch` option.
   */
  readonly fetch: typeof globalThis.fetch;
  /** The raw handler: a Backend API `Request` in, a `Response` out. */
  readonly handle: BackendApiFetch;
}

const apis = new WeakMap<object, MemoryBackendApi>();

/**
 * The Backend API of `backend`, over the same state as its Frontend API handlers and direct adapter.
 *
 * @example
 * const backend = createMemoryBackend({ code: '424242' });
 * const api = memoryBackendApi(backend);
 * const handler = createPhoneNumberAdminHandler({ secretKey: api.secretKey, apiUrl: api.apiUrl, fetch: api.fetch, authorize });
 *
 * @throws TypeError when `backend` was not made by `createMemoryBackend`.
 */
export function memoryBackendApi(backend: object): MemoryBackendApi {
  let api = apis.get(backend);
  if (!api) {
    const { engine } = backendInternals(backend);
    const handle = createBackendApiFetch(engine);
    const apiUrl = engine.config.backendApiUrl;
    const fetchImpl: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.url !== apiUrl && !request.url.startsWith(`${apiUrl}/`)) throw new TypeError(`memoryBackendApi: no route to ${new URL(request.url).origin}`);
      return handle(request);
    };
    api = { apiUrl, secretKey: engine.config.secretKey, userId: MEMORY_BACKEND_USER_ID, fetch: fetchImpl, handle };
    apis.set(backend, api);
  }
  return api;
}
