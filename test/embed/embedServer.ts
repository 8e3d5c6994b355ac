/**
 * A plain HTML page for the embed, served the way a strict site would: every answer carries a strict
 * Content-Security-Policy, the embed bundle and `styles.css` come from a fresh Vite build, and the Frontend API
 * on the same origin is the reference backend (its msw handlers, answered through `getResponse`).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getResponse } from 'msw';
import { build } from 'vite';
import { createMemoryBackend, type MemoryBackend, type MemoryBackendOptions } from '../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../src/testing/msw.ts';
import { embedBuildConfig } from '../../vite.embed.config.ts';

const STRICT_CSP = "default-src 'self'; style-src 'self'; img-src 'self' data:";

export interface EmbedServer {
  origin: string;
  /** The backend of the next page; every call starts a fresh one. */
  useBackend(options?: MemoryBackendOptions): MemoryBackend;
  close(): Promise<void>;
}

/** Loads `/embed.js` and mounts per the query: `?shadow=1`, `&stylesheet=` (a URL), `&section=`; `?manual=1` does not mount. */
const PAGE_SCRIPT = `
import { mount } from '/embed.js';
const query = new URLSearchParams(location.search);
window.pnkViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.pnkViolations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample);
});
window.pnkMount = (options) => mount(document.getElementById('app'), {
  frontendApiUrl: location.origin,
  sessionId: 'sess_test',
  defaultCountry: 'US',
  ...options,
});
// \`?manual=1\`: the test mounts with pnkMount itself (e.g. to record the page before mount()).
if (query.get('manual') !== '1') window.pnkEmbed = window.pnkMount({
  section: query.get('section') ?? 'account-settings',
  shadow: query.get('shadow') === '1',
  ...(query.get('stylesheet') ? { stylesheetUrl: query.get('stylesheet') } : {}),
});
`;

function page(shadow: boolean): string {
  // The host's own CSS: in light DOM the kit's stylesheet is linked by the page; a shadow root must ignore both.
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Embed test</title>
${shadow ? '' : '<link rel="stylesheet" href="/styles.css">'}
<link rel="stylesheet" href="/host.css">
</head><body><main><h1>Host page</h1><div id="app"></div></main>
<script type="module" src="/page.js"></script></body></html>`;
}

const HOST_CSS = 'button { font-family: serif; text-transform: uppercase; }';

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Builds the embed with its CSS into a temp dir and serves it. */
export async function startEmbedServer(): Promise<EmbedServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'pnk-embed-'));
  const config = embedBuildConfig({ outDir, keepCss: true });
  // Vite derives "production" (React's jsx instead of jsxDEV) from NODE_ENV, which Vitest sets to `test`.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ ...config, build: { ...config.build, sourcemap: false } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const files: Record<string, { type: string; body: string | Buffer }> = {
    '/embed.js': { type: 'text/javascript', body: await readFile(join(outDir, 'embed.js')) },
    '/styles.css': { type: 'text/css', body: await readFile(join(outDir, 'styles.css')) },
    '/host.css': { type: 'text/css', body: HOST_CSS },
    '/page.js': { type: 'text/javascript', body: PAGE_SCRIPT },
  };
  let origin = '';
  let backend: MemoryBackend | null = null;

  async function answer(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', origin);
    response.setHeader('Content-Security-Policy', STRICT_CSP);
    if (url.pathname.startsWith('/v1/') && backend) {
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
      const mocked = await getResponse(createMemoryBackendHandlers(backend), new Request(url, { method: request.method, headers, body: body ? new Uint8Array(body) : undefined }));
      const reply = mocked ?? new Response('not found', { status: 404 });
      reply.headers.forEach((value, name) => response.setHeader(name, value));
      response.writeHead(reply.status).end(Buffer.from(await reply.arrayBuffer()));
      return;
    }
    const file = url.pathname === '/' ? { type: 'text/html', body: page(url.searchParams.get('shadow') === '1') } : files[url.pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': `${file.type}; charset=utf-8` }).end(file.body);
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;

  return {
    origin,
    useBackend(options = {}) {
      backend = createMemoryBackend({ code: '424242', ...options, frontendApiUrl: origin, sessionId: 'sess_test' });
      return backend;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
