/**
 * The shape of a part registry and the one rule that turns a part name into its class. A leaf: the registries, the
 * runtime (`useParts`) and the docs generator all call {@link partClassName}, so a class is derived in one place.
 */

/** One part of a component, as data (docs and types share it; only `className` ever ships). */
export interface PartSpec {
  /** What the part is, in a few words (shown in docs/parts.md). */
  description?: string;
  /** The kit class when it does not follow `<block>__<kebab-part>` (shared parts such as `pnk-button`). */
  className?: string;
  /** The `data-*` attributes the part carries, with their values, e.g. `data-state="idle|pending"`. */
  data?: readonly string[];
}

/** The shape of a component's part registry (`src/components/<Name>/parts.ts`). */
export interface ComponentPartRegistry {
  /** The component's name as exported, e.g. `AddPhoneNumber`. */
  component: string;
  /** The block class: the root's class and the prefix of every part's class. */
  block: string;
  /** Part name (camelCase; `root` is the component's root element) → spec. */
  parts: Record<string, PartSpec>;
}

/** `countrySelect` → `country-select`. */
function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The rule: an explicit class wins; `root` is the block; any other part is `<block>__<kebab-part>`. */
export function partClassName(block: string, part: string, explicit?: string): string {
  if (explicit) return explicit;
  return part === 'root' ? block : `${block}__${kebab(part)}`;
}

/** The kit class of one part of a registry. */
export function partClass(registry: ComponentPartRegistry, part: string): string {
  return partClassName(registry.block, part, registry.parts[part]?.className);
}
