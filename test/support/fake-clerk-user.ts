/**
 * An in-memory stand-in for clerk-js's `UserResource` and its phone-number resources, for testing the clerk-js
 * adapter without a Clerk instance.
 *
 * What it copies from clerk-js (packages/clerk-js/src/core/resources, @clerk/shared/errors):
 * - the method names and parameters (`user.createPhoneNumber({ phoneNumber })`, `phone.attemptVerification({ code })`,
 *   `phone.setReservedForSecondFactor({ reserved })`, …) and the resource fields (camelCase, `Date`s);
 * - each resource method updates the resource in place from the server's JSON and resolves with it (`fromJSON`
 *   of the newest clerk-js: `verification = new Verification(json.verification)`, `backupCodes = json.backup_codes`);
 * - a `null` verification becomes a Verification whose fields are all `null`; a missing `expire_at` becomes "now"
 *   (clerk-js's `unixEpochToDate`; the fake uses its own clock so tests are deterministic);
 * - the user object is a snapshot: mutations do not change `user.phoneNumbers` (clerk-js rebuilds a *new* user
 *   from the piggybacked client); `user.reload()` refreshes it in place and resolves with the same user;
 * - resources carry no `reserved`, `createdAt` or `updatedAt`;
 * - failures throw `ClerkAPIResponseError`-shaped errors (`clerkError: true`, `status`, camelCased `errors` whose
 *   `meta` lists every known key, mostly `undefined`, `clerkTraceId`, `retryAfter`).
 *
 * The server side (`FakeClerkBackend`) keeps the Frontend API's JSON (`Client.PhoneNumber`) and applies the rules the
 * notes describe: numbers start unverified with `verification: null`; a code expires after 10 minutes; three
 * wrong codes fail the verification; only verified numbers can be reserved; the first reserved number becomes the
 * default and its answer carries the backup codes; unreserving or deleting the default passes it to another
 * reserved number. Error codes for cases the notes don't pin down (reserving an unverified number, attempting
 * without a code sent) are the fake's own choice.
 */
import type { BackupCodesJson, PhoneNumberJson, VerificationJson } from '../../src/model/wire.ts';
import type { TotpJson } from '../../src/model/accountWire.ts';
import { isTotpCodeValid, randomTotpSecret, totpCode, totpUri } from '../../src/testing/memory-backend/totp.ts';

/* ------------------------------------------------------------------------------------------------ errors */

export interface FakeApiErrorInit {
  code: string;
  message: string;
  longMessage?: string;
  paramName?: string;
}

/** Shaped like `@clerk/shared`'s `ClerkAPIError`. */
export class FakeClerkAPIError {
  readonly code: string;
  readonly message: string;
  readonly longMessage: string | undefined;
  readonly meta: Record<string, unknown>;

  constructor(init: FakeApiErrorInit) {
    this.code = init.code;
    this.message = init.message;
    this.longMessage = init.longMessage;
    // clerk-js copies a fixed set of meta keys, leaving the absent ones undefined.
    this.meta = {
      paramName: init.paramName,
      sessionId: undefined,
      emailAddresses: undefined,
      identifiers: undefined,
      zxcvbn: undefined,
      plan: undefined,
      isPlanUpgradePossible: undefined,
    };
  }
}

/** Shaped like `@clerk/shared`'s `ClerkAPIResponseError`. */
export class FakeClerkAPIResponseError extends Error {
  override readonly name = 'ClerkAPIResponseError';
  readonly clerkError = true as const;
  readonly code = 'api_response_error';
  readonly status: number;
  readonly errors: FakeClerkAPIError[];
  readonly clerkTraceId: string | undefined;
  readonly retryAfter: number | undefined;

  constructor(status: number, errors: FakeApiErrorInit[], options: { clerkTraceId?: string; retryAfter?: number } = {}) {
    // clerk-js: `message` is the first error's long_message, else the status text.
    super(errors[0]?.longMessage ?? `HTTP ${status}`);
    this.status = status;
    this.errors = errors.map((e) => new FakeClerkAPIError(e));
    this.clerkTraceId = options.clerkTraceId;
    this.retryAfter = options.retryAfter;
  }
}

