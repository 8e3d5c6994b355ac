/**
 * `phone-number-kit/support`: the browser side of the support console. It talks to the admin handler of
 * `phone-number-kit/server` (mounted on your server: Clerk's Backend API needs the secret key) through
 * `createSupportAdapter`, caches in TanStack Query under its own keys (`supportKeys`), and offers hooks and
 * components to find a user by phone number, manage their numbers, reset their two-step verification and verify a
 * caller by SMS code. An entry of its own, so account-settings pages never ship it.
 */
export { createSupportAdapter } from './adapters/support/createSupportAdapter.ts';
export type { SupportAdapterOptions } from './adapters/support/createSupportAdapter.ts';
export type { SupportAdapter } from './adapters/support/types.ts';
export type { SupportHeaders } from './adapters/support/supportTransport.ts';
export { supportKeys } from './core/supportKeys.ts';
export * from './hooks/support/index.ts';
export { DEFAULT_ADMIN_BASE_PATH } from './model/admin.ts';
export type {
  AdminUser,
  AdminPhoneNumber,
  AdminVerificationStatus,
  AdminSendCodeResult,
  AdminCheckCodeResult,
  AdminAddPhoneNumberBody,
  AdminUpdatePhoneNumberBody,
  AdminOperation,
} from './model/admin.ts';
export { PhoneKitError, isPhoneKitError } from './model/errors.ts';
export { SupportUserLookup } from './components/SupportUserLookup/SupportUserLookup.tsx';
export type { SupportUserLookupProps } from './components/SupportUserLookup/SupportUserLookup.tsx';
export { SupportPhoneNumbers } from './components/SupportPhoneNumbers/SupportPhoneNumbers.tsx';
export type { SupportPhoneNumbersProps } from './components/SupportPhoneNumbers/SupportPhoneNumbers.tsx';
export { SupportResetTwoStep } from './components/SupportResetTwoStep/SupportResetTwoStep.tsx';
export type { SupportResetTwoStepProps } from './components/SupportResetTwoStep/SupportResetTwoStep.tsx';
export { SupportVerifyCaller } from './components/SupportVerifyCaller/SupportVerifyCaller.tsx';
export type { SupportVerifyCallerProps } from './components/SupportVerifyCaller/SupportVerifyCaller.tsx';
