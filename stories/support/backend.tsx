/**
 * Story plumbing: every story render gets a fresh reference backend (so stories and their tests never share
 * state), served over the msw service worker at one fixed URL, with the real Frontend API adapter in front.
 */
import { useSyncExternalStore } from 'react';
import { getResponse, http } from 'msw';
import type { Decorator, Loader } from '@storybook/react-vite';
import { createMemoryBackend, type MemoryBackend, type MemoryBackendOptions } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';
import { BackendKitProvider } from './BackendKitProvider.tsx';

export const STORY_API_URL = 'https://clerk.phone-number-kit.test';

let active: MemoryBackend | null = null;

/** msw handlers that answer with whichever backend the current story made. */
export const backendHandlers = [
  http.all(`${STORY_API_URL}/*`, ({ request }) => (active ? getResponse(createMemoryBackendHandlers(active), request) : undefined)),
];

/** A loader making the story's backend; the demo's SMS code is always 424242. */
export function withBackend(options: MemoryBackendOptions = {}): Loader {
  return async () => {
    active = createMemoryBackend({ code: '424242', frontendApiUrl: STORY_API_URL, ...options });
    return { backend: active };
  };
}

/** The backend of the story being rendered. */
export function storyBackend(loaded: Record<string, unknown>): MemoryBackend {
  const backend = loaded['backend'] as MemoryBackend | undefined;
  if (!backend) throw new Error('This story needs `loaders: [withBackend()]`.');
  return backend;
}

/** Wraps the story in the kit's provider, over the Frontend API adapter and a fresh QueryClient. */
export const KitDecorator: Decorator = (Story, context) => {
  const backend = storyBackend(context.loaded);
  return (
    <BackendKitProvider backend={backend}>
      <Story />
    </BackendKitProvider>
  );
};


/** The backend's state, live. */
export function useBackendSnapshot(backend: MemoryBackend) {
  return useSyncExternalStore(backend.subscribe, backend.snapshot, backend.snapshot);
}
