/**
 * The msw service worker a browser test file serves its handlers from (the browser twin of `mswServer.ts`): started
 * for the file, and after each test the rendered tree unmounted and the handlers reset.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { setupWorker, type SetupWorker } from 'msw/browser';

/** Starts a worker for the calling test file; requests it has no handler for go to the network (the page's own files). */
export function workerForThisFile(): SetupWorker {
  const worker = setupWorker();
  beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  afterAll(() => worker.stop());
  afterEach(() => {
    cleanup();
    worker.resetHandlers();
  });
  return worker;
}
