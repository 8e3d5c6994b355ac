/**
 * docs/parts.md must match the part registries and the CSS. Regenerate with `node scripts/generate-parts-docs.mjs`.
 * Also: every class the components render or style is in a registry, so the docs cannot miss a part.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partClass } from '../../src/components/parts/partTypes.ts';
import { renderPartsDocs } from '../../scripts/partsDocs.ts';
import { PART_REGISTRY, type ComponentKey } from '../../src/components/parts/registry.ts';
import { kitPartClass } from '../../src/components/parts/blocks.ts';
import { componentBlock } from '../../src/components/parts/partTypes.ts';

const root = join(import.meta.dirname, '../..');
const componentsDir = join(root, 'src/components');
const files = readdirSync(componentsDir, { recursive: true, encoding: 'utf8' }).map((file) => join(componentsDir, file));
const stylesheets = [join(root, 'src/theme/tokens.css'), ...files.filter((file) => file.endsWith('.css'))].map((file) => readFileSync(file, 'utf8'));
const docsPath = join(root, 'docs/parts.md');

describe('docs/parts.md', () => {
  it('is up to date with the registries and the CSS', () => {
    const expected = renderPartsDocs(stylesheets);
    if (process.env['UPDATE_PARTS_DOCS']) writeFileSync(docsPath, expected);
    expect(readFileSync(docsPath, 'utf8'), 'run: node scripts/generate-parts-docs.mjs').toBe(expected);
  });

  it('lists every component class used in the sources and stylesheets', () => {
    const known = new Set(Object.values(PART_REGISTRY).flatMap((registry) => Object.keys(registry.parts).map((part) => partClass(registry, part))));
    const sources = files.filter((file) => /\.(tsx?|css)$/.test(file)).map((file) => readFileSync(file, 'utf8')).join('\n');
    const used = new Set([...sources.matchAll(/pnk-(?:add-phone-number|verify-phone-number|phone-numbers-section|sms-two-factor-section|default-second-factor|backup-codes)__[a-z-]+/g)].map((m) => m[0]));
    expect([...used].filter((className) => !known.has(className))).toEqual([]);
  });

  it('names parts at run time by the registries\' rule (the runtime ships without the registries)', () => {
    for (const [component, registry] of Object.entries(PART_REGISTRY) as [ComponentKey, (typeof PART_REGISTRY)[ComponentKey]][]) {
      if (component !== 'common') expect(componentBlock(component), component).toBe(registry.block);
      for (const part of Object.keys(registry.parts)) expect(kitPartClass(component, part), `${component}.${part}`).toBe(partClass(registry, part));
    }
  });
});
