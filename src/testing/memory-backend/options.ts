/** The options of {@link createMemoryBackend}, and their resolution to a complete configuration. */
import type { IdentificationLink, PhoneNumber, Verification } from '../../model/types.ts';
import type { FaultOptions } from './faults.ts';
import { MAX_CODE_ATTEMPTS } from '../../model/verificationAttempts.ts';

/**
 * A phone number to start with. Only `phoneNumber` is required; everything else has the default a freshly
 * added number would have. A full {@link PhoneNumber} (e.g. from a fixture) is accepted as well.
 *
 * @example
 * { phoneNumber: '+15555550100', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true }
 */
export interface PhoneNumberSeed {
  /** Defaults to a random `idn_…` id, kept across {@link MemoryBackend.reset}. */
  id?: string;
  /** E.164. Seeds are only checked for the E.164 shape, so fictional numbers like `+15555550100` work here. */
  phoneNumber: string;
  /** Gives the number a verified `phone_code` verification. Ignored when `verification` is given. Default `false`. */
  verified?: boolean;
  /** Reserved for two-step verification. Requires a verified number. */
  reservedForSecondFactor?: boolean;
  /**
   * The default second factor. Requires `reservedForSecondFactor`; at most one seed may have it. When reserved
   * numbers are seeded and none is the default, the first reserved one becomes the default, as the server would do.
   */
  defaultSecondFactor?: boolean;
  /** Clerk's `reserved` flag. Default `false`. */
  reserved?: boolean;
  /** The user's primary phone number. Requires a verified number; at most one seed may have it. Default `false`. */
  primary?: boolean;
  linkedTo?: IdentificationLink[];
  /** An explicit verification, e.g. a pending one (`status: 'unverified'`) to test the code step directly. */
  verification?: Verification | null;
  /** The code of a pending seeded verification. Defaults to the `code` option, else random. */
  code?: string;
  /** Defaults to the backend's clock at creation. */
  createdAt?: number;
  updatedAt?: number;
}

/** Options of {@link createMemoryBackend}. Every one is optional. */
export interface MemoryBackendOptions {
  /** The user's numbers at the start (and after {@link MemoryBackend.reset}). */
  phoneNumbers?: ReadonlyArray<PhoneNumberSeed | PhoneNumber>;
  /** The user's current backup codes. Default: a fresh set when a reserved number is seeded, else none. */
  backupCodes?: readonly string[];
  /** Numbers that belong to other users: adding one fails with `form_identifier_exists`. */
  takenPhoneNumbers?: readonly string[];
  /**
   * The user starts with an enabled authenticator app (TOTP), so reserving the first number issues no backup codes.
   * Its code is `backend.authenticatorCode()`. Default `false`.
   */
  totpEnabled?: boolean;
  /** The Base32 secret of the seeded authenticator app (with `totpEnabled`). Default: random, kept across `reset()`. */
  totpSecret?: string;
  /** Every SMS carries this code (e.g. `'424242'`). Default: 6 random digits per SMS. */
  code?: string;
  /** The clock, in Unix ms. Pass a function over a variable to move time in tests. Default `Date.now`. */
  now?: () => number;
  /** How long a code stays valid. Default 10 minutes. */
  codeLifetimeMs?: number;
  /** Wrong codes allowed before the verification fails. Default 3. */
  maxAttempts?: number;
  /** Minimum time between two codes sent to the same number. Default 30 s. */
  resendIntervalMs?: number;
  /** Cap on unverified numbers; adding one more fails with `too_many_unverified_identifications`. Default: no cap. */
  maxUnverifiedPhoneNumbers?: number;
  /** Where the HTTP handlers (`phone-number-kit/testing/msw`) listen. Default `https://clerk.phone-number-kit.test`. */
  frontendApiUrl?: string;
  /** Where the Backend API (`phone-number-kit/testing`'s `memoryBackendApi`) answers. Default `https://api.clerk.phone-number-kit.test`. */
  backendApiUrl?: string;
  /** The secret key the Backend API requires as `Authorization: Bearer …` (401 otherwise). Default `sk_test_memory`. */
  secretKey?: string;
  /** The session the handlers accept in `_clerk_session_id`. Default `sess_test`. */
  sessionId?: string;
  /** Whether the handlers answer 401 to a request without the right `_clerk_session_id`. Default `true`. */
  requireSessionId?: boolean;
  /** Start with reverification required (see {@link MemoryBackend.requireReverification}). Default `false`. */
  requireReverification?: boolean;
  /**
   * The user's password, checked by session re-verification (the `password` factor). Default `'demo-password'`;
   * `null` means the user has no password, so the factor is not offered.
   */
  password?: string | null;
  /**
   * The user's email address: re-verification offers `email_code` to it and puts the code in the email outbox
   * (`snapshot().emails`). Default `'ada@example.com'`; `null` means no email factor.
   */
  emailAddress?: string | null;
  /** Artificial delay before each answer, for both the handlers and the direct adapter. Default 0. */
  latencyMs?: number;
  /** Fault injection for the HTTP handlers (see {@link MemoryBackend.setFaults}). Default none. */
  faults?: FaultOptions;
}

