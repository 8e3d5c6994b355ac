/**
 * An in-memory stand-in for clerk-js's `SessionResource` re-verification methods (`startVerification`,
 * `prepareFirstFactorVerification`, `attemptFirstFactorVerification`, `prepareSecondFactorVerification`,
 * `attemptSecondFactorVerification`), over the fake user's server (fake-clerk-user.ts), so the clerk-js adapter's
 * step-up methods run without a Clerk instance.
 *
 * What it copies from clerk-js 6.40 (`Session` and `SessionVerification` in packages/clerk-js/src/core/resources):
 * - each method is one round trip and resolves with a new `SessionVerification` built from the answer, its factors
 *   camelCased (`{ strategy, safeIdentifier, emailAddressId, phoneNumberId }`);
 * - prepare takes `{ strategy, emailAddressId }` or `{ strategy, phoneNumberId }`, attempt `{ strategy, password }`
 *   or `{ strategy, code }`; failures throw the fake's `ClerkAPIResponseError`.
 *
 * The server side follows the reference backend's rules (src/testing/memory-backend/rules/reverification.ts): the
 * first factors are the password, the email address and the verified numbers; the second factors the reserved
 * numbers, the authenticator app and backup codes; `second_factor`/`multi_factor` fall back to `first_factor`
 * without a second factor; a wrong password is 422 `form_password_incorrect`, a wrong code 422
 * `form_code_incorrect`; completing the level clears `backend.reverificationRequired`.
 */
import { isTotpCodeValid } from '../../src/testing/memory-backend/totp.ts';
import { apiError, type FakeClerkBackend, type FakeMethod } from './fake-clerk-user.ts';

type Level = 'first_factor' | 'second_factor' | 'multi_factor';
type Status = 'needs_first_factor' | 'needs_second_factor' | 'complete';
type Stage = 'first' | 'second';

/** A factor as clerk-js holds it (`SignInFactor`, camelCased). */
export interface FakeFactor {
  strategy: string;
  safeIdentifier?: string;
  emailAddressId?: string;
  phoneNumberId?: string;
}

/** Like clerk-js's `SessionVerification` resource, with only what the kit reads. */
export interface FakeSessionVerification {
  status: Status;
  level: Level;
  supportedFirstFactors: FakeFactor[];
  supportedSecondFactors: FakeFactor[];
}

export interface FakeEmail {
  emailAddress: string;
  code: string;
}

export interface FakeSessionOptions {
  /** The user's password; `null` offers no password factor. Default `'demo-password'`. */
  password?: string | null;
  /** The user's email address; `null` offers no email factor. Default `'ada@example.com'`. */
  emailAddress?: string | null;
}

const EMAIL_ADDRESS_ID = 'idn_fake_email';
const MAX_ATTEMPTS = 3;

/** The fake server's session re-verification, and the emails it sent. */
export class FakeSessionVerifier {
  readonly emails: FakeEmail[] = [];
  private record: { level: Level; status: Status; pending: { strategy: string; code: string; attempts: number } | null } | null = null;
  private sent = 0;
  private readonly password: string | null;
  private readonly emailAddress: string | null;

  constructor(
    private readonly backend: FakeClerkBackend,
    options: FakeSessionOptions = {},
  ) {
    this.password = options.password === undefined ? 'demo-password' : options.password;
    this.emailAddress = options.emailAddress === undefined ? 'ada@example.com' : options.emailAddress;
  }

  /** The code in the newest email. */
  lastEmailCode(): string | undefined {
    return this.emails.at(-1)?.code;
  }

  start(level: Level): Promise<FakeSessionVerification> {
    return this.backend.request({ method: 'session.startVerification', params: { level } }, () => {
      const effective: Level = level !== 'first_factor' && this.secondFactors().length === 0 ? 'first_factor' : level;
      this.record = { level: effective, status: effective === 'second_factor' ? 'needs_second_factor' : 'needs_first_factor', pending: null };
      return this.view();
    });
  }

  prepare(stage: Stage, params: Record<string, string>): Promise<FakeSessionVerification> {
    return this.backend.request({ method: `session.prepare${stage === 'first' ? 'First' : 'Second'}FactorVerification` as FakeMethod, params }, () => {
      const record = this.recordAt(stage);
      const factors = stage === 'first' ? this.firstFactors() : this.secondFactors();
      const factor = factors.find((f) => f.strategy === params['strategy'] && (f.strategy !== 'phone_code' || f.phoneNumberId === params['phoneNumberId']));
      if (!factor || (factor.strategy !== 'email_code' && factor.strategy !== 'phone_code')) {
        throw apiError(400, 'form_param_value_invalid', 'is invalid', 'This factor cannot be prepared for this session verification.', 'strategy');
      }
      const code = String(200_000 + ((++this.sent * 7_919 + 1_234) % 800_000));
      record.pending = { strategy: factor.strategy, code, attempts: 0 };
      if (factor.strategy === 'email_code') this.emails.push({ emailAddress: this.emailAddress!, code });
      else {
        const phone = this.backend.records.find((r) => r.id === factor.phoneNumberId)!;
        this.backend.sms.push({ phoneNumberId: phone.id, phoneNumber: phone.phone_number, code });
      }
      return this.view();
    });
  }

