/** The kit wired to a reference backend over HTTP: the real Frontend API adapter, and a QueryClient of its own. */
import { useState, type ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { createClerkFrontendApiAdapter } from '../../src/adapters/index.ts';
import { PhoneNumberKitProvider } from '../../src/hooks/index.ts';
import type { MemoryBackend } from '../../src/testing/index.ts';

export function BackendKitProvider({ backend, children }: { backend: MemoryBackend; children: ReactNode }) {
  const [adapter] = useState(() => createClerkFrontendApiAdapter({ frontendApiUrl: backend.frontendApiUrl, sessionId: backend.sessionId }));
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <PhoneNumberKitProvider adapter={adapter} queryClient={queryClient}>
      {children}
    </PhoneNumberKitProvider>
  );
}
