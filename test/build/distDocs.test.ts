/**
 * The check scripts/check-dist.mjs runs on the built `.d.ts` (scripts/dist-docs.mjs), on small declaration files:
 * it passes a documented component, through a renaming re-export too, and fails a missing, partless or stale doc.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { componentDocProblems } from '../../scripts/dist-docs.mjs';
import { partsTsDocLines } from '../../scripts/partsTsDoc.ts';
import { PART_REGISTRY } from '../../src/components/parts/registry.ts';

const dir = mkdtempSync(join(tmpdir(), 'pnk-dist-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const prose = 'The "add a phone number" step: a country picker and a formatted number field.';
const doc = (lines: string[]) => ['/**', ...lines.map((line) => ` * ${line}`.trimEnd()), ' */'].join('\n');
const addPhoneNumber = {
  name: 'AddPhoneNumber',
  key: 'addPhoneNumber',
  block: PART_REGISTRY.addPhoneNumber.block,
  parts: Object.keys(PART_REGISTRY.addPhoneNumber.parts),
};

/** Declarations as the build writes them: the entry renames a lazily loaded const from another file. */
function entryWith(comment: string): string {
  const folder = mkdtempSync(join(dir, 'case-'));
  writeFileSync(join(folder, 'lazy.d.ts'), `${comment}\nexport declare const LazyAddPhoneNumber: (props: object) => null;\n`);
  writeFileSync(join(folder, 'index.d.ts'), "export { LazyAddPhoneNumber as AddPhoneNumber } from './lazy.js';\n");
  return join(folder, 'index.d.ts');
}

describe('componentDocProblems', () => {
  it('passes a doc with what the component does and its generated parts list', () => {
    expect(componentDocProblems(entryWith(doc([prose, '', ...partsTsDocLines('addPhoneNumber')])), [addPhoneNumber])).toEqual([]);
  });

  it('fails a declaration without a doc (a block above the imports never reaches it)', () => {
    const problems = componentDocProblems(entryWith('// nothing'), [addPhoneNumber]);
    expect(problems).toContain('AddPhoneNumber: its doc does not say what it does');
    expect(problems).toContain('AddPhoneNumber: its doc has no parts list');
  });

  it('fails a doc whose list misses a part of the registry', () => {
    const stale = partsTsDocLines('addPhoneNumber').filter((line) => !line.includes('`addPhoneNumber.chevron`'));
    expect(componentDocProblems(entryWith(doc([prose, '', ...stale])), [addPhoneNumber])).toEqual(['AddPhoneNumber: its doc misses addPhoneNumber.chevron']);
  });

  it('fails a component the entry does not export', () => {
    expect(componentDocProblems(entryWith(doc([prose])), [{ ...addPhoneNumber, name: 'VerifyPhoneNumber' }])[0]).toMatch(/^VerifyPhoneNumber is not exported/);
  });
});
