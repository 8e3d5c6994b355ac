/**
 * The bench's page, wired as the demo story is: a fresh reference backend per render behind the msw service worker,
 * the real Frontend API adapter, a fresh QueryClient. Rendered with react-dom's createRoot (not Testing Library's
 * act()), so React schedules work as it would in an app.
 */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { getResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { createMemoryBackend, type MemoryBackend, type MemoryBackendOptions, type PhoneNumberSeed } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';
import { BackendKitProvider } from '../../stories/support/BackendKitProvider.tsx';

const API_URL = 'https://clerk.phone-number-kit.test';
let active: MemoryBackend | null = null;
const worker = setupWorker(http.all(`${API_URL}/*`, ({ request }) => (active ? getResponse(createMemoryBackendHandlers(active), request) : undefined)));

export async function startWorker(): Promise<void> {
  await worker.start({ quiet: true, onUnhandledRequest: 'error' });
}
export function stopWorker(): void {
  worker.stop();
}

/** A fresh backend answering every request from now on; the demo's SMS code. */
export function freshBackend(options: MemoryBackendOptions): MemoryBackend {
  active = createMemoryBackend({ code: '424242', frontendApiUrl: API_URL, ...options });
  return active;
}

export const PRIMARY_ID = 'idn_primary';

/** `count` numbers like the demo's: the first is the primary (verified), then verified and unverified in turn. */
export function seedNumbers(count: number): PhoneNumberSeed[] {
  // +1 201 555 0100…0299: all valid for libphonenumber, so they are formatted like real numbers.
  return Array.from({ length: count }, (_, i) => ({
    id: i === 0 ? PRIMARY_ID : `idn_bench_${i}`,
    phoneNumber: `+1201555${String(100 + i).padStart(4, '0')}`,
    verified: i % 2 === 0,
  }));
}


export interface Mounted {
  host: HTMLElement;
  unmount(): void;
}

/** Renders `node` inside the kit's provider into a new element; returns at once (React renders on its own). */
export function mount(backend: MemoryBackend, node: ReactNode): Mounted {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  root.render(<BackendKitProvider backend={backend}>{node}</BackendKitProvider>);
  return {
    host,
    unmount() {
      root.unmount();
      host.remove();
    },
  };
}
