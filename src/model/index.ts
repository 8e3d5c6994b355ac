export type * from './types.ts';
export type { CountryCode } from './countryCode.ts';
export { PhoneKitError, KitErrorCode, isPhoneKitError } from './errors.ts';
export type { ApiErrorDetail } from './errors.ts';
export {
  parsePhoneNumber,
  parsePhoneNumberList,
  parseBackupCodes,
  parseDeletedObject,
  parsePhoneNumberEnvelope,
  parseBackupCodesEnvelope,
} from './parse.ts';
export { isVerified } from './secondFactor.ts';
