/**
 * The shape of a part registry and the one rule that turns a part name into its class. A leaf: the runtime
 * (`useParts`) and the docs generator both call {@link partClassName}, so a class is derived in one place.
 */

/** One part of a component, as data (docs and types share it; none of it ships). */
export interface PartSpec {
  /** What the part is, in a few words (shown in docs/parts.md). */
  description?: string;
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

/** A component's block class, from its key: `addPhoneNumber` → `pnk-add-phone-number`. */
export function componentBlock(component: string): string {
  return `pnk-${kebab(component)}`;
}

/** The block of the shared parts (`common`): each shared part is a block of its own, `pnk-<part>`. */
export const SHARED_BLOCK = 'pnk';

// Shared blocks with parts of their own: `menuTrigger` → `pnk-menu__trigger`, `listErrorRetry` → `pnk-list-error__retry`.
const SHARED_BLOCK_PARTS = /^(menu|confirm|list-error|skeleton|card)-/;

/**
 * The rule, the only one: a component's `root` is its block and any other part is `<block>__<kebab-part>`; a shared
 * part is `pnk-<kebab-part>`, or `pnk-<shared-block>__<rest>` when it belongs to a shared block.
 */
export function partClassName(block: string, part: string): string {
  if (block === SHARED_BLOCK) return `${SHARED_BLOCK}-${kebab(part).replace(SHARED_BLOCK_PARTS, '$1__')}`;
  return part === 'root' ? block : `${block}__${kebab(part)}`;
}

/** The kit class of one part of a registry. */
export function partClass(registry: ComponentPartRegistry, part: string): string {
  return partClassName(registry.block, part);
}
