// `npm run test:loaded`: the whole suite (`npm test`) while every core is kept busy, so a test that only passes on an
// idle machine fails here instead of in CI. `node scripts/test-loaded.mjs -- <command…>` loads the machine around
// another command (one heavy file, say). Exits with the command's code.
//
// The burner is one worker thread per core, spinning at this process's own priority (never niced: it must really
// compete for the CPU). It stops when the command ends, on SIGINT/SIGTERM, and by itself after a hard cap
// (PNK_LOAD_MINUTES, 45 by default), whatever happens; worker threads also die with this process.
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';

const capMinutes = Number(process.env.PNK_LOAD_MINUTES ?? 45);
const burners = Number(process.env.PNK_LOAD_THREADS ?? availableParallelism());
const separator = process.argv.indexOf('--');
const command = separator === -1 ? ['npm', 'test'] : process.argv.slice(separator + 1);
if (command.length === 0 || !Number.isFinite(capMinutes) || capMinutes <= 0 || !(burners >= 1)) {
  console.error('usage: node scripts/test-loaded.mjs [-- command args…]  (PNK_LOAD_MINUTES > 0, PNK_LOAD_THREADS >= 1)');
  process.exit(2);
}

// Checks the clock between short bursts, so each thread ends at the cap even if nobody terminates it.
const spin = `
const { workerData } = require('node:worker_threads');
let x = 1;
while (Date.now() < workerData.until) {
  for (let i = 0; i < 5e6; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
}
`;

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
const log = (message) => console.log(`[test:loaded] ${message}`);

/** @type {Worker[]} */
let workers = [];
const during = [];
let sampler;

function startBurner() {
  const until = Date.now() + capMinutes * 60_000;
  workers = Array.from({ length: burners }, () => new Worker(spin, { eval: true, workerData: { until } }));
  for (const worker of workers) worker.unref();
  sampler = setInterval(() => {
    during.push(loadavg()[0]);
    log(`load average during: ${load()}`);
  }, 60_000);
  sampler.unref();
  setTimeout(() => {
    if (workers.length > 0) log(`burner reached its ${capMinutes} min cap and stopped; the command goes on unloaded`);
    stopBurner();
  }, capMinutes * 60_000).unref();
  log(`burner: ${burners} spinning thread(s), same priority as the suite, hard cap ${capMinutes} min`);
}

function stopBurner() {
  clearInterval(sampler);
  const stopping = workers;
  workers = [];
  return Promise.all(stopping.map((worker) => worker.terminate()));
}

log(`load average before (1, 5, 15 min): ${load()}`);
startBurner();
/** @type {import('node:child_process').ChildProcess | undefined} */
let child;
let code = 1;
try {
  code = await new Promise((resolve, reject) => {
    child = spawn(command[0], command.slice(1), { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1)));
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.on(signal, () => {
        log(`${signal}: stopping the burner and the command`);
        void stopBurner();
        child?.kill(signal);
      });
    }
  });
} catch (error) {
  console.error(error);
} finally {
  await stopBurner();
}
const summary =
  during.length > 0
    ? `mean ${(during.reduce((sum, n) => sum + n, 0) / during.length).toFixed(2)}, peak ${Math.max(...during).toFixed(2)} over ${during.length} sample(s)`
    : 'no sample (under a minute)';
log(`load average after: ${load()}; during (1-min average, sampled each minute): ${summary}`);
log(`${command.join(' ')} exited with ${code}`);
process.exit(code);
