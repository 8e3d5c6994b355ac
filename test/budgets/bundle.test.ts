// @vitest-environment node
/**
 * Bundle budgets and tree-shaking, measured as an app's bundler sees the kit (scripts/bundle-budgets.mjs: Vite,
 * minified, gzip 9, react/react-dom/@tanstack/react-query external). Prints the table the README shows;
 * scripts/check-dist.mjs runs the same rows on the built package.
 */
import { describe, expect, it } from 'vitest';
import * as adapters from '../../src/adapters/index.ts';
import * as hooks from '../../src/hooks/index.ts';
import { ADAPTER_EXPORTS, budgetRows, bundle, entryFile, HOOK_EXPORTS, measure, overruns, table, type Measured } from '../../scripts/bundle-budgets.mjs';

const entry = JSON.stringify(entryFile('src'));
const isChunk = <T extends { type: string }>(item: T): item is Extract<T, { type: 'chunk' }> => item.type === 'chunk';

/** Every module an app bundles when it imports `names` from the main entry. */
async function modulesFor(code: string): Promise<string[]> {
  return (await bundle(code)).filter(isChunk).flatMap((chunk) => chunk.moduleIds);
}

describe('bundle budgets', () => {
  it('the hook and adapter rows name every runtime export of src/hooks and src/adapters', () => {
    expect([...HOOK_EXPORTS].sort()).toEqual(Object.keys(hooks).sort());
    expect([...ADAPTER_EXPORTS].sort()).toEqual(Object.keys(adapters).sort());
  });

  it('every entry stays within its gzip budget', async () => {
    const results: Measured[] = [];
    for (const row of budgetRows('src')) results.push(await measure(row));
    console.log(`\n${table(results)}\n`);
    expect(overruns(results)).toEqual([]);
    // The list view really is lazy: the phone input, its metadata and input-otp are not in what loads first.
    const listView = results.find((r) => r.name.startsWith('PhoneNumbersSection'))!;
    expect(listView.lazyBytes).toBeGreaterThan(0);
    expect(listView.modules.filter((id) => /libphonenumber-js|react-phone-number-input|input-otp|react-hook-form/.test(id))).toEqual([]);
  }, 120_000);
});

describe('tree-shaking', () => {
  it.each(HOOK_EXPORTS)('importing %s alone pulls in no component, no catalog and no phone metadata', async (name) => {
    const modules = await modulesFor(`export { ${name} } from ${entry};`);
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.filter((id) => /[\\/]src[\\/](components|i18n|theme)[\\/]|libphonenumber-js|react-phone-number-input|input-otp|react-hook-form/.test(id))).toEqual([]);
  }, 60_000);

  it('the main entry never reaches the testing entry, msw, the clerk-js adapter or the translations', async () => {
    const modules = await modulesFor(`export * from ${entry};`);
    expect(modules.some((id) => id.includes('/src/components/'))).toBe(true);
    expect(modules.filter((id) => /[\\/]src[\\/]testing[\\/]|[\\/]msw[\\/]|[\\/]adapters[\\/]clerk-js[\\/]|[\\/]i18n[\\/]locales[\\/]|[\\/]theme[\\/]registry/.test(id))).toEqual([]);
  }, 60_000);
});
