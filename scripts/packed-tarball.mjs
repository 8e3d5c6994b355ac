// The package as npm would publish it: `npm pack` of the built dist/ into a temp dir (nothing is written to the
// work tree). Set PNK_TARBALL to check a tarball packed already. Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {{ tarball: string, dispose(): void }} */
export function packTarball() {
  if (process.env.PNK_TARBALL) return { tarball: resolve(process.env.PNK_TARBALL), dispose() {} };
  for (const file of ['dist/index.js', 'dist/adapter-kit.js', 'dist/testing.js', 'dist/testing/msw.js']) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'pnk-pack-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
  return { tarball: join(dir, packed.filename), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