  attempt(stage: Stage, params: Record<string, string>): Promise<FakeSessionVerification> {
    return this.backend.request({ method: `session.attempt${stage === 'first' ? 'First' : 'Second'}FactorVerification` as FakeMethod, params }, () => {
      const record = this.recordAt(stage);
      const { strategy, password, code } = params;
      if (strategy === 'password') {
        if (this.password === null || password !== this.password) throw apiError(422, 'form_password_incorrect', 'is incorrect', 'Password is incorrect. Try again, or use another method.', 'password');
      } else if (strategy === 'totp') {
        if (!this.backend.totp?.verified || !isTotpCodeValid(this.backend.totp.secret, code ?? '', this.backend.now())) throw codeIncorrect();
      } else if (strategy === 'backup_code') {
        const codes = this.backend.backupCodes?.codes ?? [];
        if (!codes.includes(code ?? '')) throw codeIncorrect();
        codes.splice(codes.indexOf(code!), 1);
      } else {
        const pending = record.pending;
        if (!pending || pending.strategy !== strategy) throw apiError(400, 'verification_missing', 'is missing', 'No code was sent for this factor.');
        if (pending.attempts >= MAX_ATTEMPTS) throw apiError(400, 'verification_failed', 'failed', 'Too many failed attempts.');
        if (code !== pending.code) {
          pending.attempts += 1;
          throw pending.attempts >= MAX_ATTEMPTS ? apiError(400, 'verification_failed', 'failed', 'Too many failed attempts.') : codeIncorrect();
        }
      }
      record.pending = null;
      record.status = stage === 'first' && record.level === 'multi_factor' ? 'needs_second_factor' : 'complete';
      if (record.status === 'complete') this.backend.reverificationRequired = false;
      return this.view();
    });
  }

  private recordAt(stage: Stage) {
    const record = this.record;
    if (!record || record.status !== `needs_${stage}_factor`) throw apiError(400, 'session_verification_missing', 'is missing', 'Start a session verification first.');
    return record;
  }

  private firstFactors(): FakeFactor[] {
    const factors: FakeFactor[] = [];
    if (this.password !== null) factors.push({ strategy: 'password' });
    if (this.emailAddress !== null) factors.push({ strategy: 'email_code', emailAddressId: EMAIL_ADDRESS_ID, safeIdentifier: mask(this.emailAddress) });
    for (const r of this.backend.records) {
      if (r.verification?.status === 'verified') factors.push({ strategy: 'phone_code', phoneNumberId: r.id, safeIdentifier: mask(r.phone_number) });
    }
    return factors;
  }

  private secondFactors(): FakeFactor[] {
    const factors: FakeFactor[] = this.backend.records
      .filter((r) => r.reserved_for_second_factor)
      .map((r) => ({ strategy: 'phone_code', phoneNumberId: r.id, safeIdentifier: mask(r.phone_number) }));
    if (this.backend.totp?.verified) factors.push({ strategy: 'totp' });
    if (this.backend.backupCodes) factors.push({ strategy: 'backup_code' });
    return factors;
  }

  private view(): FakeSessionVerification {
    const { level, status } = this.record!;
    return { status, level, supportedFirstFactors: this.firstFactors(), supportedSecondFactors: this.secondFactors() };
  }
}

function codeIncorrect() {
  return apiError(422, 'form_code_incorrect', 'is incorrect', 'Incorrect code', 'code');
}

/** What the server shows of an identifier: the first and last characters. */
function mask(identifier: string): string {
  return `${identifier.slice(0, 2)}***${identifier.slice(-2)}`;
}

/** Like clerk-js's `Session` resource, with only its re-verification methods. */
export class FakeSession {
  readonly id = 'sess_fake';

  constructor(private readonly verifier: FakeSessionVerifier) {}

  startVerification = (params: { level: Level }) => this.verifier.start(params?.level);
  prepareFirstFactorVerification = (params: Record<string, string>) => this.verifier.prepare('first', params);
  attemptFirstFactorVerification = (params: Record<string, string>) => this.verifier.attempt('first', params);
  prepareSecondFactorVerification = (params: Record<string, string>) => this.verifier.prepare('second', params);
  attemptSecondFactorVerification = (params: Record<string, string>) => this.verifier.attempt('second', params);
}

/** A fake clerk-js session of the fake user whose server is `backend`, and its server side. */
export function createFakeClerkSession(backend: FakeClerkBackend, options: FakeSessionOptions = {}): { session: FakeSession; verifier: FakeSessionVerifier } {
  const verifier = new FakeSessionVerifier(backend, options);
  return { session: new FakeSession(verifier), verifier };
}
