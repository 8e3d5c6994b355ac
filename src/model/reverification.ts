/** How strongly the session must re-verify (Clerk's `level`). */
export type ReverificationLevel = 'first_factor' | 'second_factor' | 'multi_factor';

/** A factor the session offers for re-verification. `safeIdentifier` is masked by the server (e.g. `+1******0100`). */
export type ReverificationFactor =
  | { strategy: 'password' }
  | { strategy: 'email_code'; emailAddressId: string; safeIdentifier: string }
  | { strategy: 'phone_code'; phoneNumberId: string; safeIdentifier: string }
  | { strategy: 'totp' }
  | { strategy: 'backup_code' };

/** A factor whose code the server sends (by email or text message): choosing it sends one, and it can be sent again. */
export const sendsCode = (factor: ReverificationFactor): boolean => factor.strategy === 'email_code' || factor.strategy === 'phone_code';

/** A session's re-verification in progress (Frontend API `Client.SessionReverification`). */
export interface SessionVerification {
  status: 'needs_first_factor' | 'needs_second_factor' | 'complete';
  level: ReverificationLevel;
  firstFactors: ReverificationFactor[];
  secondFactors: ReverificationFactor[];
}

/** What the user typed for one re-verification step. */
export type ReverificationAttempt =
  | { stage: 'first'; strategy: 'password'; password: string }
  | { stage: 'first' | 'second'; strategy: 'email_code' | 'phone_code' | 'totp' | 'backup_code'; code: string };
