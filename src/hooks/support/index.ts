/** The support console's provider and hooks (the React side of `phone-number-kit/support`). */
export { SupportKitProvider } from './SupportKitProvider.tsx';
export type { SupportKitProviderProps } from './SupportKitProvider.tsx';
export { useSupportUserLookup } from './useSupportUserLookup.ts';
export type { UseSupportUserLookupResult } from './useSupportUserLookup.ts';
export { useSupportUser } from './useSupportUser.ts';
export type { UseSupportUserResult } from './useSupportUser.ts';
export { useAddSupportPhoneNumber, useUpdateSupportPhoneNumber, useRemoveSupportPhoneNumber, useResetTwoStep } from './useSupportChanges.ts';
export type { AddSupportPhoneNumberVariables, UpdateSupportPhoneNumberVariables } from './useSupportChanges.ts';
export { useVerifyCaller } from './useVerifyCaller.ts';
export type { UseVerifyCallerResult, CheckCallerCodeVariables } from './useVerifyCaller.ts';
export type { SupportMutation } from './useSupportMutation.ts';
