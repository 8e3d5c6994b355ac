// @vitest-environment node
/**
 * Bundle budgets and tree-shaking, measured as an app's bundler sees the published package
 * (scripts/bundle-budgets.mjs): the sources are built as `npm run build` builds them (JS and CSS only) into a
 * temporary package, and each row is an app entry importing `phone-number-kit`, bundled by Rollup (Vite), esbuild
 * (code splitting on) and webpack 5 (production, default splitChunks); minified, gzip 9, react/react-dom/
 * @tanstack/react-query external. Prints the table the README shows; scripts/check-dist.mjs runs the same rows on dist/.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { directiveStatements } from '../../scripts/client-boundary.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as adapterKit from '../../src/adapter-kit.ts';
import * as adapters from '../../src/adapters/index.ts';
import * as headless from '../../src/hooks.ts';
import * as hooks from '../../src/hooks/index.ts';
import * as main from '../../src/index.ts';
import {
  ADAPTER_EXPORTS,
  BUNDLERS,
  budgetRows,
  buildFreshPackage,
  bundleWith,
  createApp,
  HOOK_EXPORTS,
  LAZY_ONLY,
  measure,
  measureCss,
  overruns,
  staticReach,
  table,
  type App,
  type Measured,
} from '../../scripts/bundle-budgets.mjs';

let packageDir: string;
let app: App;

beforeAll(async () => {
  packageDir = await buildFreshPackage();
  app = createApp(packageDir);
}, 180_000);

afterAll(() => {
  app?.remove();
  if (packageDir) rmSync(packageDir, { recursive: true, force: true });
});

/** Every module an app bundles (Rollup) when its entry is `code`. */
async function modulesFor(code: string): Promise<string[]> {
  return (await bundleWith('rollup', app.entry(code))).flatMap((chunk) => chunk.modules);
}

