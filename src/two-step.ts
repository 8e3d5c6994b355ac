/**
 * `phone-number-kit/two-step`: the authenticator app (TOTP) and the whole two-step area, an entry of its own so
 * apps that show only phone numbers never ship it. `AuthenticatorAppSection` enrolls and removes the app (the QR
 * code drawn in the page; its code and the QR library load when enrollment starts); `TwoStepVerificationSection`
 * shows every factor and which one sign-in asks for first; `ReverificationOutlet` shows the built-in step-up dialog
 * (both cards render one; a page with only the main entry's sections renders it once). Use them inside
 * `PhoneNumberKitProvider` from `phone-number-kit`, like the other sections.
 */
export { AuthenticatorAppSection } from './components/AuthenticatorAppSection/AuthenticatorAppSection.tsx';
export type { AuthenticatorAppSectionProps } from './components/AuthenticatorAppSection/AuthenticatorAppSection.tsx';
export { TwoStepVerificationSection } from './components/TwoStepVerificationSection/TwoStepVerificationSection.tsx';
export type { TwoStepVerificationSectionProps, TwoStepFactor } from './components/TwoStepVerificationSection/TwoStepVerificationSection.tsx';
export { ReverificationOutlet } from './components/ReverificationDialog/ReverificationOutlet.tsx';
export type { ReverificationOutletProps } from './components/ReverificationDialog/ReverificationOutlet.tsx';
export { useEnrollAuthenticatorApp } from './hooks/useEnrollAuthenticatorApp.ts';
export type { UseEnrollAuthenticatorAppResult, AuthenticatorEnrollmentStatus } from './hooks/useEnrollAuthenticatorApp.ts';
export { useDisableAuthenticatorApp } from './hooks/useDisableAuthenticatorApp.ts';
export type { UseDisableAuthenticatorAppResult } from './hooks/useDisableAuthenticatorApp.ts';
export { useAccountSecurity } from './hooks/useAccountSecurity.ts';
export type { UseAccountSecurityOptions, UseAccountSecurityResult } from './hooks/useAccountSecurity.ts';
export type { AccountSecurity, TotpEnrollment, TotpVerification } from './model/account.ts';
export type { SignInSecondFactor } from './model/signInOrder.ts';
