/**
 * The clerk-js adapter's account-level methods in one module: the account read and the primary number, the
 * authenticator app, and re-verifying the session. `createClerkJsAdapter` loads it with `import()` on the first call
 * of any of them, so an app's first chunk carries neither these methods nor the account and session parsers; one
 * module, so that first call loads one chunk.
 */
import type { PhoneNumberAdapter } from '../types.ts';
import { clerkJsAccountMethods, type ClerkJsAccountHost } from './account.ts';
import { clerkJsSessionVerificationMethods, type ClerkSessionSource } from './sessionVerification.ts';

/** The adapter methods that load on first use (see {@link clerkJsAccountLevelMethods}). */
type ClerkJsAccountLevelMethods = Pick<
  PhoneNumberAdapter,
  'getAccountSecurity' | 'setPrimaryPhoneNumber' | 'createTotp' | 'verifyTotp' | 'deleteTotp' | 'startReverification' | 'prepareReverification' | 'attemptReverification'
>;

/** The eight account-level methods over the adapter's user and the `session` option. */
export function clerkJsAccountLevelMethods(host: ClerkJsAccountHost, session: ClerkSessionSource): ClerkJsAccountLevelMethods {
  return { ...clerkJsAccountMethods(host), ...clerkJsSessionVerificationMethods(session) };
}
