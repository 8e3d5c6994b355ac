/**
 * `phone-number-kit/clerk-js`: the adapter for apps on Clerk's JavaScript SDK (`createClerkJsAdapter(user)`), an
 * entry of its own so apps on the Frontend API adapter never ship it.
 */
export { createClerkJsAdapter } from './adapters/clerk-js/createClerkJsAdapter.ts';
export type { ClerkJsAdapterOptions } from './adapters/clerk-js/createClerkJsAdapter.ts';
export { ClerkJsAdapterErrorCode } from './adapters/clerk-js/mapError.ts';
export type {
  ClerkUserLike,
  ClerkPhoneNumberLike,
  ClerkVerificationLike,
  ClerkIdentificationLinkLike,
  ClerkBackupCodeLike,
  ClerkApiErrorLike,
  ClerkApiResponseErrorLike,
} from './adapters/clerk-js/types.ts';
export type { ClerkSessionLike, ClerkSessionSource, ClerkSessionVerificationLike } from './adapters/clerk-js/sessionVerification.ts';
