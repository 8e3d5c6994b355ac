export type { PhoneNumberAdapter, PhoneNumberChanges, AdapterCallOptions } from './types.ts';
export { createClerkFrontendApiAdapter } from './clerk-frontend-api/createClerkFrontendApiAdapter.ts';
export type { ClerkFrontendApiAdapterOptions, StringSource } from './clerk-frontend-api/createClerkFrontendApiAdapter.ts';
