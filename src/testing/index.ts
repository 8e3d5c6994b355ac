/**
 * phone-number-kit/testing: a reference backend that behaves like Clerk's server, for your own tests and stories,
 * and the conformance suite any adapter can run in Vitest or Jest (`describeAdapterConformance`).
 * Never imported by the main entry. Needs no msw: its msw handlers come from `phone-number-kit/testing/msw`.
 */
export { createMemoryBackend, MemoryBackendErrorCode } from './memory-backend/createMemoryBackend.ts';
export type {
  MemoryBackend,
  MemoryBackendOptions,
  MemoryBackendSnapshot,
  MemoryBackendListener,
  PhoneNumberSeed,
  SmsMessage,
  SmsOutbox,
  FaultOptions,
} from './memory-backend/createMemoryBackend.ts';
export { memoryBackendApi } from './memory-backend/backendApi.ts';
export type { MemoryBackendApi } from './memory-backend/backendApi.ts';
export { describeAdapterConformance } from './conformance/describeAdapterConformance.ts';
export { ConformanceFailure } from './conformance/check.ts';
export type {
  AdapterConformanceOptions,
  AdapterConformanceFixture,
  AdapterConformanceDriver,
  AdapterConformanceCaseId,
  ConformanceTestApi,
  ConformanceIt,
  ConformanceTestBody,
  RestoreConnection,
} from './conformance/types.ts';