describe('bundle budgets', () => {
  it('the hook and adapter rows name every runtime export of src/hooks and src/adapters', () => {
    expect([...HOOK_EXPORTS].sort()).toEqual(Object.keys(hooks).sort());
    expect([...ADAPTER_EXPORTS].sort()).toEqual(Object.keys(adapters).sort());
  });

  it('the headless entry (`phone-number-kit/hooks`) is the error, isVerified, the adapters and the hooks, all in the main entry too but the code step\'s hook', () => {
    const model = ['PhoneKitError', 'KitErrorCode', 'isPhoneKitError', 'isVerified'];
    expect(Object.keys(headless).sort()).toEqual([...model, ...Object.keys(adapters), ...Object.keys(hooks)].sort());
    // A static re-export would put it in every page's first chunk under esbuild (src/index.ts says why).
    expect(Object.keys(headless).filter((name) => !(name in main)).sort()).toEqual([...HEADLESS_ONLY].sort());
  });

  it('the wire parsers and serializers are in `phone-number-kit/adapter-kit` only, with the same error class as the app entries', () => {
    const wire = Object.keys(adapterKit).filter((name) => /^(parse|to)[A-Z]/.test(name));
    expect(wire.sort()).toEqual([
      'parseAccountSecurity',
      'parseAccountSecurityEnvelope',
      'parseBackupCodes',
      'parseBackupCodesEnvelope',
      'parseDeletedObject',
      'parseDeletedObjectEnvelope',
      'parsePhoneNumber',
      'parsePhoneNumberEnvelope',
      'parsePhoneNumberList',
      'parseTotpEnrollment',
      'parseTotpEnrollmentEnvelope',
      'parseTotpVerification',
      'parseTotpVerificationEnvelope',
      'toBackupCodesJson',
      'toDeletedObjectJson',
      'toPhoneNumberJson',
      'toTotpJson',
      'toVerificationJson',
    ]);
    expect(wire.filter((name) => name in main || name in headless)).toEqual([]);
    expect(adapterKit.PhoneKitError).toBe(main.PhoneKitError);
  });

  it('the headless entry reaches no component, theme or catalog, and no import() anywhere below it', () => {
    const { files, bare } = staticReach(join(packageDir, 'dist/hooks.js'));
    expect(files.size).toBeGreaterThan(20);
    expect([...files].filter((file) => /[\\/]dist[\\/](components|i18n|theme)[\\/]/.test(file) || LAZY_ONLY.test(file))).toEqual([]);
    // esbuild makes every import() target an entry point before it tree-shakes (evanw/esbuild#3704).
    expect([...files].filter((file) => /\bimport\(/.test(readFileSync(file, 'utf8')))).toEqual([]);
    expect([...bare].sort()).toEqual(['@tanstack/react-query', 'react', 'react/jsx-runtime']);
  });

  it('the main entry reaches the lazy steps only through import(), so no bundler can load them up front', () => {
    const { files, bare } = staticReach(join(packageDir, 'dist/index.js'));
    expect(files.size).toBeGreaterThan(50);
    expect([...files].filter((file) => LAZY_ONLY.test(file))).toEqual([]);
    expect([...bare].filter((spec) => LAZY_ONLY.test(spec))).toEqual([]);
    const lazySteps = readFileSync(join(packageDir, 'dist/components/common/lazySteps.js'), 'utf8');
    expect(lazySteps).toMatch(/import\(\s*["']\.\/steps\.js["']\s*\)/);
    expect(readFileSync(join(packageDir, 'dist/components/AddPhoneNumber/loadPhoneLibrary.js'), 'utf8')).toMatch(/import\(\s*["']\.\/phoneLibrary\.js["']\s*\)/);
  });

  it('the built modules import React through one module each (dist/internal), so an app\'s esbuild writes one import per chunk', () => {
    const { files } = staticReach(join(packageDir, 'dist/index.js'));
    // A server-safe module (no 'use client') imports `react` itself: dist/internal/react.js is a client module.
    const direct = [...files].filter((file) => {
      if (/[\\/]dist[\\/]internal[\\/]/.test(file)) return false;
      const code = readFileSync(file, 'utf8');
      return /from\s*["']react\/jsx-runtime["']/.test(code) || (directiveStatements(code).first && /from\s*["']react["']/.test(code));
    });
    expect(direct).toEqual([]);
    expect(files.size).toBeGreaterThan(50);
    expect(readFileSync(join(packageDir, 'dist/internal/jsx-runtime.js'), 'utf8')).toMatch(/from\s*["']react\/jsx-runtime["']/);
  });

  const results: Measured[] = [];

  it.each(BUNDLERS)('every row within its gzip budget under %s, the lazy steps in lazy chunks', async (bundler) => {
    const mine: Measured[] = [];
    for (const row of budgetRows()) mine.push(await measure(row, bundler, app));
    results.push(...mine);
    // Every row within its budget, no exemptions; and the check sees a row over budget (it can fail).
    const css = { bytes: 0, budget: 0 };
    expect(overruns({ results: mine, css })).toEqual([]);
    expect(overruns({ results: [{ ...mine[0]!, budget: mine[0]!.bytes - 1 }], css })).toHaveLength(1);
    // The list view really is lazy: the phone input, its metadata and input-otp load on "add".
    const listView = mine.find((r) => r.name.startsWith('PhoneNumbersSection'))!;
    expect(listView.lazyBytes).toBeGreaterThan(0);
    expect(listView.modules.filter((id) => LAZY_ONLY.test(id))).toEqual([]);
    for (const lazy of [/AddPhoneNumber[\\/]AddPhoneNumber\.js$/, /VerifyPhoneNumber[\\/]VerifyPhoneNumber\.js$/, /libphonenumber-js/, /input-otp/]) {
      expect(listView.lazyModules.some((id) => lazy.test(id)), String(lazy)).toBe(true);
    }
    // Importing hooks only loads no component.
    for (const r of mine.filter((result) => result.name.startsWith('Hooks'))) {
      expect(r.modules.filter((id) => /[\\/]dist[\\/]components[\\/]/.test(id) || LAZY_ONLY.test(id))).toEqual([]);
    }
  }, 300_000);

  it('the stylesheet within its budget; the table', () => {
    const css = { bytes: measureCss(packageDir), budget: budgetRows().find((row) => row.css)!.css! };
    expect(css.bytes).toBeGreaterThan(0);
    expect(css.bytes).toBeLessThanOrEqual(css.budget);
    if (results.length === budgetRows().length * BUNDLERS.length) console.log(`\n${table({ results, css })}\n`);
  });
});

/** The hooks only the headless entry exports (the main entry's lazy steps run on them; see src/index.ts). */
const HEADLESS_ONLY = ['usePhoneNumberVerification', 'useAddPhoneNumber'];

describe('tree-shaking (the built package, bundled by Rollup)', () => {
  const entries = ['phone-number-kit', 'phone-number-kit/hooks'];
  const imports = HOOK_EXPORTS.flatMap((name) => entries.filter((entry) => !HEADLESS_ONLY.includes(name) || entry.endsWith('/hooks')).map((entry) => [name, entry]));
  it.each(imports)('importing %s alone from %s pulls in no component, no catalog and no phone metadata', async (name, entry) => {
    const modules = await modulesFor(`export { ${name} } from '${entry}';`);
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.filter((id) => /[\\/]dist[\\/](components|i18n|theme)[\\/]/.test(id) || LAZY_ONLY.test(id))).toEqual([]);
  }, 120_000);

  it('the main entry never reaches the testing entry, msw, the clerk-js adapter or the translations', async () => {
    const modules = await modulesFor(`export * from 'phone-number-kit';`);
    expect(modules.some((id) => /[\\/]dist[\\/]components[\\/]/.test(id))).toBe(true);
    expect(modules.filter((id) => /[\\/]dist[\\/]testing|[\\/]msw[\\/]|[\\/]adapters[\\/]clerk-js[\\/]|[\\/]locales[\\/]|[\\/]theme[\\/]registry/.test(id))).toEqual([]);
  }, 120_000);
});
