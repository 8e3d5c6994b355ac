// The add and code steps are exported as their lazily loaded components: a static export of their modules would
// put the phone input and input-otp into every app's first chunk under bundlers that split on `import()` only.
export { LazyAddPhoneNumber as AddPhoneNumber, LazyVerifyPhoneNumber as VerifyPhoneNumber } from './common/lazySteps.ts';
export type { LazyComponent } from './common/lazyComponent.tsx';
export type { AddPhoneNumberProps } from './AddPhoneNumber/AddPhoneNumber.tsx';
export type { VerifyPhoneNumberProps } from './VerifyPhoneNumber/VerifyPhoneNumber.tsx';
export { BackupCodes } from './BackupCodes/BackupCodes.tsx';
export type { BackupCodesProps } from './BackupCodes/BackupCodes.tsx';
export { DefaultSecondFactor } from './DefaultSecondFactor/DefaultSecondFactor.tsx';
export type { DefaultSecondFactorProps } from './DefaultSecondFactor/DefaultSecondFactor.tsx';
export { PhoneNumbersSection } from './PhoneNumbersSection/PhoneNumbersSection.tsx';
export type { PhoneNumbersSectionProps } from './PhoneNumbersSection/PhoneNumbersSection.tsx';
export { SmsTwoFactorSection } from './SmsTwoFactorSection/SmsTwoFactorSection.tsx';
export type { SmsTwoFactorSectionProps } from './SmsTwoFactorSection/SmsTwoFactorSection.tsx';
export * from './parts/index.ts';
