/**
 * phone-number-kit: React components and TanStack Query hooks for a user's phone numbers and SMS two-step
 * verification on Clerk's `PhoneNumber` resource. What an app uses: the headless kit (`phone-number-kit/hooks`:
 * the model's types and error, the Frontend API adapter, the provider, the hooks), the components, localization
 * and appearance. Writing an adapter: `phone-number-kit/adapter-kit`.
 */
export * from './hooks.ts';
export { PhoneNumberKitLocalization, formatNumber, formatClockDuration } from './i18n/index.ts';
export type { PhoneNumberKitLocalizationProps, Messages, DeepPartial } from './i18n/index.ts';
export * from './components/index.ts';
export type { AppearanceTheme, AppearanceVariables } from './theme/index.ts';
