/**
 * phone-number-kit: React components and TanStack Query hooks for a user's phone numbers and SMS
 * two-step verification on Clerk's `PhoneNumber` resource.
 */
export * from './model/index.ts';
export * from './adapters/index.ts';
export * from './hooks/index.ts';
export * from './i18n/index.ts';
export * from './components/index.ts';
export * from './theme/index.ts';
