/**
 * The support console's story plumbing: the real admin handler of `phone-number-kit/server`, run in the page (a demo
 * secret, a demo agent allowed everything), in front of the story's reference backend's Backend API. The same backend
 * serves the user's Frontend API, so what the console changes shows in the user's settings and the reverse. The
 * handler answers the console's requests through msw (stories) or as the adapter's `fetch` (browser tests).
 */
import { useState, type ReactNode } from 'react';
import { http } from 'msw';
import { QueryClient } from '@tanstack/react-query';
import type { Decorator, Loader } from '@storybook/react-vite';
import { createSupportAdapter } from '../../src/adapters/support/createSupportAdapter.ts';
import { SupportKitProvider } from '../../src/hooks/support/SupportKitProvider.tsx';
import { DEFAULT_ADMIN_BASE_PATH } from '../../src/model/admin.ts';
import { createPhoneNumberAdminHandler } from '../../src/server/createPhoneNumberAdminHandler.ts';
import { memoryBackendApi, type MemoryBackend, type MemoryBackendOptions } from '../../src/testing/index.ts';
import { storyBackend, withBackend } from './backend.tsx';

/** The demo's agent: allowed every operation. A real `authorize` reads the host's own session. */
const DEMO_AGENT = { id: 'agent_demo', operations: 'all' } as const;

const handlers = new WeakMap<MemoryBackend, (request: Request) => Promise<Response>>();

/** The admin handler in front of `backend`'s Backend API (one per backend). */
function demoAdminHandler(backend: MemoryBackend): (request: Request) => Promise<Response> {
  let handler = handlers.get(backend);
  if (!handler) {
    const api = memoryBackendApi(backend);
    // The memory backend's test key (sk_test_memory), never a real one: it stays in this page's memory.
    handler = createPhoneNumberAdminHandler({ secretKey: api.secretKey, apiUrl: api.apiUrl, fetch: api.fetch, authorize: () => DEMO_AGENT });
    handlers.set(backend, handler);
  }
  return handler;
}

/** A `fetch` for `createSupportAdapter` that hands each request to the handler in the page (no network, no msw). */
export function demoSupportFetch(backend: MemoryBackend): typeof globalThis.fetch {
  return async (input, init) => demoAdminHandler(backend)(new Request(new URL(String(input), window.location.href), init));
}

let active: MemoryBackend | null = null;

/** A loader: the story's reference backend (as `withBackend`), also behind the support handler. */
export function withSupportBackend(options: MemoryBackendOptions = {}): Loader {
  const load = withBackend(options);
  return async (context) => {
    const loaded = (await load(context)) as { backend: MemoryBackend };
    active = loaded.backend;
    return loaded;
  };
}

/** msw handlers: the support handler's routes on the page's origin, answered by the current story's backend. */
export const supportHandlers = [
  http.all(`*${DEFAULT_ADMIN_BASE_PATH}/*`, ({ request }) => (active ? demoAdminHandler(active)(request) : undefined)),
];

/** The support console's provider over the default base path (answered through msw) and a QueryClient of its own. */
export function DemoSupportProvider({ children, fetch }: { children: ReactNode; fetch?: typeof globalThis.fetch }) {
  const [adapter] = useState(() => createSupportAdapter({ fetch }));
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <SupportKitProvider adapter={adapter} queryClient={queryClient}>
      {children}
    </SupportKitProvider>
  );
}

/** Wraps a story in the support provider (the backend comes from `withSupportBackend`). */
export const SupportDecorator: Decorator = (Story, context) => {
  storyBackend(context.loaded);
  return (
    <DemoSupportProvider>
      <Story />
    </DemoSupportProvider>
  );
};
