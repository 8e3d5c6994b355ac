/// <reference types="vitest/config" />
import { defineConfig, searchForWorkspaceRoot, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { benchCommands } from './bench/machine.ts';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { reactMatrix } from './test/react/reactMatrix.ts';
import { ssrCommands } from './test/ssr/serverRenderCommand.ts';
import { directiveStatements } from './scripts/client-boundary.mjs';

/**
 * Where a failing test's files go (failure screenshots, a failed visual comparison's actual and diff images, test
 * attachments): outside the work tree, so a red run never leaves files in tracked folders.
 */
const testScratch = join(tmpdir(), 'phone-number-kit-tests');
/** The browser projects' server may write there (Vitest checks screenshot paths against `server.fs.allow`). */
const testServer = { fs: { allow: [searchForWorkspaceRoot(process.cwd()), testScratch] } };

/** What Vitest passes to toMatchScreenshot's path resolvers (the fields used here). */
interface ScreenshotPathData {
  arg: string;
  ext: string;
  root: string;
  testFileDirectory: string;
  testFileName: string;
  browserName: string;
  platform: string;
}

/**
 * Built once per project: Vitest writes the project name into the instance objects,
 * so sharing one object mislabels the storybook project's results.
 */
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
    screenshotDirectory: join(testScratch, 'failure-screenshots'),
    expect: {
      toMatchScreenshot: {
        // How long it may take to get two equal screenshots in a row (5 s by default, too short on a busy machine).
        timeout: 30_000,
        // The committed references stay next to their test (Vitest derives the default from screenshotDirectory).
        resolveScreenshotPath: ({ arg, ext, root, testFileDirectory, testFileName, browserName, platform }: ScreenshotPathData) =>
          resolve(root, testFileDirectory, '__screenshots__', testFileName, `${arg}-${browserName}-${platform}${ext}`),
        resolveDiffPath: ({ arg, ext, testFileDirectory, testFileName, browserName, platform }: ScreenshotPathData) =>
          resolve(testScratch, 'screenshot-diffs', testFileDirectory, testFileName, `${arg}-${browserName}-${platform}${ext}`),
      },
    },
  };
}

// Everything a consumer provides is left external, so the kit never ships a second React or QueryClient.
const external = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^@tanstack\/react-query($|\/)/,
  /^libphonenumber-js($|\/)/,
  /^msw($|\/)/,
  /^react-phone-number-input($|\/)/,
  /^input-otp($|\/)/,
  // The QR code of authenticator-app enrollment (`phone-number-kit/two-step`), loaded with its step.
  /^uqr($|\/)/,
  // Only the reference backend (`phone-number-kit/testing`) computes authenticator codes.
  /^otpauth($|\/)/,
];

/**
 * The library build sends every `react` and `react/jsx-runtime` import of a source module through one module each
 * (src/internal/react.ts, src/internal/jsx-runtime.ts), so an app's esbuild writes one import statement per chunk
 * rather than one per kit module (it never merges them; Rollup and webpack do). Only the build: tests and Storybook
 * import React as written.
 */
const reactImports: Record<string, string> = {
  react: resolve(__dirname, 'src/internal/react.ts'),
  'react/jsx-runtime': resolve(__dirname, 'src/internal/jsx-runtime.ts'),
};
const sources = resolve(__dirname, 'src');
const clientModules = new Map<string, boolean>();
/** Whether a source module starts with `'use client'` (read once per module; check-dist's reading of the directive). */
function isClientModule(file: string): boolean {
  let client = clientModules.get(file);
  if (client === undefined) {
    client = existsSync(file) && directiveStatements(readFileSync(file, 'utf8'), file.endsWith('.tsx') ? 'tsx' : 'ts').first;
    clientModules.set(file, client);
  }
  return client;
}
/**
 * Whether the build sends this import to src/internal (see {@link oneReactImport}) rather than leaving it external.
 * `react` only from client modules: src/internal/react.ts is a client module itself (React's server build has no
 * `createContext` or `useState` to re-export), so a server-safe module (a heading, the catalog's rich text) imports
 * `react` as written and a Server Component can still render it. The JSX runtime is the same on the server.
 */
function redirectsReact(id: string, importer: string | undefined): boolean {
  const target = reactImports[id];
  if (!target || !importer || importer === target || !importer.startsWith(sources)) return false;
  return id !== 'react' || isClientModule(importer);
}
function oneReactImport(): Plugin {
  return {
    name: 'pnk-one-react-import',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source, importer) => (redirectsReact(source, importer) ? reactImports[source] : null),
  };
}

const JSX_PURE_ANNOTATION = /\/\* @__PURE__ \*\/(?=\s*_?jsxs?\()/g;
/**
 * The library build leaves out the `/* @__PURE__ *\/` the JSX transform puts on every element (oxc ignores
 * `jsx.pure: false`): they sit inside components, where no bundler drops an element that is rendered, and webpack's
 * default minifier keeps each of them, twice, in an app's bundle (−0.12 KB gzip of the list view and −0.36 KB of
 * "everything" under webpack; Rollup and esbuild strip comments anyway). Blanked in place, so the source map holds.
 */
function noJsxPureAnnotations(): Plugin {
  return {
    name: 'pnk-no-jsx-pure-annotations',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!id.startsWith(sources) || !id.endsWith('.tsx')) return null;
      return { code: code.replace(JSX_PURE_ANNOTATION, (annotation) => ' '.repeat(annotation.length)), map: null };
    },
  };
}

