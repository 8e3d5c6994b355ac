/**
 * phone-number-kit: React components and TanStack Query hooks for a user's phone numbers and SMS two-step
 * verification on Clerk's `PhoneNumber` resource. What an app uses: the headless kit (`phone-number-kit/hooks`:
 * the model's types and error, the Frontend API adapter, the provider, the hooks), the components, localization
 * and appearance. Writing an adapter: `phone-number-kit/adapter-kit`.
 */
// Every hook but the code step's: usePhoneNumberVerification is what the lazily loaded VerifyPhoneNumber runs on, and
// a static re-export here would pull it (and the verification view) into every page's first chunk under esbuild,
// which assigns a module shared with an import() chunk by reachability, not by use (+0.6 KB gzip on the list view).
// Apps building their own code step import it from `phone-number-kit/hooks`, which has no import() below it.
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
  useAddPhoneNumber,
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