/** Shaped like `@clerk/shared`'s `ClerkRuntimeError` (e.g. `network_error` when offline errors are rethrown). */
export class FakeClerkRuntimeError extends Error {
  override readonly name = 'ClerkRuntimeError';
  readonly clerkError = true as const;
  readonly clerkRuntimeError = true as const;
  readonly code: string;

  constructor(message: string, code: string) {
    super(message);
    this.code = code;
  }
}

/** A `ClerkAPIResponseError` with one error. */
export function apiError(
  status: number,
  code: string,
  message: string,
  longMessage?: string,
  paramName?: string,
  options: { clerkTraceId?: string; retryAfter?: number } = {},
): FakeClerkAPIResponseError {
  return new FakeClerkAPIResponseError(status, [{ code, message, longMessage, paramName }], { clerkTraceId: 'trace_fake', ...options });
}

/* ------------------------------------------------------------------------------------------------ backend */

export type FakeMethod =
  | 'user.reload'
  | 'user.createPhoneNumber'
  | 'user.createBackupCode'
  | 'user.update'
  | 'user.createTOTP'
  | 'user.verifyTOTP'
  | 'user.disableTOTP'
  | 'phoneNumber.prepareVerification'
  | 'phoneNumber.attemptVerification'
  | 'phoneNumber.setReservedForSecondFactor'
  | 'phoneNumber.makeDefaultSecondFactor'
  | 'phoneNumber.destroy'
  | 'session.startVerification'
  | 'session.prepareFirstFactorVerification'
  | 'session.attemptFirstFactorVerification'
  | 'session.prepareSecondFactorVerification'
  | 'session.attemptSecondFactorVerification';

/** The calls Clerk wraps in reverification, as the reference backend lists them: 403 while reverification is required. */
const SENSITIVE: ReadonlySet<FakeMethod> = new Set<FakeMethod>([
  'user.createPhoneNumber',
  'user.createBackupCode',
  'user.createTOTP',
  'user.disableTOTP',
  'phoneNumber.setReservedForSecondFactor',
  'phoneNumber.destroy',
]);

export interface FakeCall {
  method: FakeMethod;
  id?: string;
  params?: unknown;
}

/** A held call: `started` resolves when the call reaches the server; nothing happens there until `release()`. */
export interface FakeHold {
  started: Promise<void>;
  release(): void;
}

export interface FakeSms {
  phoneNumberId: string;
  phoneNumber: string;
  code: string;
}

export interface FakeBackendOptions {
  /** Start of the fake clock (Unix ms). */
  now?: number;
  /** Numbers the user already has; missing fields get defaults (unverified, not reserved). */
  phoneNumbers?: Partial<PhoneNumberJson>[];
  /** Clerk makes the first reserved number the default second factor; `false` models a server that doesn't. */
  firstReservationBecomesDefault?: boolean;
}

const E164 = /^\+[1-9]\d{6,14}$/;
const CODE_TTL_MS = 10 * 60 * 1000;
const MAX_ATTEMPTS = 3;

/** `GET /v1/me`, reduced to what the fake user reads. */
export interface FakeMeJson {
  phone_numbers: PhoneNumberJson[];
  primary_phone_number_id: string | null;
  two_factor_enabled: boolean;
  totp_enabled: boolean;
  backup_code_enabled: boolean;
}

/** The fake Frontend API: the truth that resources and `user.reload()` read from. */
export class FakeClerkBackend {
  clock: number;
  readonly records: PhoneNumberJson[] = [];
  /** Every call that reached the server, in order. */
  readonly calls: FakeCall[] = [];
  /** Calls the server has finished handling (answered or failed); a held call joins once released. */
  readonly completed: FakeCall[] = [];
  readonly sms: FakeSms[] = [];
  backupCodes: BackupCodesJson | null = null;
  primaryPhoneNumberId: string | null = null;
  /** The authenticator app: pending or verified; the secret stays here. */
  totp: { id: string; secret: string; verified: boolean } | null = null;
  /** While `true`, the sensitive calls answer 403 `session_reverification_required` (a completed session verification clears it). */
  reverificationRequired = false;
  private readonly codes = new Map<string, string>();
  private readonly failures = new Map<FakeMethod, unknown[]>();
  private readonly holds: { resolveStarted: () => void; released: Promise<void> }[] = [];
  private readonly firstReservationBecomesDefault: boolean;
  private counter = 0;

