export type { AppearanceTheme, AppearanceVariables } from './appearance.ts';
