export type { PhoneNumberAdapter, PhoneNumberChanges, AdapterCallOptions } from './types.ts';
export { createClerkFrontendApiAdapter } from './clerk-frontend-api/createClerkFrontendApiAdapter.ts';
export type { ClerkFrontendApiAdapterOptions } from './clerk-frontend-api/createClerkFrontendApiAdapter.ts';
export { createClerkJsAdapter } from './clerk-js/createClerkJsAdapter.ts';
export type { ClerkUserLike, ClerkPhoneNumberLike } from './clerk-js/createClerkJsAdapter.ts';
