// Checks the built package: every `exports` target exists, and the main entry (with every chunk it imports)
// never reaches the testing entry, msw or the translations; each public component's doc reaches its declarations.
// Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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
// Translations are opt-in imports (`phone-number-kit/locales/es`): an app that speaks only English must not ship them.
for (const file of seen) if (/[\\/]locales[\\/]/.test(file)) problems.push(`the main entry reaches the translation ${file}`);
// Also by content, in case a bundler inlines a catalog into a shared chunk under another name.
const translationMarkers = ['Códigos de respaldo', 'Zwei-Schritt-Verifizierung'];
for (const file of seen) {
  const code = readFileSync(file, 'utf8');
  for (const marker of translationMarkers) if (code.includes(marker)) problems.push(`${file} (main entry) contains "${marker}"`);
}
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (!subpath.startsWith('./locales/') || !existsSync(join(root, target.import))) continue;
  const localeFiles = new Set();
  reach(join(root, target.import), localeFiles);
  for (const file of localeFiles) if (seen.has(file)) problems.push(`${subpath} shares ${file} with the main entry`);
}

// The embed entry is for pages without a bundler: self-contained, React's production build, no Node globals.
const embedFile = join(root, pkg.exports['./embed'].import);
if (existsSync(embedFile)) {
  const embedSeen = new Set();
  const embedBare = reach(embedFile, embedSeen);
  if (embedBare.size > 0) problems.push(`the embed entry imports ${[...embedBare].join(', ')} (it must bundle everything)`);
  for (const file of embedSeen) {
    const code = readFileSync(file, 'utf8');
    if (/process\.env/.test(code)) problems.push(`${file} reads process.env`);
    if (/jsxDEV|react-dom\.development/.test(code)) problems.push(`${file} carries React's development build`);
    if (/testing|msw/.test(file)) problems.push(`the embed entry reaches ${file}`);
  }
}

// The adapter kit is for backends of any kind (a server, a worker, Node): it must load without React or any package.
const adapterKitFile = join(root, pkg.exports['./adapter-kit'].import);
if (existsSync(adapterKitFile)) {
  const adapterKitBare = reach(adapterKitFile);
  if (adapterKitBare.size > 0) problems.push(`the adapter-kit entry imports ${[...adapterKitBare].join(', ')} (it must import no package)`);
}

// The server entry holds the Clerk secret key. It imports no package (it runs on any runtime with fetch); no browser
// entry reaches its modules or imports `phone-number-kit/server`; and no built client file carries the secret key of
// the server tests or any `sk_` key literal (the testing entries ship the reference backend's own fake `sk_test_memory`).
const serverTarget = pkg.exports['./server'];
if (serverTarget && existsSync(join(root, serverTarget.import))) {
  const serverFile = join(root, serverTarget.import);
  /** Import specifiers of real statements only (the TSDoc examples kept in the build mention packages too). */
  const importsOf = (file) =>
    [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"\n]*?(?:from\s*)?["']([^"']+)["']/gm)].map((m) => m[1]);
  const serverOwn = new Set();
  const walk = (file) => {
    if (serverOwn.has(file)) return;
    serverOwn.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) walk(join(dirname(file), spec));
      else problems.push(`the server entry imports ${spec} (it must import no package)`);
    }
  };
  walk(serverFile);
  // The modules only the server has (the wire format in model/ is shared with the support entry on purpose).
  const serverOnly = [...serverOwn].filter((file) => file === serverFile || file.startsWith(join(root, 'dist', 'server') + '/'));
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.import;
    if (subpath === './server' || !file?.endsWith('.js') || !existsSync(join(root, file))) continue;
    const clientSeen = new Set();
    const clientBare = reach(join(root, file), clientSeen);
    if ([...clientBare].some((spec) => /^phone-number-kit\/server($|\/)/.test(spec))) problems.push(`${subpath} imports phone-number-kit/server`);
    for (const reached of clientSeen) {
      if (serverOnly.includes(reached)) problems.push(`${subpath} reaches the server code (${reached})`);
      const code = readFileSync(reached, 'utf8');
      if (code.includes('sk_test_9Zq7SecretForServerTests')) problems.push(`${reached} (${subpath}) contains the server tests' secret key`);
      const keys = [...code.matchAll(/sk_(?:test|live)_[A-Za-z0-9]+/g)].map((m) => m[0]).filter((key) => !(subpath.startsWith('./testing') && key === 'sk_test_memory'));
      if (keys.length > 0) problems.push(`${reached} (${subpath}) contains a secret key literal: ${keys[0].slice(0, 8)}…`);
    }
  }
}

