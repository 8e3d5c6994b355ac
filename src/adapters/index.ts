export type { PhoneNumberAdapter, PhoneNumberChanges, AdapterCallOptions } from './types.ts';
export { createClerkFrontendApiAdapter } from './clerk-frontend-api/createClerkFrontendApiAdapter.ts';
export type { ClerkFrontendApiAdapterOptions } from './clerk-frontend-api/createClerkFrontendApiAdapter.ts';
export type { StringSource } from './stringSource.ts';
