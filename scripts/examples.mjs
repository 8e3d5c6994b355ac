/**
 * The example host apps, as a user gets them: builds the kit, packs it, installs the tarball into a copy of each
 * example (in the OS temp folder, so nothing lands in the work tree), builds each (Next.js twice: Turbopack and
 * webpack), serves it on 127.0.0.1 and drives it in Chromium (scripts/examples-drive.mjs). One line per build;
 * exits non-zero on any failure.
 *
 *   node scripts/examples.mjs                       # build + pack the kit, then every example
 *   node scripts/examples.mjs --tarball <kit.tgz>   # use a packed kit as it is
 *   node scripts/examples.mjs --only next-app-router
 *   PNK_EXAMPLES_KEEP=1 …                           # keep the temp folder (its path is printed) to look at logs
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { driveExample, launchChromium } from './examples-drive.mjs';
import { driveSupportConsole } from './examples-drive-support.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Held while building and packing the kit (the work tree's other builds take it too). */
const BUILD_LOCK = '/tmp/pnk-build.lock';
/** How long a server may take to answer its first request. */
const SERVER_CEILING_MS = 120_000;

/** Each example's variants: how to build it (if at all) and how to serve it. */
function nextStart(port) {
  return ['next', 'start', '-H', '127.0.0.1', '-p', String(port)];
}

const EXAMPLES = [
  {
    name: 'vite-react18',
    variants: [
      {
        label: 'vite',
        build: ['vite', 'build'],
        serve: (port) => ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      },
      // Development React names the warnings production React leaves out.
      { label: 'dev server', build: null, serve: (port) => ['vite', '--host', '127.0.0.1', '--port', String(port), '--strictPort'] },
    ],
  },
  {
    name: 'next-app-router',
    variants: [
      { label: 'turbopack', build: ['next', 'build', '--turbopack'], serve: nextStart },
      { label: 'webpack', build: ['next', 'build', '--webpack'], serve: nextStart },
      // Production React reports hydration mismatches of text only, by number; development React names every one.
      { label: 'dev server', build: null, serve: (port) => ['next', 'dev', '--turbopack', '-H', '127.0.0.1', '-p', String(port)] },
    ],
  },
  {
    // phone-number-kit/server on Node http in front of the reference backend, and the support page it serves.
    name: 'support-console',
    drive: driveSupportConsole,
    variants: [{ label: 'node http', build: ['vite', 'build'], serve: (port) => [process.execPath, 'server.mjs', '--port', String(port)] }],
  },
];

const { values: options } = parseArgs({ options: { tarball: { type: 'string' }, only: { type: 'string', multiple: true } } });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false' };
const running = new Set();
const work = await mkdtemp(path.join(tmpdir(), 'pnk-examples-'));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

process.on('SIGINT', () => stopAll().then(() => process.exit(130)));
process.on('SIGTERM', () => stopAll().then(() => process.exit(143)));

