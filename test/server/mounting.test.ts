// @vitest-environment node
/**
 * The handler where apps mount it: as Next.js App Router route handlers (`export const GET = handler`, with the
 * catch-all route's URL), in a Hono app exactly as the README mounts it, and on Node's own http server through
 * `toNodeListener`, listening on 127.0.0.1:0.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { toNodeListener } from '../../src/server.ts';
import { A, CODE, SECRET, startHarness } from './harness.ts';

const USER = 'user_phone_number_kit_test';

describe('Next.js route handlers', () => {
  it('serves lookups and changes as exported GET / POST / PATCH / DELETE', async () => {
    const h = startHarness();
    // app/api/phone-number-admin/[...path]/route.ts
    const route = { GET: h.handler, POST: h.handler, PATCH: h.handler, DELETE: h.handler };
    const origin = 'https://app.example.test/api/phone-number-admin';
    const agent = { 'x-test-agent': 'admin' };
    const change = { ...agent, 'content-type': 'application/json', 'x-phone-number-kit': '1' };

    const found = await route.GET(new Request(`${origin}/users?phoneNumber=${encodeURIComponent(A)}`, { headers: agent }));
    expect(found.status).toBe(200);
    expect(found.headers.get('cache-control')).toBe('no-store');
    const sent = await route.POST(new Request(`${origin}/phone_numbers/idn_b/send_code`, { method: 'POST', headers: change, body: '{}' }));
    const { verificationId } = (await sent.json()) as { verificationId: string };
    const checked = await route.POST(new Request(`${origin}/phone_numbers/idn_b/check_code`, { method: 'POST', headers: change, body: JSON.stringify({ verificationId, code: CODE }) }));
    expect(await checked.json()).toMatchObject({ verified: true });
    const patched = await route.PATCH(new Request(`${origin}/phone_numbers/idn_b`, { method: 'PATCH', headers: change, body: JSON.stringify({ primary: true }) }));
    expect(await patched.json()).toMatchObject({ primaryPhoneNumberId: 'idn_b' });
    const removed = await route.DELETE(new Request(`${origin}/phone_numbers/idn_c`, { method: 'DELETE', headers: change }));
    expect(removed.status).toBe(200);
    expect((await route.DELETE(new Request(`${origin}/phone_numbers/idn_c`, { method: 'DELETE' }))).status).toBe(401);
  });
});

describe('Hono', () => {
  it("serves lookups and changes through the README's one line (`c.req.raw` is the web Request)", async () => {
    const h = startHarness();
    const app = new Hono();
    app.get('/health', (c) => c.text('ok'));
    app.all('/api/phone-number-admin/*', (c) => h.handler(c.req.raw));
    const origin = 'https://app.example.test/api/phone-number-admin';
    const change = { 'x-test-agent': 'admin', 'content-type': 'application/json', 'x-phone-number-kit': '1' };

    const found = await app.request(`${origin}/users?phoneNumber=${encodeURIComponent(A)}`, { headers: { 'x-test-agent': 'admin' } });
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ users: [{ id: USER }] });
    const patched = await app.request(`${origin}/phone_numbers/idn_b`, { method: 'PATCH', headers: change, body: JSON.stringify({ primary: true }) });
    expect(await patched.json()).toMatchObject({ primaryPhoneNumberId: 'idn_b' });
    expect((await app.request(`${origin}/users/${USER}`)).status).toBe(401);
    // The rest of the app is untouched by the mount.
    expect(await (await app.request('https://app.example.test/health')).text()).toBe('ok');
  });
});

describe('Node http through toNodeListener', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function listen(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
    server = createServer(listener);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/phone-number-admin`;
  }

  it('answers over a real socket: status, JSON body, headers, and the raw request body', async () => {
    const h = startHarness();
    const base = await listen(toNodeListener(h.handler));
    const unauthorized = await fetch(`${base}/users/${USER}`);
    expect(unauthorized.status).toBe(401);

    const headers = { 'x-test-agent': 'admin', 'content-type': 'application/json', 'x-phone-number-kit': '1' };
    const added = await fetch(`${base}/users/${USER}/phone_numbers`, { method: 'POST', headers, body: JSON.stringify({ phoneNumber: '+12015550188', verified: true }) });
    expect(added.status).toBe(200);
    expect(added.headers.get('content-type')).toMatch(/^application\/json/);
    const user = (await added.json()) as { phoneNumbers: { phoneNumber: string }[] };
    expect(user.phoneNumbers.map((p) => p.phoneNumber)).toContain('+12015550188');

    const form = await fetch(`${base}/users/${USER}/phone_numbers`, { method: 'POST', headers: { 'x-test-agent': 'admin', 'content-type': 'application/x-www-form-urlencoded' }, body: 'phoneNumber=%2B12015550199' });
    expect(form.status).toBe(415);
    const text = await (await fetch(`${base}/users/${USER}`, { headers })).text();
    expect(text).not.toContain(SECRET);
  });

  it('refuses a body over the limit with 413 before the handler runs', async () => {
    const h = startHarness();
    const base = await listen(toNodeListener(h.handler, { maxBodyBytes: 1024 }));
    const response = await fetch(`${base}/phone_numbers/idn_a`, {
      method: 'PATCH',
      headers: { 'x-test-agent': 'admin', 'content-type': 'application/json', 'x-phone-number-kit': '1' },
      body: JSON.stringify({ primary: true, pad: 'x'.repeat(4096) }),
    });
    expect(response.status).toBe(413);
    expect(h.upstream).toHaveLength(0);
  });

  it("keeps Express's full path: a listener mounted under a prefix sees originalUrl", async () => {
    const h = startHarness();
    const listener = toNodeListener(h.handler);
    const base = await listen((req, res) => {
      // What `app.use('/api/phone-number-admin', listener)` does to the request before the listener sees it.
      const shortened = Object.assign(req, { originalUrl: req.url, url: req.url!.replace('/api/phone-number-admin', '') || '/' });
      listener(shortened, res);
    });
    const response = await fetch(`${base}/users/${USER}`, { headers: { 'x-test-agent': 'admin' } });
    expect(response.status).toBe(200);
  });
});
