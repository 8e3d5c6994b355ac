/**
 * A test harness for the hooks: the reference backend served over msw, the real Frontend API adapter in front of
 * it, a fresh QueryClient, and a log of every request, as a browser would send them.
 */
import { StrictMode, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { SetupServer } from 'msw/node';
import { createClerkFrontendApiAdapter } from '../../src/adapters/clerk-frontend-api/createClerkFrontendApiAdapter.ts';
import { PhoneNumberKitProvider, type PhoneNumberKitProviderProps } from '../../src/hooks/PhoneNumberKitProvider.tsx';
import { createMemoryBackend, type MemoryBackendOptions } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';

/** One request as the server saw it: method (after `_method`), path and the action. */
interface LoggedRequest {
  method: string;
  path: string;
}

export function createHarness(
  server: SetupServer,
  options: MemoryBackendOptions = {},
  provider: Partial<PhoneNumberKitProviderProps> & { strict?: boolean } = {},
) {
  const backend = createMemoryBackend({ code: '424242', ...options });
  server.use(...createMemoryBackendHandlers(backend));
  const adapter = createClerkFrontendApiAdapter({ frontendApiUrl: backend.frontendApiUrl, sessionId: backend.sessionId });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const requests: LoggedRequest[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    requests.push({ method: url.searchParams.get('_method') ?? request.method, path: url.pathname });
  };
  server.events.on('request:start', onRequest);

  const { strict, ...providerProps } = provider;
  function wrapper({ children }: { children: ReactNode }) {
    const tree = (
      <QueryClientProvider client={queryClient}>
        <PhoneNumberKitProvider adapter={adapter} {...providerProps}>
          {children}
        </PhoneNumberKitProvider>
      </QueryClientProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  }

  return {
    backend,
    adapter,
    queryClient,
    requests,
    wrapper,
    /** Requests made since the last call, as `METHOD /path` strings. */
    takeRequests(): string[] {
      return requests.splice(0).map((r) => `${r.method} ${r.path}`);
    },
    /** The backend's numbers as wire-independent values, for comparison with the hook's list. */
    backendNumbers() {
      return backend.snapshot().phoneNumbers.map((p) => ({ ...p, backupCodes: null }));
    },
    dispose() {
      server.events.removeListener('request:start', onRequest);
      queryClient.clear();
    },
  };
}