  constructor(options: FakeBackendOptions = {}) {
    this.clock = options.now ?? 1_700_000_000_000;
    this.firstReservationBecomesDefault = options.firstReservationBecomesDefault ?? true;
    for (const seed of options.phoneNumbers ?? []) this.records.push(this.newRecord(seed));
  }

  now(): number {
    return this.clock;
  }

  advance(ms: number): void {
    this.clock += ms;
  }

  /** The next call of `method` throws `error` (before touching any state). Stackable. */
  failNext(method: FakeMethod, error: unknown): void {
    const queue = this.failures.get(method) ?? [];
    queue.push(error);
    this.failures.set(method, queue);
  }

  /** The next call (of any method) waits at the server until released. */
  holdNext(): FakeHold {
    let resolveStarted!: () => void;
    let release!: () => void;
    const started = new Promise<void>((resolve) => (resolveStarted = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.push({ resolveStarted, released });
    return { started, release };
  }

  /** A number added outside this user object (another tab, the dashboard, the Backend API). */
  addElsewhere(seed: Partial<PhoneNumberJson>): PhoneNumberJson {
    const record = this.newRecord(seed);
    this.records.push(record);
    return structuredClone(record);
  }

  /** The code last sent to a number. */
  lastCode(phoneNumberId: string): string | undefined {
    return [...this.sms].reverse().find((m) => m.phoneNumberId === phoneNumberId)?.code;
  }

  /** A copy of a number's JSON, as `GET /v1/me/phone_numbers/{id}` would answer. */
  json(id: string): PhoneNumberJson {
    return structuredClone(this.record(id));
  }

  /** The calls of one method. */
  callsOf(method: FakeMethod): FakeCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /* -------- the endpoints, each an async round trip -------- */

  getMe(): Promise<FakeMeJson> {
    return this.request({ method: 'user.reload' }, () => this.me());
  }

  /** The code an authenticator app shows now for the pending or enabled secret. */
  authenticatorCode(): string | null {
    return this.totp ? totpCode(this.totp.secret, this.clock) : null;
  }

  updateUser(params: { primaryPhoneNumberId?: string }): Promise<FakeMeJson> {
    return this.request({ method: 'user.update', params }, () => {
      const id = params?.primaryPhoneNumberId;
      if (id !== undefined) {
        if (this.record(id).verification?.status !== 'verified') {
          throw apiError(422, 'form_param_value_invalid', 'is invalid', 'Only a verified phone number can be primary.', 'primary_phone_number_id');
        }
        this.primaryPhoneNumberId = id;
      }
      return this.me();
    });
  }

  createTotp(): Promise<TotpJson> {
    return this.request({ method: 'user.createTOTP' }, () => {
      if (this.totp?.verified) throw apiError(400, 'totp_already_enabled', 'already enabled', 'An authenticator app is already enabled.');
      const secret = randomTotpSecret();
      this.totp = { id: `totp_fake${++this.counter}`, secret, verified: false };
      return this.totpJson({ secret, uri: totpUri(secret, 'fake') });
    });
  }

  verifyTotp(code: unknown): Promise<TotpJson> {
    return this.request({ method: 'user.verifyTOTP', params: { code } }, () => {
      if (!this.totp) throw apiError(404, 'resource_not_found', 'not found', 'Resource not found');
      if (typeof code !== 'string' || !isTotpCodeValid(this.totp.secret, code, this.clock)) {
        throw apiError(422, 'form_code_incorrect', 'Incorrect code', 'Incorrect code', 'code');
      }
      const first = !this.twoFactorEnabled();
      this.totp.verified = true;
      return this.totpJson({ backup_codes: first ? [...this.generateBackupCodes().codes] : null });
    });
  }

  disableTotp(): Promise<{ object: string; id: string; deleted: true }> {
    return this.request({ method: 'user.disableTOTP' }, () => {
      if (!this.totp) throw apiError(404, 'resource_not_found', 'not found', 'Resource not found');
      const { id } = this.totp;
      this.totp = null;
      if (!this.twoFactorEnabled()) this.backupCodes = null;
      return { object: 'totp', id, deleted: true as const };
    });
  }

  createPhoneNumber(phoneNumber: unknown): Promise<PhoneNumberJson> {
    return this.request({ method: 'user.createPhoneNumber', params: { phoneNumber } }, () => {
      if (typeof phoneNumber !== 'string' || phoneNumber === '') {
        throw apiError(422, 'form_param_nil', 'is missing', 'Enter a phone number.', 'phone_number');
      }
      if (!E164.test(phoneNumber)) {
        throw apiError(422, 'form_param_format_invalid', 'is invalid', 'phone_number must be a valid phone number according to E.164 international standard.', 'phone_number');
      }
      if (this.records.some((r) => r.phone_number === phoneNumber)) {
        throw apiError(422, 'form_identifier_exists', 'is taken', 'That phone number is taken. Please try another.', 'phone_number');
      }
      const record = this.newRecord({ phone_number: phoneNumber });
      this.records.push(record);
      return structuredClone(record);
    });
  }

  prepareVerification(id: string): Promise<PhoneNumberJson> {
    return this.request({ method: 'phoneNumber.prepareVerification', id, params: { strategy: 'phone_code' } }, () => {
      const record = this.record(id);
      const code = String(100_000 + ((this.counter++ * 7_919 + 4_242) % 900_000));
      this.codes.set(id, code);
      this.sms.push({ phoneNumberId: id, phoneNumber: record.phone_number, code });
      record.verification = { object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 0, expire_at: this.clock + CODE_TTL_MS };
      record.updated_at = this.clock;
      return structuredClone(record);
    });
  }

  attemptVerification(id: string, code: unknown): Promise<PhoneNumberJson> {
    return this.request({ method: 'phoneNumber.attemptVerification', id, params: { code } }, () => {
      const record = this.record(id);
      const verification = record.verification;
      if (!verification || verification.strategy !== 'phone_code' || !this.codes.has(id)) {
        throw apiError(400, 'verification_missing', 'is missing', 'No verification code was sent to this phone number.');
      }
      if (verification.status === 'verified') {
        throw apiError(400, 'verification_already_verified', 'already verified', 'This phone number has already been verified.');
      }
      if (verification.status === 'failed') {
        throw apiError(400, 'verification_failed', 'failed', 'Too many failed attempts. You have to try again with the same or another method.');
      }
      if (verification.status === 'expired' || (verification.expire_at !== null && this.clock > verification.expire_at)) {
        verification.status = 'expired';
        throw apiError(400, 'verification_expired', 'expired', 'This verification has expired. You must create a new one.');
      }
      if (typeof code !== 'string' || code === '') throw apiError(422, 'form_param_nil', 'is missing', 'Enter the code.', 'code');
      record.updated_at = this.clock;
      if (code !== this.codes.get(id)) {
        verification.attempts = (verification.attempts ?? 0) + 1;
        if (verification.attempts >= MAX_ATTEMPTS) {
          verification.status = 'failed';
          throw apiError(400, 'verification_failed', 'failed', 'Too many failed attempts. You have to try again with the same or another method.');
        }
        throw apiError(422, 'form_code_incorrect', 'is incorrect', 'Incorrect code', 'code');
      }
      verification.attempts = (verification.attempts ?? 0) + 1;
      verification.status = 'verified';
      this.codes.delete(id);
      return structuredClone(record);
    });
  }

  setReservedForSecondFactor(id: string, reserved: unknown): Promise<PhoneNumberJson> {
    return this.request({ method: 'phoneNumber.setReservedForSecondFactor', id, params: { reserved } }, () => {
      const record = this.record(id);
      if (typeof reserved !== 'boolean') throw apiError(422, 'form_param_type_invalid', 'is invalid', 'reserved_for_second_factor must be a boolean.', 'reserved_for_second_factor');
      let backupCodes: string[] | undefined;
      if (reserved) {
        if (record.verification?.status !== 'verified') {
          throw apiError(422, 'form_param_value_invalid', 'is invalid', 'Only a verified phone number can be used for two-step verification.', 'reserved_for_second_factor');
        }
        const firstSecondFactor = !this.records.some((r) => r.reserved_for_second_factor);
        record.reserved_for_second_factor = true;
        if (firstSecondFactor) {
          if (this.firstReservationBecomesDefault) record.default_second_factor = true;
          backupCodes = this.generateBackupCodes().codes;
        }
      } else {
        const wasDefault = record.default_second_factor;
        record.reserved_for_second_factor = false;
        record.default_second_factor = false;
        if (wasDefault) this.passDefaultOn();
      }
      record.updated_at = this.clock;
      const answer = structuredClone(record);
      if (backupCodes) answer.backup_codes = backupCodes;
      return answer;
    });
  }

  makeDefaultSecondFactor(id: string): Promise<PhoneNumberJson> {
    return this.request({ method: 'phoneNumber.makeDefaultSecondFactor', id, params: { default_second_factor: true } }, () => {
      const record = this.record(id);
      if (!record.reserved_for_second_factor) {
        throw apiError(422, 'form_param_value_invalid', 'is invalid', 'Only a number used for two-step verification can be the default.', 'default_second_factor');
      }
      for (const other of this.records) if (other.default_second_factor) other.default_second_factor = false;
      record.default_second_factor = true;
      record.updated_at = this.clock;
      return structuredClone(record);
    });
  }

  destroy(id: string): Promise<{ object: string; id: string; deleted: true }> {
    return this.request({ method: 'phoneNumber.destroy', id }, () => {
      const record = this.record(id);
      this.records.splice(this.records.indexOf(record), 1);
      this.codes.delete(id);
      if (record.default_second_factor) this.passDefaultOn();
      return { object: 'phone_number', id, deleted: true as const };
    });
  }

  createBackupCode(): Promise<BackupCodesJson> {
    return this.request({ method: 'user.createBackupCode' }, () => structuredClone(this.generateBackupCodes()));
  }

  /* -------- internals -------- */

  /** One round trip to the fake server: recorded, held or failed as asked, refused while reverification is required. */
  async request<T>(call: FakeCall, handle: () => T): Promise<T> {
    this.calls.push(call);
    await Promise.resolve(); // a real round trip is never synchronous
    const hold = this.holds.shift();
    if (hold) {
      hold.resolveStarted();
      await hold.released;
    }
    try {
      const failure = this.failures.get(call.method)?.shift();
      if (failure !== undefined) throw failure;
      if (this.reverificationRequired && SENSITIVE.has(call.method)) {
        throw apiError(403, 'session_reverification_required', 'needs reverification', 'You need to provide additional verification to perform this operation');
      }
      return handle();
    } finally {
      this.completed.push(call);
    }
  }

  private twoFactorEnabled(): boolean {
    return this.totp?.verified === true || this.records.some((r) => r.reserved_for_second_factor);
  }

  private me(): FakeMeJson {
    return {
      phone_numbers: this.records.map((r) => structuredClone(r)),
      primary_phone_number_id: this.primaryPhoneNumberId,
      two_factor_enabled: this.twoFactorEnabled(),
      totp_enabled: this.totp?.verified === true,
      backup_code_enabled: this.backupCodes !== null,
    };
  }

  private totpJson(fields: Partial<TotpJson>): TotpJson {
    const { id, verified } = this.totp!;
    return { object: 'totp', id, secret: null, uri: null, verified, backup_codes: null, created_at: this.clock, updated_at: this.clock, ...fields };
  }

  private record(id: string): PhoneNumberJson {
    const record = this.records.find((r) => r.id === id);
    if (!record) throw apiError(404, 'resource_not_found', 'not found', 'Resource not found');
    return record;
  }

  private newRecord(seed: Partial<PhoneNumberJson>): PhoneNumberJson {
    this.counter++;
    return {
      id: `idn_fake${this.counter}`,
      object: 'phone_number',
      phone_number: '+15555550100',
      reserved_for_second_factor: false,
      default_second_factor: false,
      reserved: false,
      verification: null,
      linked_to: [],
      created_at: this.clock,
      updated_at: this.clock,
      ...structuredClone(seed),
    };
  }

  private passDefaultOn(): void {
    const next = this.records.find((r) => r.reserved_for_second_factor);
    if (next) next.default_second_factor = true;
  }

  private generateBackupCodes(): BackupCodesJson {
    const id = `bcode_fake${++this.counter}`;
    const codes = Array.from({ length: 10 }, (_, i) => `${id.slice(-2)}${i}`.padStart(8, 'x'));
    this.backupCodes = { object: 'backup_code', id, codes, created_at: this.clock, updated_at: this.clock };
    return this.backupCodes;
  }
}

/* ------------------------------------------------------------------------------------------------ resources */

/** Like clerk-js's `Verification`: all-null when built from `null`. */
export class FakeVerification {
  status: string | null = null;
  strategy: string | null = null;
  attempts: number | null = null;
  expireAt: Date | null = null;
  error: null = null;
  verifiedAtClient: string | null = null;
  nonce: string | null = null;
  message: string | null = null;
  externalVerificationRedirectURL: URL | null = null;

  constructor(data: VerificationJson | null, now: () => number) {
    if (!data) return;
    this.status = data.status;
    this.strategy = data.strategy;
    this.attempts = data.attempts;
    // clerk-js: unixEpochToDate(data.expire_at || undefined), i.e. "now" when the server sends null.
    this.expireAt = new Date(data.expire_at || now());
  }
}

/** Like clerk-js's `IdentificationLink`. */
export class FakeIdentificationLink {
  readonly pathRoot = '';
  id: string;
  type: string;

  constructor(data: { id: string; type: string }) {
    this.id = data.id;
    this.type = data.type;
  }
}

/** Like clerk-js's `PhoneNumber` resource. */
export class FakePhoneNumber {
  readonly pathRoot = '/me/phone_numbers';
  id = '';
  phoneNumber = '';
  reservedForSecondFactor = false;
  defaultSecondFactor = false;
  linkedTo: FakeIdentificationLink[] = [];
  verification!: FakeVerification;
  backupCodes?: string[];

  constructor(
    private readonly backend: FakeClerkBackend,
    data: PhoneNumberJson,
  ) {
    this.fromJSON(data);
  }

  prepareVerification = async (): Promise<FakePhoneNumber> => this.fromJSON(await this.backend.prepareVerification(this.id));

  attemptVerification = async (params: { code: string }): Promise<FakePhoneNumber> => {
    const { code } = params || {};
    return this.fromJSON(await this.backend.attemptVerification(this.id, code));
  };

  setReservedForSecondFactor = async (params: { reserved: boolean }): Promise<FakePhoneNumber> => {
    const { reserved } = params || {};
    return this.fromJSON(await this.backend.setReservedForSecondFactor(this.id, reserved));
  };

  makeDefaultSecondFactor = async (): Promise<FakePhoneNumber> => this.fromJSON(await this.backend.makeDefaultSecondFactor(this.id));

  destroy = async (): Promise<void> => {
    await this.backend.destroy(this.id);
  };

  toString = (): string => {
    const match = this.phoneNumber.match(/^(\d{3})(\d{3})(\d{4})$/);
    return match ? `(${match[1]}) ${match[2]}-${match[3]}` : this.phoneNumber;
  };

  private fromJSON(data: PhoneNumberJson): this {
    this.id = data.id;
    this.phoneNumber = data.phone_number;
    this.reservedForSecondFactor = data.reserved_for_second_factor;
    this.defaultSecondFactor = data.default_second_factor;
    this.verification = new FakeVerification(data.verification, () => this.backend.now());
    this.linkedTo = (data.linked_to || []).map((link) => new FakeIdentificationLink(link));
    this.backupCodes = data.backup_codes ?? undefined;
    return this;
  }
}

/** Like clerk-js's `BackupCode` resource. */
export class FakeBackupCode {
  id: string;
  codes: string[];
  createdAt: Date | null;
  updatedAt: Date | null;

  constructor(data: BackupCodesJson) {
    this.id = data.id;
    this.codes = data.codes;
    this.createdAt = new Date(data.created_at);
    this.updatedAt = new Date(data.updated_at);
  }
}

/** Like clerk-js's `TOTP` resource (`secret`/`uri`/`backupCodes` undefined when the server sends none). */
export class FakeTotp {
  id: string;
  secret?: string;
  uri?: string;
  verified: boolean;
  backupCodes?: string[];

  constructor(data: TotpJson) {
    this.id = data.id;
    this.secret = data.secret ?? undefined;
    this.uri = data.uri ?? undefined;
    this.verified = data.verified;
    this.backupCodes = data.backup_codes ?? undefined;
  }
}

/** Like clerk-js's `User` resource, with only what the phone-number kit touches. */
export class FakeUser {
  readonly id = 'user_fake';
  readonly pathRoot = '/me';
  phoneNumbers: FakePhoneNumber[];
  /** `undefined` models a user-like object without `reload`. */
  primaryPhoneNumberId: string | null = null;
  twoFactorEnabled = false;
  totpEnabled = false;
  backupCodeEnabled = false;
  reload: (() => Promise<FakeUser>) | undefined = async () => this.fromJSON(await this.backend.getMe());

  constructor(private readonly backend: FakeClerkBackend) {
    this.phoneNumbers = backend.records.map((json) => new FakePhoneNumber(backend, structuredClone(json)));
    this.twoFactorEnabled = this.phoneNumbers.some((p) => p.reservedForSecondFactor);
  }

  /** clerk-js: `user.update(params)` answers with a new user built from the response; this one is left as it was. */
  update = async (params: { primaryPhoneNumberId?: string }): Promise<FakeUser> =>
    new FakeUser(this.backend).fromJSON(await this.backend.updateUser(params));

  createTOTP = async (): Promise<FakeTotp> => new FakeTotp(await this.backend.createTotp());

  verifyTOTP = async (params: { code: string }): Promise<FakeTotp> => new FakeTotp(await this.backend.verifyTotp(params?.code));

  disableTOTP = async (): Promise<{ object: string; id: string; deleted: true }> => this.backend.disableTotp();

  private fromJSON(me: FakeMeJson): this {
    this.phoneNumbers = me.phone_numbers.map((json) => new FakePhoneNumber(this.backend, json));
    this.primaryPhoneNumberId = me.primary_phone_number_id;
    this.twoFactorEnabled = me.two_factor_enabled;
    this.totpEnabled = me.totp_enabled;
    this.backupCodeEnabled = me.backup_code_enabled;
    return this;
  }

  createPhoneNumber = async (params: { phoneNumber: string }): Promise<FakePhoneNumber> => {
    const { phoneNumber } = params || {};
    // clerk-js: `new PhoneNumber({ phone_number }, '/me/phone_numbers/').create()`; `this.phoneNumbers` is untouched.
    return new FakePhoneNumber(this.backend, await this.backend.createPhoneNumber(phoneNumber));
  };

  createBackupCode = async (): Promise<FakeBackupCode> => new FakeBackupCode(await this.backend.createBackupCode());
}

export interface FakeClerkUserOptions extends FakeBackendOptions {
  /** `false` gives a user without `reload`. Default `true`. */
  reload?: boolean;
}

/** A fake clerk-js user and the fake server behind it. */
export function createFakeClerkUser(options: FakeClerkUserOptions = {}): { user: FakeUser; backend: FakeClerkBackend } {
  const backend = new FakeClerkBackend(options);
  const user = new FakeUser(backend);
  if (options.reload === false) user.reload = undefined;
  return { user, backend };
}
