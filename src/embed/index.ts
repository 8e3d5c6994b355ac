/**
 * phone-number-kit/embed: the kit's sections for pages without React. React, react-dom and TanStack Query are
 * bundled into this entry; load `phone-number-kit/styles.css` in the page, or pass `shadow: true`.
 */
export { mount } from './mount.ts';
export type { EmbedHandle, EmbedOptions, EmbedSection } from './types.ts';
export type { Appearance } from '../components/parts/appearance.ts';
export type { Messages, DeepPartial } from '../i18n/types.ts';
