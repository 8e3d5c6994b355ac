/**
 * Query keys of the kit. Every key starts with `['phone-number-kit', scope]`, so several providers (say, two
 * tenants) can share one host QueryClient without seeing each other's data.
 */
export const phoneNumberKeys = {
  /** Everything the kit caches for a scope. */
  all: (scope: string) => ['phone-number-kit', scope] as const,
  /** The list of the user's numbers: one query shared by every hook and component. */
  list: (scope: string) => ['phone-number-kit', scope, 'phone-numbers'] as const,
  /** The user-level facts two-step verification depends on (`AccountSecurity`): one query shared by every hook. */
  account: (scope: string) => ['phone-number-kit', scope, 'account'] as const,
  /** The mutations of one operation (e.g. `reserveForSecondFactor`), for `useIsMutating` and the like. */
  operation: (scope: string, operation: string) => ['phone-number-kit', scope, 'operation', operation] as const,
};
