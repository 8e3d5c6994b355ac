/**
 * `phone-number-kit/adapter-kit`: for writing a `PhoneNumberAdapter` for your own backend. The contract, the error
 * type every method rejects with, the wire parsers (Clerk's JSON in, the checked model out) and their inverses (the
 * model back to Clerk's JSON, for a backend or a fake that answers in Clerk's format). Apps never need it; the
 * reference backend to test an adapter against is in `phone-number-kit/testing`.
 */
export type { PhoneNumberAdapter, PhoneNumberChanges, AdapterCallOptions } from './adapters/types.ts';
export type { StringSource } from './adapters/stringSource.ts';
export type * from './model/types.ts';
export { PhoneKitError, KitErrorCode, isPhoneKitError, asPhoneKitError, abortedError, errorFromDetails } from './model/errors.ts';
export type { ApiErrorDetail, PhoneKitErrorInit, ErrorAnswerFacts } from './model/errors.ts';
export {
  parsePhoneNumber,
  parsePhoneNumberList,
  parseBackupCodes,
  parseDeletedObject,
  parsePhoneNumberEnvelope,
  parseBackupCodesEnvelope,
  parseDeletedObjectEnvelope,
} from './model/parse.ts';
export { toPhoneNumberJson, toVerificationJson, toBackupCodesJson, toDeletedObjectJson } from './model/wire.ts';
export type { PhoneNumberJson, VerificationJson, BackupCodesJson } from './model/wire.ts';
export type { AccountSecurity, TotpEnrollment, TotpVerification } from './model/account.ts';
export {
  parseAccountSecurity,
  parseAccountSecurityEnvelope,
  parseTotpEnrollment,
  parseTotpEnrollmentEnvelope,
  parseTotpVerification,
  parseTotpVerificationEnvelope,
} from './model/parseAccount.ts';
export { toTotpJson } from './model/accountWire.ts';
export type { TotpJson, TotpObject } from './model/accountWire.ts';