// 'use client' as React Server Components hosts (Next.js App Router) need it: each built module starts with it exactly
// when its source does, the embed bundle has none, and the server-safe modules load under React's server build.
if (existsSync(mainFile)) {
  const { clientBoundaryProblems } = await import('./client-boundary.mjs');
  problems.push(...clientBoundaryProblems(root));
}

// Each public component's doc reaches the published declarations (a TSDoc block above the imports never does): what an
// editor shows on hovering it from the main entry says what it does and lists every part of its registry.
const partsFile = join(root, pkg.exports['./parts'].import);
const typesFile = join(root, pkg.exports['.'].types);
if (existsSync(partsFile) && existsSync(typesFile)) {
  const { PART_REGISTRY } = await import(pathToFileURL(partsFile).href);
  const { componentDocProblems } = await import('./dist-docs.mjs');
  const components = Object.entries(PART_REGISTRY)
    .filter(([key]) => key !== 'common')
    .map(([key, registry]) => ({ name: registry.component, key, block: registry.block, parts: Object.keys(registry.parts) }));
  // The support console's components are exported by `phone-number-kit/support` only.
  const inSupport = (component) => component.name.startsWith('Support');
  // The authenticator app and the whole two-step card are exported by `phone-number-kit/two-step` only.
  const inTwoStep = (component) => ['AuthenticatorAppSection', 'TwoStepVerificationSection'].includes(component.name);
  // The step-up dialog is not exported: the two-step cards and `ReverificationOutlet` (phone-number-kit/two-step) render it; its parts are in docs/parts.md.
  const internal = (component) => component.name === 'ReverificationDialog';
  problems.push(...componentDocProblems(typesFile, components.filter((component) => !inSupport(component) && !inTwoStep(component) && !internal(component))).map((problem) => `dist types: ${problem}`));
  const twoStepTypes = join(root, pkg.exports['./two-step'].types);
  problems.push(...componentDocProblems(twoStepTypes, components.filter(inTwoStep)).map((problem) => `dist types: ${problem}`));
  const supportTypes = join(root, pkg.exports['./support'].types);
  problems.push(...componentDocProblems(supportTypes, components.filter(inSupport)).map((problem) => `dist types: ${problem}`));
}

// The bundle budgets again, on dist/ itself (test/budgets/bundle.test.ts measures a fresh build of the sources): each
// row bundled by Rollup, esbuild and webpack from the package as an app resolves it, lazy steps only in lazy chunks.
if (existsSync(mainFile)) {
  const { LAZY_ONLY, measureAll, overruns, staticReach, table } = await import('./bundle-budgets.mjs');
  const { files, bare } = staticReach(mainFile);
  for (const file of files) if (LAZY_ONLY.test(file)) problems.push(`the main entry imports ${file} statically (a lazy step's module)`);
  for (const spec of bare) if (LAZY_ONLY.test(spec)) problems.push(`the main entry imports ${spec} statically (only the lazy steps may)`);
  const measured = await measureAll(root);
  console.log(`Bundle budgets of the built package:\n${table(measured)}`);
  problems.push(...overruns(measured).map((problem) => `dist: ${problem}`));
}

if (problems.length > 0) {
  console.error(`check-dist: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`check-dist: ok (${Object.keys(pkg.exports).length} exports; main entry reaches ${seen.size} file(s), imports ${[...bare].join(', ') || 'nothing'})`);
