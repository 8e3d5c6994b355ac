import type { en } from './en/index.ts';

/** Every string the kit shows or announces, by component. Templates use `{name}` placeholders. */
export type Messages = typeof en;

/** Overrides: any subset of {@link Messages}, deep-merged over the defaults. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };
