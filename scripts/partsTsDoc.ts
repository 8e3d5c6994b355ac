/**
 * Writes each component's parts list into the TSDoc on its export, from the part registry, so an editor's hover
 * (and the published `.d.ts`) shows the real list and it cannot drift. A block starts at its marker line
 * (`Parts: generated from \`PART_REGISTRY.<key>\` …`) and runs to the end of its doc comment, so it is the
 * comment's last paragraph. Used by scripts/generate-parts-docs.mjs and by the test that keeps the blocks current.
 */
import { partClass } from '../src/components/parts/partTypes.ts';
import { PART_REGISTRY, type ComponentKey } from '../src/components/parts/registry.ts';

/** The marker line's text; the key names the registry the block is generated from. */
const MARKER = /^([ \t]*)\* Parts: generated from `PART_REGISTRY\.(\w+)`.*\n(?:\1\*(?!\/).*\n)*?(?=\1\*\/)/gm;

/** The block's lines, without the comment's ` * ` prefix. */
export function partsTsDocLines(key: Exclude<ComponentKey, 'common'>): string[] {
  const registry = PART_REGISTRY[key];
  const shared = Object.keys(PART_REGISTRY.common.parts)
    .slice(0, 3)
    .map((part) => `\`${partClass(PART_REGISTRY.common, part)}\``);
  const lines = [
    `Parts: generated from \`PART_REGISTRY.${key}\` (\`phone-number-kit/parts\`) by \`node scripts/generate-parts-docs.mjs\`;`,
    'docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.',
  ];
  for (const [part, spec] of Object.entries(registry.parts) as [string, { description?: string; data?: readonly string[] }][]) {
    const data = (spec.data ?? []).map((attribute) => `\`${attribute}\``).join(', ');
    lines.push(`- \`${partClass(registry, part)}\` (\`${key}.${part}\`): ${spec.description ?? ''}${data ? `; ${data}` : ''}`);
  }
  lines.push(`- shared parts (${shared.join(', ')}, …): \`PART_REGISTRY.common\`, keys \`common.*\``);
  const text = lines.join('\n');
  // The block lives inside a doc comment: a registry text that closed it would break the source.
  if (text.includes('*/')) throw new Error(`PART_REGISTRY.${key}: a description or data attribute contains "*/"`);
  return lines;
}

/** The registry keys of the blocks in a source file, in order. */
export function partsTsDocKeys(source: string): string[] {
  return [...source.matchAll(MARKER)].map((match) => match[2]!);
}

/** The source with every generated block rewritten from the registries (unchanged when they are current). */
export function withPartsTsDoc(source: string): string {
  return source.replace(MARKER, (_block, indent: string, key: string) => {
    if (!(key in PART_REGISTRY) || key === 'common') throw new Error(`no component registry PART_REGISTRY.${key}`);
    return partsTsDocLines(key as Exclude<ComponentKey, 'common'>)
      .map((line) => `${indent}* ${line}\n`)
      .join('');
  });
}
