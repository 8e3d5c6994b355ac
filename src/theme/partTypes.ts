import { kebab } from './partClasses.ts';

/** The shape of a component's part registry (`src/components/<Name>/parts.ts`). Data only, so docs and types share it. */
export interface PartSpec {
  /** What the part is, in a few words (shown in docs/parts.md). */
  description?: string;
  /** The kit class when it does not follow `<block>__<kebab-part>` (shared parts such as `pnk-button`). */
  className?: string;
  /** The `data-*` attributes the part carries, with their values, e.g. `data-state="idle|pending"`. */
  data?: readonly string[];
}

export interface ComponentPartRegistry {
  /** The component's name as exported, e.g. `AddPhoneNumber`. */
  component: string;
  /** The block class: the root's class and the prefix of every part's class. */
  block: string;
  /** Part name (camelCase; `root` is the component's root element) → spec. */
  parts: Record<string, PartSpec>;
}

/** The kit class of one part. */
export function partClass(registry: ComponentPartRegistry, part: string): string {
  const spec = registry.parts[part];
  if (spec?.className) return spec.className;
  return part === 'root' ? registry.block : `${registry.block}__${kebab(part)}`;
}
