export type { Appearance, PhoneNumberKitAppearanceProps } from './appearance.ts';
export { PhoneNumberKitAppearance } from './appearance.ts';
export type { PartKey, ComponentKey, PartName } from './registry.ts';
export type { ComponentPartRegistry, PartSpec } from './partTypes.ts';
