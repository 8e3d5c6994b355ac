/**
 * Each component's export carries its doc: what it does, then the parts list generated from its registry
 * (scripts/partsTsDoc.ts), kept current here. Regenerate with `node scripts/generate-parts-docs.mjs`.
 * scripts/check-dist.mjs checks that the docs reach the published `.d.ts`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partClass } from '../../src/components/parts/partTypes.ts';
import { PART_REGISTRY } from '../../src/components/parts/registry.ts';
import { partsTsDocKeys, withPartsTsDoc } from '../../scripts/partsTsDoc.ts';

const root = join(import.meta.dirname, '../..');
const componentsDir = join(root, 'src/components');
const sourceFiles = readdirSync(componentsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => join(componentsDir, file));
const components = Object.entries(PART_REGISTRY).filter(([key]) => key !== 'common');
const read = (file: string) => readFileSync(file, 'utf8');

/** The doc comment the declaration starts right after (only whitespace between), as TypeScript attaches it. */
function docAbove(source: string, declaration: string): string | undefined {
  const at = source.indexOf(declaration);
  if (at < 0) return undefined;
  const before = source.slice(0, at).trimEnd();
  return before.endsWith('*/') ? before.slice(before.lastIndexOf('/**')) : undefined;
}

/** The doc's prose before its parts block, as one line. */
function prose(doc: string): string {
  return doc
    .split(/^\s*\* Parts: generated from/m)[0]!
    .replace(/^\/\*\*|^\s*\*/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the parts lists in the components\' TSDoc', () => {
  it('are current with the registries', () => {
    const withBlocks = sourceFiles.filter((file) => partsTsDocKeys(read(file)).length > 0);
    expect(withBlocks.length).toBeGreaterThanOrEqual(components.length);
    for (const file of withBlocks) {
      const source = read(file);
      const expected = withPartsTsDoc(source);
      if (process.env['UPDATE_PARTS_DOCS'] && expected !== source) writeFileSync(file, expected);
      else expect(source, `${file} (run: node scripts/generate-parts-docs.mjs)`).toBe(expected);
    }
  });

  it('sit on each component\'s export, after what the component does', () => {
    for (const [key, registry] of components) {
      const source = read(join(componentsDir, registry.component, `${registry.component}.tsx`));
      const doc = docAbove(source, `export function ${registry.component}(`);
      expect(doc, `${registry.component} has no doc comment on its export`).toBeDefined();
      expect(partsTsDocKeys(doc!), registry.component).toEqual([key]);
      expect(prose(doc!).length, `${registry.component}: what it does`).toBeGreaterThan(40);
    }
  });

  it('sit on the lazily loaded steps the main entry exports, repeating the component\'s first paragraph', () => {
    const lazy = [...read(join(componentsDir, 'index.ts')).matchAll(/Lazy(\w+) as (\w+)/g)];
    expect(lazy.map((match) => match[2])).toEqual(['AddPhoneNumber', 'VerifyPhoneNumber']);
    const lazySteps = read(join(componentsDir, 'common/lazySteps.ts'));
    for (const [, name] of lazy) {
      const [key] = components.find(([, registry]) => registry.component === name)!;
      const doc = docAbove(lazySteps, `export const Lazy${name} `);
      expect(doc, `Lazy${name} has no doc comment`).toBeDefined();
      expect(partsTsDocKeys(doc!), name).toEqual([key]);
      const componentDoc = docAbove(read(join(componentsDir, name!, `${name}.tsx`)), `export function ${name}(`)!;
      const firstParagraph = prose(componentDoc.split(/^\s*\*\s*$/m)[0]!);
      expect(prose(doc!), name).toContain(firstParagraph);
    }
  });

  it('rewrites a stale list from the registry and leaves other comments alone', () => {
    const stale = ['/**', ' * Does a thing.', ' *', ' * Parts: generated from `PART_REGISTRY.addPhoneNumber`', ' * - `pnk-add-phone-number__gone`: removed', ' */', 'export function X() {}', ''].join('\n');
    const fresh = withPartsTsDoc(stale);
    expect(fresh).not.toContain('__gone');
    expect(fresh).toContain(' * Does a thing.\n *\n * Parts: generated from');
    expect(fresh.endsWith(' */\nexport function X() {}\n')).toBe(true);
    for (const part of Object.keys(PART_REGISTRY.addPhoneNumber.parts)) expect(fresh).toContain(`\`${partClass(PART_REGISTRY.addPhoneNumber, part)}\``);
    expect(withPartsTsDoc(fresh)).toBe(fresh);
    const other = '/**\n * Parts (classes): hand-written.\n */\n';
    expect(withPartsTsDoc(other)).toBe(other);
  });
});
