// What the kit costs an app, measured the way an app's bundler sees the published package: each row is a small app
// entry importing from `phone-number-kit` (resolved through node_modules to a package folder and its `exports`),
// bundled for production by Rollup (Vite), esbuild and webpack (minified; gzip level 9), with react, react-dom and
// @tanstack/react-query external (the app has them anyway) and every other dependency bundled.
// Up front = the entry chunk and every chunk it imports statically, transitively (what loads before the user opens a
// step); lazy = the chunks reachable from those only through `import()`; "everything" counts both.
// test/budgets/bundle.test.ts runs it on a fresh build of the sources (JS only, into a temporary folder);
// scripts/check-dist.mjs runs it on dist/.
// `node scripts/bundle-budgets.mjs [fresh|dist]` prints the table (default: fresh); `--analyze[=<part of a row's name>]`
// prints instead the biggest inputs of each (matching) row.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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
  'useAccountSecurity',
  'useSetPrimaryPhoneNumber',
  'usePolicy',
  'PolicyScope',
];
export const ADAPTER_EXPORTS = ['createClerkFrontendApiAdapter'];

/** The bundlers every row is measured with, in table order. */
export const BUNDLERS = ['rollup', 'esbuild', 'webpack'];
const BUNDLER_LABELS = { rollup: 'Rollup (Vite)', esbuild: 'esbuild', webpack: 'webpack' };

const KB = 1024;
const PACKAGE = 'phone-number-kit';

