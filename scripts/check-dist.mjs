// Checks the built package: every `exports` target exists, and the main entry (with every chunk it imports)
// never reaches the testing entry or msw. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];

for (const [subpath, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of files) if (!existsSync(join(root, file))) problems.push(`${subpath}: ${file} is missing`);
}

/** Follows relative imports from a built file and returns the bare specifiers it reaches. */
function reach(file, seen = new Set(), bare = new Set()) {
  if (seen.has(file)) return bare;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
    const spec = match[1] ?? match[2];
    if (spec.startsWith('.')) reach(join(dirname(file), spec), seen, bare);
    else bare.add(spec);
  }
  return bare;
}

const mainFile = join(root, pkg.exports['.'].import);
const seen = new Set();
const bare = reach(mainFile, seen);
for (const spec of bare) if (/^msw($|\/)/.test(spec)) problems.push(`the main entry imports ${spec}`);
for (const file of seen) if (/testing/.test(file)) problems.push(`the main entry reaches ${file}`);

if (problems.length > 0) {
  console.error(`check-dist: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`check-dist: ok (${Object.keys(pkg.exports).length} exports; main entry reaches ${seen.size} file(s), imports ${[...bare].join(', ') || 'nothing'})`);
