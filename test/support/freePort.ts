/** A TCP port on 127.0.0.1 that nothing listens on: for a server a test starts (Storybook, Prism). */
import { createServer } from 'node:net';

/** Asks the system for a free port by listening on port 0, then closes again and answers the port it got. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
