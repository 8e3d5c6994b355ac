/**
 * `phone-number-kit/hooks`: the headless kit, for apps that build their own markup. The model's types and error, the
 * Frontend API adapter, the provider and the hooks; no component, theme or catalog, and no `import()` anywhere below
 * it, so every bundler (esbuild too, which makes each `import()` target an entry point before it tree-shakes) ships
 * only what the app calls. The main entry re-exports all of it as well. The wire parsers and the adapter contract's
 * helpers are in `phone-number-kit/adapter-kit`.
 */
export type * from './model/types.ts';
export type { CountryCode, ApiErrorDetail } from './model/index.ts';
export { PhoneKitError, KitErrorCode, isPhoneKitError, isVerified } from './model/index.ts';
export { createClerkFrontendApiAdapter } from './adapters/index.ts';
export type { ClerkFrontendApiAdapterOptions, StringSource, PhoneNumberAdapter } from './adapters/index.ts';
export * from './hooks/index.ts';