/** `PNK_REACT=18.3|19.0` runs the tests on that React (npm aliases); unset, on the newest. See test/react/reactMatrix.ts. */
const matrix = reactMatrix();

export default defineConfig({
  resolve: { alias: matrix.alias },
  cacheDir: matrix.cacheDir,
  plugins: [
    react(),
    oneReactImport(),
    noJsxPureAnnotations(),
    dts({
      tsconfigPath: './tsconfig.build.json',
      entryRoot: 'src',
      // Sources import with `.ts`/`.tsx` extensions; published declarations must point at the `.js` build.
      beforeWriteFile: (filePath, content) => ({
        filePath,
        content: content.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+?)\.tsx?\2/g, '$1$2$3.js$2'),
      }),
    }),
  ],
  // Found up front, so the first browser run does not re-optimize and reload mid-test.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      '@tanstack/react-query',
      'react-phone-number-input/input-core',
      'libphonenumber-js/min',
      'libphonenumber-js/min/metadata',
      'input-otp',
      'uqr',
      'axe-core',
      'msw',
      'msw/browser',
      'msw-storybook-addon/csf3',
      '@clerk/clerk-js/no-rhc',
    ],
  },
  build: {
    copyPublicDir: false,
    sourcemap: true,
    // Readable ES modules (the app's bundler minifies them with the rest of the app); the stylesheet is minified.
    minify: false,
    cssMinify: true,
    lib: {
      entry: { index: 'src/index.ts', hooks: 'src/hooks.ts', 'adapter-kit': 'src/adapter-kit.ts', testing: 'src/testing/index.ts', 'testing/msw': 'src/testing/msw.ts', parts: 'src/parts.ts', 'clerk-js': 'src/clerk-js.ts', 'two-step': 'src/two-step.ts', server: 'src/server.ts', support: 'src/support.ts', 'locales/es': 'src/i18n/locales/es.ts', 'locales/de': 'src/i18n/locales/de.ts' },
      formats: ['es'],
      // The components' CSS, extracted to one file (`phone-number-kit/styles.css`); nothing is injected at run time.
      cssFileName: 'styles',
    },
    // One file per source module, so an app's bundler tree-shakes per module and keeps the lazily loaded steps
    // (the add form, the code step) in chunks of their own. Each file also keeps its source's `'use client'` (Rolldown
    // preserves module directives with preserveModules), which Server Components hosts need; check-dist checks it.
    // Rolldown's default ('smart') kept a file-local constant it had inlined while it was exported (clerk-js
    // mapResource's UNKNOWN_TIMESTAMP), so dropping an unused `export` cost bytes; 'all' inlines every primitive one.
    rollupOptions: { external: (id: string, importer: string | undefined) => !redirectsReact(id, importer) && external.some((pattern) => pattern.test(id)), optimization: { inlineConst: { mode: 'all', pass: 1 } }, output: { preserveModules: true, preserveModulesRoot: 'src' } },
  },
  test: {
    // What test/react/version.browser.test.tsx checks the page runs on.
    provide: { reactVersion: matrix.version },
    // Ceilings, not waits: generous so a busy machine (`npm run test:loaded`) passes, and a broken test still fails.
    expect: { poll: { timeout: 15_000 } },
    attachmentsDir: join(testScratch, 'attachments'),
    projects: [
      // Reports, not tests: only when asked for (`npm run bench:requests`).
      ...(process.env.PNK_BENCH
        ? [
            {
              extends: true as const,
              test: { name: 'bench', environment: 'jsdom' as const, include: ['bench/**/*.bench-run.tsx'], testTimeout: 60_000 },
            },
          ]
        : []),
      // Not with `bench:requests` (PNK_BENCH=requests): Vitest turns a `process.env.*` define into a process.env
      // assignment in its own process, so this project's production NODE_ENV would reach every project, and
      // testing-library's act() does not exist in production React.
      ...(process.env.PNK_BENCH && process.env.PNK_BENCH !== 'requests'
        ? [
            // `npm run bench`: interaction timings in Chromium; benchMachine tells the page the CPU and versions.
            // Production React (as an app ships it): development React's checks would dominate the timings.
            // Safe for the other projects: Vitest keeps each project's optimized deps in a cache of its own.
            {
              extends: true as const,
              define: { 'process.env.NODE_ENV': JSON.stringify('production') },
              optimizeDeps: { rolldownOptions: { transform: { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } } },
              test: {
                name: 'bench-browser',
                include: ['bench/**/*.bench-browser.tsx'],
                testTimeout: 300_000,
                browser: { ...chromium(), commands: benchCommands },
              },
            },
          ]
        : []),
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup/unit.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        server: testServer,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup/browser.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // serverRender: the SSR tests' server side, in Node (test/ssr/serverRenderCommand.ts).
          browser: { ...chromium(), commands: ssrCommands },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        server: testServer,
        test: {
          name: 'storybook',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          browser: chromium(),
        },
      },
    ],
  },
});
