/**
 * Query keys of the support console (`phone-number-kit/support`). Every key starts with
 * `['phone-number-kit-support', scope]`, apart from the account-settings keys, so a console and a settings page can
 * share one host QueryClient.
 */
export const supportKeys = {
  /** Everything the console caches for a scope. */
  all: (scope: string) => ['phone-number-kit-support', scope] as const,
  /** Every lookup by phone number. */
  lookups: (scope: string) => ['phone-number-kit-support', scope, 'lookup'] as const,
  /** The users found for one E.164 number. */
  lookup: (scope: string, phoneNumber: string) => ['phone-number-kit-support', scope, 'lookup', phoneNumber] as const,
  /** One user, with their numbers; every change's answer is written here. */
  user: (scope: string, userId: string) => ['phone-number-kit-support', scope, 'user', userId] as const,
  /** The mutations of one operation (e.g. `resetTwoStep`), for `useIsMutating` and the like. */
  operation: (scope: string, operation: string) => ['phone-number-kit-support', scope, 'operation', operation] as const,
};
