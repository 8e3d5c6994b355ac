/**
 * The support console example's server: Node's http on 127.0.0.1 serving
 *   /api/phone-number-admin/*  phone-number-kit/server's handler, in front of the reference backend's Backend API
 *                              (the kit's memory backend, in this same process, so no Clerk account is needed)
 *   /demo/sign-in, /demo/sign-out  a demo agent session in an HttpOnly, SameSite=Strict cookie
 *   /demo/outbox               the reference backend's SMS outbox (demo only: stands in for the caller's phone)
 *   everything else            the built page (dist/), with a strict Content-Security-Policy
 *
 * `npm start` builds the page and runs this; `node server.mjs --port 8787` (or `PORT=…`) serves an existing build. In a real app the
 * handler gets `secretKey: process.env.CLERK_SECRET_KEY` and the default `apiUrl`, and `authorize` reads your own
 * staff session: the demo's cookie below is not authentication.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPhoneNumberAdminHandler, toNodeListener } from 'phone-number-kit/server';
import { createMemoryBackend, memoryBackendApi } from 'phone-number-kit/testing';

const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 8787));
const dist = resolve(fileURLToPath(new URL('.', import.meta.url)), 'dist');

// The user a caller claims to be: locked out after losing a phone, say. Every SMS code is 424242.
const backend = createMemoryBackend({
  code: '424242',
  phoneNumbers: [
    { phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true, primary: true },
    { phoneNumber: '+12015550101', verified: true },
  ],
});
const upstream = memoryBackendApi(backend);

/** Demo agents, chosen by the `demo_agent` cookie. A real `authorize` checks your staff session instead. */
const AGENTS = {
  lead: { id: 'agent_demo_lead', operations: 'all' },
  agent: { id: 'agent_demo', operations: ['lookup', 'verifyCaller'] },
};

const cookie = (request, name) =>
  (request.headers.get('cookie') ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];

const handler = createPhoneNumberAdminHandler({
  secretKey: upstream.secretKey,
  apiUrl: upstream.apiUrl,
  fetch: upstream.fetch,
  authorize: (request) => AGENTS[cookie(request, 'demo_agent') ?? ''] ?? null,
  // Who did what to whom; never codes, numbers' digits or keys.
  onAudit: (event) => void process.stdout.write(`audit ${JSON.stringify(event)}\n`),
});
const api = toNodeListener(handler);

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const SECURITY = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

async function serveFile(pathname, res) {
  const wanted = normalize(join(dist, pathname === '/' ? 'index.html' : decodeURIComponent(pathname)));
  const file = wanted.startsWith(dist + sep) ? wanted : join(dist, 'index.html');
  let body;
  try {
    body = await readFile(file);
  } catch {
    try {
      body = await readFile(join(dist, 'index.html'));
    } catch {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('The page is not built: run `npm start` (or `npx vite build`).');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES['.html'], ...SECURITY }).end(body);
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...SECURITY }).end(body);
}

const server = createServer((req, res) => {
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (pathname === '/api/phone-number-admin' || pathname.startsWith('/api/phone-number-admin/')) return api(req, res);
  if (pathname === '/demo/sign-in' && req.method === 'POST') {
    const as = searchParams.get('as') === 'agent' ? 'agent' : 'lead';
    res.writeHead(303, { location: '/', 'set-cookie': `demo_agent=${as}; Path=/; HttpOnly; SameSite=Strict` }).end();
    return;
  }
  if (pathname === '/demo/sign-out' && req.method === 'POST') {
    res.writeHead(303, { location: '/', 'set-cookie': 'demo_agent=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0' }).end();
    return;
  }
  if (pathname === '/demo/outbox') {
    const messages = backend.snapshot().outbox.map(({ phoneNumber, code, sentAt }) => ({ phoneNumber, code, sentAt }));
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(messages));
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  void serveFile(pathname, res);
});

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`Support console on http://127.0.0.1:${port}/ (reference backend in-process; every SMS code is 424242)\n`);
});
