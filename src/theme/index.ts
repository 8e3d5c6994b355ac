export type { AppearanceTheme, AppearanceVariables } from './appearance.ts';
export { mergeAppearance, VARIABLE_PROPERTIES } from './appearance.ts';
