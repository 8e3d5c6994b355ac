/**
 * What the runtime needs to name parts: each component's block class follows from its key by the one rule in
 * `partTypes.ts` (`addPhoneNumber` → `pnk-add-phone-number`), so no table of blocks ships. The registries (descriptions,
 * data attributes, their `block`) are never referenced here, so bundlers drop them; test/theme/partsDocs.test.ts
 * checks every registry's `block` is the one this rule gives.
 */
import { componentBlock, partClassName, SHARED_BLOCK } from './partTypes.ts';
import type { ComponentKey } from './registry.ts';

/** The kit class of one part at run time: the same rule as the registries ({@link partClassName}). */
export function kitPartClass(component: ComponentKey, part: string): string {
  return partClassName(component === 'common' ? SHARED_BLOCK : componentBlock(component), part);
}
