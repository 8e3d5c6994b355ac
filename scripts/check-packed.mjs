// `phone-number-kit/testing` works without msw (an optional peer): installs the packed tarball into an empty temp
// folder with only the required peers (react, react-dom, @tanstack/react-query, at the versions the kit develops
// against; from npm's cache when it has them), checks msw is not there, then imports the testing entry in Node and
// uses the direct adapter, the outbox, snapshot/subscribe, reverification and the fault mode. Exits 1 on failure.
// Run after `npm run build`: `node scripts/check-packed.mjs`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packTarball, root } from './packed-tarball.mjs';

const started = Date.now();
const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const peers = ['react', 'react-dom', '@tanstack/react-query'].map((name) => `${name}@${devDependencies[name]}`);

/** Runs in the app folder: everything the testing entry promises without msw. */
const APP_SCRIPT = `
import assert from 'node:assert/strict';
import { createMemoryBackend, MemoryBackendErrorCode } from 'phone-number-kit/testing';
import { PhoneKitError, parsePhoneNumber, toPhoneNumberJson } from 'phone-number-kit/adapter-kit';

const backend = createMemoryBackend({ code: '424242', faults: { seed: 1, serverErrorRate: 1 } });
const changes = [];
backend.subscribe((snapshot) => changes.push(snapshot));

// The direct adapter and the outbox (faults never touch the direct adapter).
const added = await backend.adapter.createPhoneNumber('+12015550123');
await backend.adapter.prepareVerification(added.id);
assert.equal(backend.outbox.length, 1);
assert.equal(backend.outbox.lastCodeFor('+12015550123'), '424242');
const verified = await backend.adapter.attemptVerification(added.id, backend.outbox.lastCodeFor(added.id));
assert.equal(verified.verification?.status, 'verified');
assert.equal(backend.snapshot().phoneNumbers.length, 1);
// The adapter kit without React: a number to Clerk's JSON and back.
assert.deepEqual(parsePhoneNumber(toPhoneNumberJson(verified)), verified);
assert.ok(changes.length >= 3, 'subscribe sees every change');

// Reverification.
backend.requireReverification();
// The adapter kit's error class is the one the backend rejects with: one copy of the model in the package.
await assert.rejects(backend.adapter.createPhoneNumber('+12015550124'), (error) => error instanceof PhoneKitError && error.code === 'session_reverification_required');
backend.reverify();
await backend.adapter.createPhoneNumber('+12015550124');
backend.setFaults(null);
backend.reset();
assert.equal(backend.snapshot().phoneNumbers.length, 0);
assert.equal(typeof MemoryBackendErrorCode, 'object');

// The msw handlers are a separate entry, which needs msw.
await assert.rejects(import('phone-number-kit/testing/msw'), (error) => error.code === 'ERR_MODULE_NOT_FOUND' && /'msw'/.test(error.message));
console.log('testing entry without msw: direct adapter, outbox, subscribe, reverification and fault options all work; adapter-kit parses and serializes');
`;

const { tarball, dispose } = packTarball();
const app = mkdtempSync(join(tmpdir(), 'pnk-packed-'));
let ok = false;
try {
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pnk-packed-check', private: true, type: 'module' }));
  writeFileSync(join(app, 'check.mjs'), APP_SCRIPT);
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball, ...peers], {
    cwd: app,
    stdio: 'inherit',
  });
  if (existsSync(join(app, 'node_modules', 'msw'))) throw new Error('msw was installed: the check needs a folder without it');
  execFileSync(process.execPath, ['check.mjs'], { cwd: app, stdio: 'inherit' });
  ok = true;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  rmSync(app, { recursive: true, force: true });
  dispose();
}
console.log(`check-packed: ${ok ? 'pass' : 'FAIL'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(ok ? 0 : 1);
