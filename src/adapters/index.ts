export type { PhoneNumberAdapter, PhoneNumberChanges, AdapterCallOptions } from './types.ts';
export { createClerkFrontendApiAdapter } from './clerk-frontend-api/createClerkFrontendApiAdapter.ts';
export type { ClerkFrontendApiAdapterOptions, StringSource } from './clerk-frontend-api/createClerkFrontendApiAdapter.ts';
export { createClerkJsAdapter, ClerkJsAdapterErrorCode } from './clerk-js/createClerkJsAdapter.ts';
export type {
  ClerkJsAdapterOptions,
  ClerkUserLike,
  ClerkPhoneNumberLike,
  ClerkVerificationLike,
  ClerkIdentificationLinkLike,
  ClerkBackupCodeLike,
  ClerkApiErrorLike,
  ClerkApiResponseErrorLike,
} from './clerk-js/createClerkJsAdapter.ts';