/** The options with every default filled in. */
export interface MemoryBackendConfig {
  takenPhoneNumbers: readonly string[];
  totpEnabled: boolean;
  code: string | null;
  now: () => number;
  codeLifetimeMs: number;
  maxAttempts: number;
  resendIntervalMs: number;
  maxUnverifiedPhoneNumbers: number | null;
  frontendApiUrl: string;
  backendApiUrl: string;
  secretKey: string;
  sessionId: string;
  requireSessionId: boolean;
  requireReverification: boolean;
  password: string | null;
  emailAddress: string | null;
  latencyMs: number;
}

function nonNegative(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`createMemoryBackend: ${name} must be a number ≥ 0, got ${value}`);
  return value;
}

/** Fills in defaults and rejects nonsense early, so a typo in a test fails loudly instead of behaving oddly. */
export function resolveOptions(options: MemoryBackendOptions): MemoryBackendConfig {
  if (options.code !== undefined && options.code.trim() === '') throw new TypeError('createMemoryBackend: code must not be empty');
  const maxAttempts = nonNegative('maxAttempts', options.maxAttempts, MAX_CODE_ATTEMPTS);
  if (maxAttempts < 1) throw new RangeError('createMemoryBackend: maxAttempts must be at least 1');
  return {
    takenPhoneNumbers: [...(options.takenPhoneNumbers ?? [])],
    totpEnabled: options.totpEnabled ?? false,
    code: options.code ?? null,
    now: options.now ?? Date.now,
    codeLifetimeMs: nonNegative('codeLifetimeMs', options.codeLifetimeMs, 10 * 60_000),
    maxAttempts,
    resendIntervalMs: nonNegative('resendIntervalMs', options.resendIntervalMs, 30_000),
    maxUnverifiedPhoneNumbers:
      options.maxUnverifiedPhoneNumbers === undefined ? null : nonNegative('maxUnverifiedPhoneNumbers', options.maxUnverifiedPhoneNumbers, 0),
    // A trailing slash would give `//v1/...` paths that msw would never match.
    frontendApiUrl: (options.frontendApiUrl ?? 'https://clerk.phone-number-kit.test').replace(/\/+$/, ''),
    backendApiUrl: (options.backendApiUrl ?? 'https://api.clerk.phone-number-kit.test').replace(/\/+$/, ''),
    secretKey: options.secretKey ?? 'sk_test_memory',
    sessionId: options.sessionId ?? 'sess_test',
    requireSessionId: options.requireSessionId ?? true,
    requireReverification: options.requireReverification ?? false,
    password: options.password === undefined ? 'demo-password' : options.password,
    emailAddress: options.emailAddress === undefined ? 'ada@example.com' : options.emailAddress,
    latencyMs: nonNegative('latencyMs', options.latencyMs, 0),
  };
}
