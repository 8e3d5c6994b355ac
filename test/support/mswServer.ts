/** The msw server a jsdom test file serves its handlers from: listening for the file, handlers reset after each test. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setupServer, type SetupServer } from 'msw/node';

/** Starts a server for the calling test file; an unhandled request fails the test rather than reaching the network. */
export function serveForThisFile(): SetupServer {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
