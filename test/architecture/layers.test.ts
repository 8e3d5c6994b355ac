/**
 * The house rules of .dependency-cruiser.cjs (docs/architecture.md): the kit's own sources keep them, and a small
 * tree that breaks them (an upward import, a circle, the theme naming a component) is rejected, so the check can fail.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cruise, type ICruiseOptions, type IReporterOutput } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const { forbidden, options } = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as {
  forbidden: NonNullable<ICruiseOptions['ruleSet']>['forbidden'];
  options: ICruiseOptions;
};

async function violations(baseDir: string): Promise<string[]> {
  const result: IReporterOutput = await cruise(['src'], { ...options, baseDir, ruleSet: { forbidden }, validate: true }, undefined, {
    tsConfig: { fileName: join(root, 'tsconfig.json') } as never,
  });
  if (typeof result.output === 'string') throw new Error('expected a cruise result');
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('layers', () => {
  it('the kit imports downward only, with no circle', async () => {
    expect(await violations(root)).toEqual([]);
  }, 120_000);

  it('rejects an upward import, a circle and a theme that knows a component', async () => {
    const found = await violations(join(import.meta.dirname, 'fixture'));
    expect(found).toEqual(expect.arrayContaining([
      'layer-model: src/model/types.ts → src/hooks/useThing.ts',
      'layer-theme: src/theme/registry.ts → src/components/X/parts.ts',
      expect.stringMatching(/^no-circular: /),
    ]));
  }, 120_000);
});
