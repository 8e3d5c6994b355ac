/**
 * Node's `http` (and Express, Connect, Fastify's raw mode) speak `IncomingMessage`/`ServerResponse`, not
 * `Request`/`Response`; this turns a fetch-style handler into a Node request listener. Typed structurally, so the
 * kit needs no Node types and the entry stays loadable on any runtime.
 */

/** The parts of Node's `IncomingMessage` the adapter reads. */
export interface NodeIncomingMessage extends AsyncIterable<unknown> {
  method?: string | undefined;
  url?: string | undefined;
  /** Express's full path when mounted with `app.use(prefix, …)` (which shortens `url`). */
  originalUrl?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** A TLS socket has `encrypted: true` (read loosely: Node's `Socket` type does not declare it). */
  socket?: unknown;
}

/** The parts of Node's `ServerResponse` the adapter writes. */
export interface NodeServerResponse {
  statusCode: number;
  setHeader(name: string, value: string | string[]): unknown;
  end(chunk?: unknown): unknown;
}

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /** The origin the request URL is built on when the request does not say (default from the `host` header). */
  origin?: string;
  /** Largest body read, in bytes; a larger one answers 413 without calling the handler. Default 64 KiB. */
  maxBodyBytes?: number;
}

const toBytes = (chunk: unknown): Uint8Array =>
  typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk instanceof Uint8Array ? chunk : new Uint8Array(0);

/**
 * Wraps `handler` as `(req, res) => void` for `http.createServer`, or for Express as
 * `app.use('/api/phone-number-admin', toNodeListener(handler))` (mount it before any body parser: it reads the raw
 * body itself; Express's `originalUrl` keeps the full path the handler matches on).
 *
 * @example
 * import { createServer } from 'node:http';
 * import { createPhoneNumberAdminHandler, toNodeListener } from 'phone-number-kit/server';
 * createServer(toNodeListener(createPhoneNumberAdminHandler({ secretKey, authorize }))).listen(3000, '127.0.0.1');
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions = {},
): (req: NodeIncomingMessage, res: NodeServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;

  async function listen(req: NodeIncomingMessage, res: NodeServerResponse): Promise<void> {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
    }
    const origin = options.origin ?? `${(req.socket as { encrypted?: boolean } | null | undefined)?.encrypted ? 'https' : 'http'}://${headers.get('host') ?? 'localhost'}`;
    const method = (req.method ?? 'GET').toUpperCase();

    let body: Uint8Array<ArrayBuffer> | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of req) {
        const bytes = toBytes(chunk);
        size += bytes.byteLength;
        if (size > maxBodyBytes) {
          res.statusCode = 413;
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.end(JSON.stringify({ error: { code: 'invalid_request', message: 'The body is too large.' } }));
          return;
        }
        chunks.push(bytes);
      }
      body = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.byteLength;
      }
    }

    const response = await handler(new Request(new URL(req.originalUrl ?? req.url ?? '/', origin), { method, headers, ...(body ? { body } : {}) }));
    res.statusCode = response.status;
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.end(new Uint8Array(await response.arrayBuffer()));
  }

  return (req, res) => {
    listen(req, res).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  };
}
