// Package checks on the packed tarball: publint (warnings count as errors) and Are the Types Wrong? with its
// esm-only profile (the package is ESM-only: no `require` condition, so CommonJS and node10 resolution are out of
// scope). `styles.css` is a stylesheet, not a module with types, so attw skips it. Exits 1 on any problem.
// Run after `npm run build`: `node scripts/check-package.mjs` (or `npm run check:package`).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packTarball, root } from './packed-tarball.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);
const checks = [
  ['publint', (tarball) => [bin('publint'), ['run', tarball, '--strict']]],
  ['attw', (tarball) => [bin('attw'), [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './styles.css', '--format', 'table-flipped', '--no-color']]],
];

const { tarball, dispose } = packTarball();
const failed = [];
try {
  for (const [name, command] of checks) {
    const [file, args] = command(tarball);
    console.log(`\n$ ${name} ${args.join(' ')}`);
    const result = spawnSync(file, args, { stdio: 'inherit' });
    if (result.status !== 0) failed.push(name);
  }
} finally {
  dispose();
}
console.log(failed.length ? `\ncheck-package: FAIL (${failed.join(', ')})` : '\ncheck-package: pass (publint, attw)');
process.exit(failed.length ? 1 : 0);
