export type { Appearance, AppearanceTheme, AppearanceVariables } from './appearance.ts';
export { mergeAppearance, VARIABLE_PROPERTIES } from './appearance.ts';
export { PhoneNumberKitAppearance } from './AppearanceProvider.tsx';
export type { PhoneNumberKitAppearanceProps } from './AppearanceProvider.tsx';
export type { PartKey, ComponentKey, PartName } from './registry.ts';
export type { ComponentPartRegistry, PartSpec } from './partTypes.ts';
