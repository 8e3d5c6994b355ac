/**
 * `phone-number-kit/parts`: every component's part registry (class, `data-*` attributes, what each part is), for
 * tooling and docs. Kept out of the main entry so the descriptions never reach a user's bundle.
 */
export { PART_REGISTRY } from './components/parts/registry.ts';
export type { ComponentPartRegistry, PartSpec } from './components/parts/partTypes.ts';
