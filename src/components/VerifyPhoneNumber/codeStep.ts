/**
 * The one lazily loaded chunk of the code step: the SMS code step and the code field (input-otp) it renders. The
 * step-up dialog and the authenticator app's enrollment load their code field from here too (`loadCodeField`), so
 * every bundler ships one copy of input-otp, and an app's esbuild has one lazy code chunk where the step and a
 * separate field chunk cost it about 0.4 KB gzip more (its shared code cut into more chunks).
 */
export { VerifyPhoneNumber } from './VerifyPhoneNumber.tsx';
export { CodeField } from './CodeField.tsx';
