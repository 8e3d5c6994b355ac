// What the kit costs an app, measured the way an app's bundler sees it: each row is a small entry importing
// from the package's main entry, bundled for production with Vite (minified; gzip level 9), with react,
// react-dom and @tanstack/react-query external (the app has them anyway) and every other dependency bundled.
// Lazily loaded steps (`import()`) land in chunks of their own; "initial" counts the entry chunk and every chunk
// it imports statically, i.e. what loads before the user opens a step. Run on the sources by
// test/budgets/bundle.test.ts and on the built package by scripts/check-dist.mjs.
// `node scripts/bundle-budgets.mjs [src|dist]` prints the table.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A public entry (`index`, `clerk-js`), as sources or as the built file. */
export function entryFile(from = 'src', name = 'index') {
  return from === 'dist' ? resolve(root, `dist/${name}.js`) : resolve(root, `src/${name}.ts`);
}

/** The runtime exports of the hooks and the Frontend API adapter (test/budgets/bundle.test.ts checks the list). */
export const HOOK_EXPORTS = [
  'PhoneNumberKitProvider',
  'phoneNumberKeys',
  'usePhoneNumbers',
  'useAddPhoneNumber',
  'usePhoneNumberVerification',
  'useReserveForSecondFactor',
  'useMakeDefaultSecondFactor',
  'useRemovePhoneNumber',
  'useBackupCodes',
];
export const ADAPTER_EXPORTS = ['createClerkFrontendApiAdapter'];

const KB = 1024;

/** The rows: what each imports and its budget in gzip bytes (`initial`: count only what loads up front). */
export function budgetRows(from = 'src') {
  const entry = JSON.stringify(entryFile(from));
  const hooks = HOOK_EXPORTS.join(', ');
  return [
    { name: 'Hooks + Frontend API adapter', code: `export { ${hooks}, ${ADAPTER_EXPORTS.join(', ')} } from ${entry};`, budget: 8 * KB, initial: false },
    {
      name: 'Hooks + clerk-js adapter (`phone-number-kit/clerk-js`)',
      code: `export { ${hooks} } from ${entry}; export * from ${JSON.stringify(entryFile(from, 'clerk-js'))};`,
      budget: 8 * KB,
      initial: false,
    },
    {
      name: 'PhoneNumbersSection list view (before "add")',
      code: `export { PhoneNumberKitProvider, PhoneNumbersSection, createClerkFrontendApiAdapter } from ${entry};`,
      budget: 16 * KB,
      initial: true,
    },
    {
      name: 'Everything in the main entry (all components and hooks, phone input, metadata, input-otp, react-hook-form)',
      code: `export * from ${entry};`,
      budget: 85 * KB,
      initial: false,
      css: 6 * KB,
      // The built package ships its CSS as one file (the sources import theirs per component).
      cssFile: from === 'dist' ? resolve(root, 'dist/styles.css') : undefined,
    },
  ];
}

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/];

/** Bundles `code` as an app's entry and returns its output chunks and CSS assets. */
export async function bundle(code) {
  // Vite and the React plugin pick production transforms (no jsxDEV) from NODE_ENV, which test runners set to `test`.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await bundleForProduction(code);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

async function bundleForProduction(code) {
  const result = await build({
    mode: 'production',
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [
      react(),
      { name: 'budget-entry', enforce: 'pre', resolveId: (id) => (id.endsWith('budget-entry') ? '\0budget-entry' : null), load: (id) => (id === '\0budget-entry' ? code : null) },
    ],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // Library mode, so no app scaffolding (Vite's preload helper) is counted as the kit's; minified and stripped
    // of tree-shaking annotations as an app's final build is (library mode alone would keep them for re-bundling).
    build: {
      write: false,
      minify: true,
      lib: { entry: 'budget-entry', formats: ['es'], fileName: 'entry', cssFileName: 'styles' },
      rollupOptions: { external, output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } } },
    },
  });
  return (Array.isArray(result) ? result[0] : result).output;
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The entry chunk and every chunk it reaches through static imports. */
function initialChunks(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set();
  const visit = (chunk) => {
    if (!chunk || seen.has(chunk)) return;
    seen.add(chunk);
    chunk.imports.forEach((name) => visit(byName.get(name)));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  return [...seen];
}

/** Measures one row: gzip bytes of its JS (all chunks or the initial ones), of its CSS, and the modules it holds. */
export async function measure(row) {
  const output = await bundle(row.code);
  const chunks = output.filter((item) => item.type === 'chunk');
  const counted = row.initial ? initialChunks(chunks) : chunks;
  const css = row.cssFile ? [{ source: readFileSync(row.cssFile, 'utf8') }] : output.filter((item) => item.type === 'asset' && item.fileName.endsWith('.css'));
  return {
    name: row.name,
    bytes: counted.reduce((sum, chunk) => sum + gzip(chunk.code), 0),
    minBytes: counted.reduce((sum, chunk) => sum + chunk.code.length, 0),
    budget: row.budget,
    lazyBytes: row.initial ? chunks.filter((chunk) => !counted.includes(chunk)).reduce((sum, chunk) => sum + gzip(chunk.code), 0) : 0,
    cssBytes: css.reduce((sum, asset) => sum + gzip(String(asset.source)), 0),
    cssBudget: row.css,
    modules: counted.flatMap((chunk) => chunk.moduleIds),
  };
}

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

/** A markdown table of measured rows. */
export function table(results) {
  const lines = ['| What the app imports | min | gzip | budget (gzip) |', '|---|---:|---:|---:|'];
  for (const r of results) {
    const lazy = r.lazyBytes ? ` (+ ${kb(r.lazyBytes)} loaded on "add")` : '';
    lines.push(`| ${r.name} | ${kb(r.minBytes)} | ${kb(r.bytes)}${lazy} | ${kb(r.budget)} |`);
    if (r.cssBudget) lines.push(`| CSS (\`styles.css\`, all components) | | ${kb(r.cssBytes)} | ${kb(r.cssBudget)} |`);
  }
  return lines.join('\n');
}

/** Rows over budget, as messages. */
export function overruns(results) {
  const problems = [];
  for (const r of results) {
    if (r.bytes > r.budget) problems.push(`${r.name}: ${kb(r.bytes)} gzip is over its ${kb(r.budget)} budget`);
    if (r.cssBudget && r.cssBytes > r.cssBudget) problems.push(`CSS: ${kb(r.cssBytes)} gzip is over its ${kb(r.cssBudget)} budget`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const from = process.argv[2] ?? 'src';
  const results = [];
  for (const row of budgetRows(from)) results.push(await measure(row));
  console.log(table(results));
  const problems = overruns(results);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}