let failures = 0;
let passes = 0;
let browser;
const started = Date.now();
try {
  const tarball = options.tarball ? path.resolve(options.tarball) : await packKit();
  browser = await launchChromium();
  for (const example of EXAMPLES.filter((e) => !options.only || options.only.includes(e.name))) {
    const result = await runExample(example, tarball);
    passes += result.passes;
    failures += result.failures;
  }
} catch (error) {
  failures += 1;
  console.error(`FAIL examples: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser?.close();
  await stopAll();
  if (process.env.PNK_EXAMPLES_KEEP) console.log(`logs and builds kept in ${work}`);
  else await rm(work, { recursive: true, force: true });
}
console.log(`examples done in ${seconds(Date.now() - started)}`);
console.log(`examples: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);

/**
 * `npm run build`, then `npm pack` into the temp folder; returns the tarball's path. Both hold the build lock when
 * there is `flock`, so a build running beside this one cannot change dist/ between the two.
 */
async function packKit() {
  const t = Date.now();
  const out = path.join(work, 'pack');
  await mkdir(out);
  const script = `npm run build && npm pack --pack-destination '${out}'`;
  const [command, args] = existsSync('/usr/bin/flock') ? ['/usr/bin/flock', [BUILD_LOCK, 'sh', '-c', script]] : ['sh', ['-c', script]];
  await run(command, args, { cwd: ROOT, log: 'kit-build-pack.log' });
  const [name] = (await readdir(out)).filter((f) => f.endsWith('.tgz'));
  if (!name) throw new Error('npm pack wrote no tarball');
  console.log(`PASS kit: build and pack ${seconds(Date.now() - t)} (${name})`);
  return path.join(out, name);
}

/** Copies, installs, then builds, serves and drives each variant. */
async function runExample(example, tarball) {
  const dir = path.join(work, example.name);
  const counts = { passes: 0, failures: 0 };
  let t = Date.now();
  try {
    await cp(path.join(ROOT, 'examples', example.name), dir, {
      recursive: true,
      filter: (source) => !/[\\/](node_modules|\.next|dist)$/.test(source),
    });
    // The example names the tarball relative to the repo (for people); here it is wherever it was packed.
    const manifestPath = path.join(dir, 'package.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    manifest.dependencies['phone-number-kit'] = `file:${tarball}`;
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline'], { cwd: dir, log: `${example.name}-install.log` });
    // msw is an optional peer: the examples prove that phone-number-kit/testing runs without it.
    if (existsSync(path.join(dir, 'node_modules', 'msw'))) throw new Error('msw got installed; the examples must run without it');
  } catch (error) {
    console.log(`FAIL ${example.name}: install ${seconds(Date.now() - t)}: ${error.message}`);
    return { passes: 0, failures: example.variants.length };
  }
  const installed = Date.now() - t;
  for (const variant of example.variants) {
    const name = `${example.name} (${variant.label})`;
    const times = [`install ${seconds(installed)}`];
    let stage = 'build';
    let server;
    try {
      t = Date.now();
      await rm(path.join(dir, '.next'), { recursive: true, force: true });
      await rm(path.join(dir, 'dist'), { recursive: true, force: true });
      if (variant.build) {
        const [bin, ...args] = variant.build;
        await run(path.join(dir, 'node_modules', '.bin', bin), args, { cwd: dir, log: `${example.name}-${variant.label.replace(/\W+/g, '-')}-build.log` });
        times.push(`build ${seconds(Date.now() - t)}`);
      }

      stage = 'serve';
      t = Date.now();
      const port = await freePort();
      const [serveBin, ...serveArgs] = variant.serve(port);
      const serveCommand = path.isAbsolute(serveBin) ? serveBin : path.join(dir, 'node_modules', '.bin', serveBin);
      server = start(serveCommand, serveArgs, { cwd: dir, log: `${example.name}-${variant.label.replace(/\W+/g, '-')}-serve.log` });
      const url = `http://127.0.0.1:${port}/`;
      await waitForServer(url, server);
      times.push(`serve ${seconds(Date.now() - t)}`);

      stage = 'drive';
      t = Date.now();
      const result = await (example.drive ?? driveExample)(browser, url);
      times.push(`drive ${seconds(Date.now() - t)}`);
      if (!result.ok) throw new Error(result.problems.join('\n  '));
      console.log(`PASS ${name}: ${times.join(', ')}`);
      counts.passes += 1;
    } catch (error) {
      console.log(`FAIL ${name}: ${times.join(', ')}; ${stage} failed:\n  ${error.message}`);
      counts.failures += 1;
    } finally {
      if (server) await stop(server);
    }
  }
  return counts;
}

/** Runs a command to completion, its output into a log file; on failure the error carries the log's tail. */
async function run(command, args, { cwd, log }) {
  const child = start(command, args, { cwd, log });
  const code = await child.exited;
  running.delete(child);
  if (code !== 0) throw new Error(`\`${path.basename(command)} ${args.join(' ')}\` exited with ${code}:\n${tail(child.output)}`);
}

/** Starts a command in its own process group (so stopping it stops its children), collecting its output. */
function start(command, args, { cwd, log }) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.output = '';
  const collect = (chunk) => {
    child.output += chunk;
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.exited = new Promise((resolve) => {
    child.on('error', (error) => {
      child.output += String(error);
      resolve(-1);
    });
    child.on('close', (code, signal) => resolve(code ?? signal));
  });
  child.exited.then(() => writeFile(path.join(work, log), child.output).catch(() => {}));
  running.add(child);
  return child;
}

/** Stops a process group and waits for it to be gone. */
async function stop(child) {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const gone = await Promise.race([child.exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000).unref())]);
  if (!gone) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    await child.exited;
  }
}

function stopAll() {
  return Promise.all([...running].map(stop));
}

/** Polls until the server answers 200, failing early if it exits. */
async function waitForServer(url, server) {
  const deadline = Date.now() + SERVER_CEILING_MS;
  let exited = false;
  server.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited:\n${tail(server.output)}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250)); // poll interval
  }
  throw new Error(`no answer from ${url} within ${seconds(SERVER_CEILING_MS)}:\n${tail(server.output)}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function tail(text, lines = 40) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
