/**
 * phone-number-kit: React components and TanStack Query hooks for a user's phone numbers and SMS two-step
 * verification on Clerk's `PhoneNumber` resource. What an app uses: the headless kit (`phone-number-kit/hooks`:
 * the model's types and error, the Frontend API adapter, the provider, the hooks), the components, localization
 * and appearance. Writing an adapter: `phone-number-kit/adapter-kit`.
 */
// Every hook but the two the lazily loaded steps run on: usePhoneNumberVerification (the code step) and useAddPhoneNumber
// (the add form, which sends the first code). A static re-export here would pull them, and the code-sending state, into
// every page's first chunk under esbuild, which assigns a module shared with an import() chunk by reachability, not by
// use (about +0.8 KB gzip on the list view). Apps building their own steps import them from `phone-number-kit/hooks`,
// which has no import() below it.
export type * from './hooks.ts';
export {
  PhoneKitError,
  KitErrorCode,
  isPhoneKitError,
  isVerified,
  createClerkFrontendApiAdapter,
  PhoneNumberKitProvider,
  phoneNumberKeys,
  usePhoneNumbers,
  useReserveForSecondFactor,
  useMakeDefaultSecondFactor,
  useRemovePhoneNumber,
  useBackupCodes,
  useAccountSecurity,
  useSetPrimaryPhoneNumber,
  usePolicy,
  PolicyScope,
} from './hooks.ts';
export { PhoneNumberKitLocalization, formatNumber, formatClockDuration } from './i18n/index.ts';
export type { PhoneNumberKitLocalizationProps, Messages, DeepPartial } from './i18n/index.ts';
export * from './components/index.ts';
export type { AppearanceTheme, AppearanceVariables } from './theme/index.ts';