// The hooks rows are over the 8 KB issue 6 set for them: the adapter contract issue 14 asked for (the account read,
// "Set as primary", the authenticator app and session re-verification in every adapter), host policy and the account
// hooks add about 1.3 KB there (Rollup: 7.95 KB when issue 6 closed, 9.24 KB now). Their `budget` is a ceiling a
// little above what is measured now (so nothing may grow further) and `target` is the 8 KB they had; the table
// prints both.
/** The rows: what each app entry imports and its budget in gzip bytes (of what loads up front). */
export function budgetRows() {
  const hooks = HOOK_EXPORTS.join(', ');
  return [
    // Headless apps import from `phone-number-kit/hooks` (no component, no `import()` in its graph).
    { name: 'Hooks + Frontend API adapter (`phone-number-kit/hooks`)', code: `export { ${hooks}, ${ADAPTER_EXPORTS.join(', ')} } from '${PACKAGE}/hooks';`, budget: 9.7 * KB, target: 8 * KB, scope: 'initial' },
    {
      name: 'Hooks + clerk-js adapter (`phone-number-kit/hooks`, `phone-number-kit/clerk-js`)',
      code: `export { ${hooks} } from '${PACKAGE}/hooks'; export * from '${PACKAGE}/clerk-js';`,
      budget: 8.8 * KB,
      target: 8 * KB,
      scope: 'initial',
    },
    {
      name: 'PhoneNumbersSection list view (before "add")',
      code: `export { PhoneNumberKitProvider, PhoneNumbersSection, createClerkFrontendApiAdapter } from '${PACKAGE}';`,
      // Issue 14 allows +1 KB over the 16 KB this row had (host policy, "Set as primary", the account read, the step-up outlet).
      budget: 17 * KB,
      scope: 'initial',
    },
    {
      name: 'Everything in the main entry (all components and hooks, phone input, metadata, input-otp)',
      code: `export * from '${PACKAGE}';`,
      budget: 85 * KB,
      scope: 'all',
      css: 6 * KB,
    },
    // The support console is its own entry: no account-settings page ships it, and it ships no phone input metadata.
    { name: 'Support console entry (`phone-number-kit/support`, everything incl. lazy)', code: `export * from '${PACKAGE}/support';`, budget: 20 * KB, scope: 'all' },
    // Issue 14's budget for the new code in its own entry: what `phone-number-kit/two-step` (the authenticator app,
    // the two-step card and the step-up dialog) adds to a page that has the main entry (the provider lives there, so
    // every page with the two-step cards has it). The entry shares backup codes, the code step and the common parts
    // with the main entry; the page ships those once, so they count in the main entry's row, not here.
    {
      name: 'Two-step entry added to the main entry (`phone-number-kit/two-step` on a page with `phone-number-kit`), everything incl. lazy',
      code: `export * from '${PACKAGE}'; export * from '${PACKAGE}/two-step';`,
      addedTo: `export * from '${PACKAGE}';`,
      budget: 25 * KB,
      scope: 'all',
    },
    // The same entry counted alone, shared code and all: a ceiling so that it does not grow unnoticed. esbuild's is
    // the biggest: with the main entry absent, it loads up front what the entry's files reach and its lazy steps use.
    {
      name: 'Two-step entry alone (`phone-number-kit/two-step`), everything incl. lazy (enrollment step, QR code, step-up dialog, code step)',
      code: `export * from '${PACKAGE}/two-step';`,
      // Its code field comes from the steps' lazy module (common/steps.ts), which also holds the add form: one module
      // keeps the list view and "everything" smaller under esbuild and webpack, and costs this row the add form's code
      // (~4 KB under esbuild, which loads it with the code field). esbuild keeps the add form's `import()` of the
      // phone library (~45 KB) reachable, though the two-step cards never open an add form: not counted.
      neverLoads: /[\\/]AddPhoneNumber[\\/]phoneLibrary\.js$/m,
      budget: 42 * KB,
      scope: 'all',
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// The package under measurement

/**
 * Builds the library's JavaScript and CSS from the sources into a temporary package folder (the repo's Vite config
 * without the declaration step, which is slow and adds nothing an app bundles), beside a copy of package.json and a
 * link to the repo's node_modules so the built files resolve their dependencies as they would in an app.
 */
export async function buildFreshPackage() {
  const { build, loadConfigFromFile } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'pnk-budget-package-'));
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(root, 'vite.config.ts'), root, 'silent');
  const config = loaded?.config ?? {};
  const plugins = config.plugins.flat(Infinity).filter((plugin) => plugin && !/dts/.test(plugin.name ?? ''));
  await withProductionEnv(() =>
    build({
      ...config,
      test: undefined,
      configFile: false,
      root,
      logLevel: 'silent',
      plugins,
      // The test matrix's React aliases (PNK_REACT) are for running tests; the library build never bundles React.
      resolve: { ...config.resolve, alias: {} },
      build: { ...config.build, outDir: join(dir, 'dist'), emptyOutDir: true, sourcemap: false },
    }),
  );
  writeFileSync(join(dir, 'package.json'), readFileSync(resolve(root, 'package.json')));
  symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** A temporary app folder whose node_modules/phone-number-kit links to `packageDir`; `remove()` deletes it. */
export function createApp(packageDir) {
  const dir = mkdtempSync(join(tmpdir(), 'pnk-budget-app-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(packageDir, join(dir, 'node_modules', PACKAGE), 'dir');
  let count = 0;
  return {
    dir,
    /** Writes an app entry with `code` and returns its path. */
    entry(code) {
      const file = join(dir, `entry-${++count}.js`);
      writeFileSync(file, `${code}\n`);
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Bundling: every bundler returns the same shape of chunks

/**
 * @typedef {{ fileName: string, code: string, isEntry: boolean, imports: string[], dynamicImports: string[], modules: string[] }} Chunk
 */

// Vite and the bundlers pick production code paths from NODE_ENV, which test runners set to `test`.
async function withProductionEnv(run) {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await run();
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

const EXTERNAL = /^(react|react-dom|@tanstack\/react-query)($|\/)/;

// The build marks client modules with a module-level 'use client' (for React Server Components hosts); bundlers that
// do not act on it say they dropped it. That, and only that, is expected; any other warning fails the measurement.
const isDirectiveWarning = (text) => /use client/.test(text) && /directive/i.test(text);

function failOnWarnings(bundler, warnings) {
  const unexpected = warnings.filter((text) => !isDirectiveWarning(text));
  if (process.env.PNK_BUDGET_VERBOSE) console.error(`${bundler}: ${warnings.length - unexpected.length} 'use client' warning(s) ignored`);
  if (unexpected.length) throw new Error(`${bundler} warned while bundling:\n${unexpected.join('\n')}`);
}

/** Bundles the app entry at `file` with `bundler`; returns its chunks. */
export function bundleWith(bundler, file) {
  const run = { rollup: bundleWithRollup, esbuild: bundleWithEsbuild, webpack: bundleWithWebpack }[bundler];
  if (!run) throw new Error(`unknown bundler ${bundler}`);
  return withProductionEnv(() => run(file));
}

async function bundleWithRollup(file) {
  const { build } = await import('vite');
  const warnings = [];
  const result = await build({
    mode: 'production',
    configFile: false,
    root: dirname(file),
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // Library mode, so no app scaffolding (Vite's preload helper) is counted as the kit's; minified and stripped
    // of tree-shaking annotations as an app's final build is (library mode alone would keep them for re-bundling).
    build: {
      write: false,
      minify: true,
      lib: { entry: file, formats: ['es'], fileName: 'entry' },
      rollupOptions: {
        external: (id) => EXTERNAL.test(id),
        // The entry re-exports only to keep the row's imports alive. An app's entry has no export signature to keep
        // exact, so Rollup may merge code the lazy chunks share into it, as it does in an app build; library mode's
        // default ('strict') would split that code into extra chunks no app ships.
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } },
        onLog(level, log) {
          if (level === 'warn') warnings.push(`${log.code ?? ''} ${log.message}`);
        },
      },
    },
  });
  failOnWarnings('rollup', warnings);
  const output = (Array.isArray(result) ? result[0] : result).output;
  return output
    .filter((item) => item.type === 'chunk')
    .map((chunk) => ({
      fileName: chunk.fileName,
      code: chunk.code,
      isEntry: chunk.isEntry,
      imports: chunk.imports,
      dynamicImports: chunk.dynamicImports,
      modules: chunk.moduleIds,
    }));
}

async function bundleWithEsbuild(file) {
  const esbuild = await import('esbuild');
  const outdir = join(dirname(file), 'esbuild-out');
  const result = await esbuild.build({
    entryPoints: [file],
    absWorkingDir: dirname(file),
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    outdir,
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query', '@tanstack/react-query/*'],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  });
  failOnWarnings('esbuild', result.warnings.map((warning) => warning.text));
  const code = new Map(result.outputFiles.map((output) => [resolve(output.path), output.text]));
  const entryPoint = (output) => output.entryPoint && resolve(dirname(file), output.entryPoint);
  return Object.entries(result.metafile.outputs)
    .filter(([path]) => path.endsWith('.js'))
    .map(([path, output]) => {
      const fileName = resolve(dirname(file), path);
      const internal = (kind) => output.imports.filter((item) => item.kind === kind && !item.external).map((item) => resolve(dirname(file), item.path));
      return {
        fileName,
        code: code.get(fileName),
        isEntry: entryPoint(output) === file,
        imports: internal('import-statement'),
        dynamicImports: internal('dynamic-import'),
        modules: Object.keys(output.inputs).map((input) => resolve(dirname(file), input)),
      };
    });
}

async function bundleWithWebpack(file) {
  const { default: webpack } = await import('webpack');
  const outDir = join(dirname(file), 'webpack-out');
  const compiler = webpack({
    mode: 'production',
    context: dirname(file),
    entry: { main: file },
    target: 'web',
    devtool: false,
    performance: false,
    experiments: { outputModule: true },
    // ES module output (what `import()` of a chunk needs without a loader shim); the entry is a library so its
    // exports are kept, as the other bundlers keep an entry's exports.
    output: { path: outDir, module: true, chunkFormat: 'module', chunkLoading: 'import', library: { type: 'module' }, clean: true },
    externalsType: 'module',
    externals: [({ request }, callback) => (EXTERNAL.test(request) ? callback(null, `module ${request}`) : callback())],
  });
  const stats = await new Promise((done, fail) => compiler.run((error, result) => (error ? fail(error) : done(result))));
  await new Promise((done) => compiler.close(done));
  const { compilation } = stats;
  if (compilation.errors.length) throw new Error(`webpack failed:\n${compilation.errors.map((error) => error.message).join('\n')}`);
  failOnWarnings('webpack', compilation.warnings.map((warning) => warning.message));
  const entryChunks = compilation.entrypoints.get('main').chunks;
  const fileOf = (chunk) => join(outDir, [...chunk.files].find((name) => /\.m?js$/.test(name)));
  // Concatenated modules (scope hoisting) hold the modules they were made of.
  const modulesOf = (chunk) =>
    [...compilation.chunkGraph.getChunkModulesIterable(chunk)].flatMap((module) => (module.modules ?? [module]).map((inner) => inner.nameForCondition?.() ?? inner.identifier()));
  const chunks = [...compilation.chunks].map((chunk) => ({
    fileName: fileOf(chunk),
    code: readFileSync(fileOf(chunk), 'utf8'),
    isEntry: chunk === entryChunks[0],
    // Chunks of the entrypoint load together; every other chunk loads through `import()`.
    imports: chunk === entryChunks[0] ? entryChunks.slice(1).map(fileOf) : [],
    dynamicImports: [...chunk.getAllAsyncChunks()].map(fileOf),
    modules: modulesOf(chunk).filter(Boolean),
  }));
  rmSync(outDir, { recursive: true, force: true });
  return chunks;
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** Splits chunks into what loads up front (entry + static imports, transitively) and what loads through `import()`. */
export function splitChunks(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (starts, follow) => {
    const seen = new Set();
    const visit = (chunk) => {
      if (!chunk || seen.has(chunk)) return;
      seen.add(chunk);
      follow(chunk).forEach((name) => visit(byName.get(name)));
    };
    starts.forEach(visit);
    return seen;
  };
  const initial = closure([chunks.find((chunk) => chunk.isEntry)], (chunk) => chunk.imports);
  const reachable = closure([...initial], (chunk) => [...chunk.imports, ...chunk.dynamicImports]);
  // Chunks no `import()` reaches (esbuild emits one per dynamic import it saw, even in code it shook off) never load.
  return { initial: [...initial], lazy: [...reachable].filter((chunk) => !initial.has(chunk)) };
}

/**
 * Measures one row with one bundler: gzip (and minified) bytes up front, of the lazy chunks, and in all; the budget
 * applies to `bytes` (up front, or everything for the `all` rows). `modules` lists what loads up front.
 */
export async function measure(row, bundler, app) {
  const chunks = await bundleWith(bundler, app.entry(row.code));
  const { initial, lazy } = splitChunks(chunks);
  const sum = (list, size) => list.reduce((total, chunk) => total + size(chunk.code), 0);
  // `neverLoads`: lazy chunks this entry can reach but never loads (a bundler that cannot shake a dynamic import's
  // unused exports keeps the way to them), not counted; the row says which and why.
  const loads = (chunk) => !row.neverLoads?.test(chunk.modules.join('\n'));
  const counted = row.scope === 'all' ? [...initial, ...lazy.filter(loads)] : initial;
  // A row `addedTo` another app entry counts what its code adds to that entry's bundle (the same bundler, everything).
  const base = row.addedTo ? await measure({ name: row.name, code: row.addedTo, scope: 'all' }, bundler, app) : { bytes: 0, minBytes: 0 };
  return {
    name: row.name,
    bundler,
    bytes: sum(counted, gzip) - base.bytes,
    minBytes: sum(counted, (code) => code.length) - base.minBytes,
    lazyBytes: row.scope === 'all' ? 0 : sum(lazy, gzip),
    budget: row.budget,
    modules: initial.flatMap((chunk) => chunk.modules),
    lazyModules: lazy.flatMap((chunk) => chunk.modules),
  };
}

/** gzip bytes of the package's one stylesheet (`phone-number-kit/styles.css`), which every bundler ships as is. */
export function measureCss(packageDir) {
  return gzip(readFileSync(join(packageDir, 'dist', 'styles.css'), 'utf8'));
}

/** Every row under every bundler, for the package at `packageDir`. */
export async function measureAll(packageDir, bundlers = BUNDLERS) {
  const app = createApp(packageDir);
  try {
    const results = [];
    for (const row of budgetRows()) for (const bundler of bundlers) results.push(await measure(row, bundler, app));
    const cssRow = budgetRows().find((row) => row.css);
    return { results, css: { bytes: measureCss(packageDir), budget: cssRow.css } };
  } finally {
    app.remove();
  }
}

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

/** A markdown table: one row per app entry, one column per bundler (gzip up front; lazy and minified beside it). */
export function table({ results, css }) {
  const bundlers = BUNDLERS.filter((bundler) => results.some((r) => r.bundler === bundler));
  const lines = [
    `| What the app imports | ${bundlers.map((bundler) => BUNDLER_LABELS[bundler]).join(' | ')} | budget (gzip) |`,
    `|---|${bundlers.map(() => '---:|').join('')}---:|`,
  ];
  for (const row of budgetRows()) {
    const cells = bundlers.map((bundler) => {
      const r = results.find((result) => result.name === row.name && result.bundler === bundler);
      const lazy = r.lazyBytes ? ` (+ ${kb(r.lazyBytes)} on "add")` : '';
      const over = r.bytes > r.budget ? ' **over**' : '';
      return `${kb(r.bytes)}${over}${lazy}`;
    });
    const target = row.target ? ` (target ${kb(row.target)})` : '';
    lines.push(`| ${row.name} | ${cells.join(' | ')} | ${kb(row.budget)}${target} |`);
  }
  lines.push(`| CSS (\`styles.css\`, all components; the same file under every bundler) | ${bundlers.map(() => kb(css.bytes)).join(' | ')} | ${kb(css.budget)} |`);
  return lines.join('\n');
}

const keyOf = (r) => `${r.name} (${r.bundler})`;

/** Every row over its budget under any bundler (no exemptions), as messages. */
export function overruns({ results, css }) {
  const problems = [];
  for (const r of results) if (r.bytes > r.budget) problems.push(`${keyOf(r)}: ${kb(r.bytes)} gzip is over its ${kb(r.budget)} budget`);
  if (css.bytes > css.budget) problems.push(`CSS: ${kb(css.bytes)} gzip is over its ${kb(css.budget)} budget`);
  return problems;
}

/**
 * Files of the built package reached from `file` through static imports only, and the bare specifiers they import:
 * what every bundler must load up front whatever it does with `import()`.
 */
export function staticReach(file, seen = new Set(), bare = new Set()) {
  if (seen.has(file)) return { files: seen, bare };
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/^\s*(?:import|export)\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/gm)) {
    const spec = match[1];
    if (spec.startsWith('.')) staticReach(join(dirname(file), spec), seen, bare);
    else bare.add(spec);
  }
  return { files: seen, bare };
}

/** The modules only the lazy steps may load (their folders, and the libraries only they use). */
export const LAZY_ONLY = /[\\/]components[\\/](AddPhoneNumber|VerifyPhoneNumber)[\\/](?!parts\.)|libphonenumber-js|react-phone-number-input|input-otp/;

/**
 * The biggest inputs of what a row loads up front, by minified bytes in esbuild's output (its metafile): where the
 * bytes of a row over budget come from. Printed by `--analyze[=<part of a row's name>]`.
 */
export async function analyze(packageDir, match = '', top = 25) {
  const esbuild = await import('esbuild');
  const app = createApp(packageDir);
  try {
    for (const row of budgetRows().filter((candidate) => candidate.name.includes(match))) {
      const file = app.entry(row.code);
      const result = await withProductionEnv(() =>
        esbuild.build({
          entryPoints: [file], absWorkingDir: dirname(file), bundle: true, splitting: true, format: 'esm', minify: true, write: false, metafile: true,
          outdir: join(dirname(file), 'analyze-out'), logLevel: 'silent', external: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query', '@tanstack/react-query/*'],
          define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        }),
      );
      const { outputs } = result.metafile;
      const counted = new Set();
      const visit = (path) => {
        if (counted.has(path)) return;
        counted.add(path);
        for (const item of outputs[path].imports) if (!item.external && (item.kind === 'import-statement' || row.scope === 'all')) visit(item.path);
      };
      visit(Object.keys(outputs).find((path) => outputs[path].entryPoint && resolve(dirname(file), outputs[path].entryPoint) === file));
      const bytes = new Map();
      for (const path of counted) for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) bytes.set(input, (bytes.get(input) ?? 0) + bytesInOutput);
      const name = (input) => input.replace(/^.*?node_modules[\\/]/, '').replace(/^phone-number-kit[\\/]/, '').replace(/^.*pnk-budget-package-[^\\/]+[\\/]/, '');
      const sorted = [...bytes].filter(([, size]) => size > 0).sort((a, b) => b[1] - a[1]);
      console.log(`\n${row.name}: ${sorted.reduce((sum, [, size]) => sum + size, 0)} B minified (esbuild, ${row.scope === 'all' ? 'everything' : 'up front'}), ${counted.size} chunk(s)`);
      for (const [input, size] of sorted.slice(0, top)) console.log(`${String(size).padStart(7)}  ${name(input)}`);
    }
  } finally {
    app.remove();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const analyzeArg = process.argv.find((arg) => arg.startsWith('--analyze'));
  const from = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'fresh';
  const packageDir = from === 'dist' ? root : await buildFreshPackage();
  try {
    if (analyzeArg) await analyze(packageDir, analyzeArg.split('=')[1] ?? '');
    else {
      const measured = await measureAll(packageDir);
      console.log(table(measured));
      const problems = overruns(measured);
      if (problems.length) {
        console.error(problems.join('\n'));
        process.exitCode = 1;
      }
    }
  } finally {
    if (packageDir !== root) rmSync(packageDir, { recursive: true, force: true });
  }
}

