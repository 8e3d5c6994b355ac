/**
 * The clerk-js adapter's session re-verification methods, over a clerk-js `SessionResource`
 * (`session.startVerification`, `prepareFirstFactorVerification`, `attemptFirstFactorVerification`,
 * `prepareSecondFactorVerification`, `attemptSecondFactorVerification`). A `user` does not carry its session,
 * so the adapter takes it as the `session` option; without one these methods reject with `session_missing`.
 */
import { KitErrorCode, PhoneKitError } from '../../model/errors.ts';
import type { ReverificationFactor, SessionVerification } from '../../model/reverification.ts';
import { toReverificationFactor, toReverificationLevel, type FactorFields } from '../../model/sessionVerification.ts';
import type { PhoneNumberAdapter } from '../types.ts';
import { abortable } from './abortable.ts';
import { guarded } from './mapError.ts';

/** A clerk-js `SessionVerificationResource`: only the fields the kit reads. */
export interface ClerkSessionVerificationLike {
  status: string | null;
  level: string | null;
  supportedFirstFactors?: readonly FactorFields[] | null;
  supportedSecondFactors?: readonly FactorFields[] | null;
}

/** The factor a prepare step sends the code to (clerk-js's `EmailCodeConfig` / `PhoneCodeConfig`). */
type PrepareParams = { strategy: 'email_code'; emailAddressId: string } | { strategy: 'phone_code'; phoneNumberId: string };

/**
 * The parts of a clerk-js `SessionResource` (`useSession().session`, `clerk.session`) the kit uses. The parameters
 * are the members of clerk-js's own parameter unions that the kit sends, so clerk-js's session type is assignable
 * (a `Record<string, string>` was not: TypeScript refused `createClerkJsAdapter(user, { session })`).
 */
export interface ClerkSessionLike {
  startVerification(params: { level: 'first_factor' | 'second_factor' | 'multi_factor' }): Promise<ClerkSessionVerificationLike>;
  prepareFirstFactorVerification(params: PrepareParams): Promise<ClerkSessionVerificationLike>;
  attemptFirstFactorVerification(
    params: { strategy: 'password'; password: string } | { strategy: 'email_code' | 'phone_code'; code: string },
  ): Promise<ClerkSessionVerificationLike>;
  prepareSecondFactorVerification(params: { strategy: 'phone_code'; phoneNumberId: string }): Promise<ClerkSessionVerificationLike>;
  attemptSecondFactorVerification(params: { strategy: 'phone_code' | 'totp' | 'backup_code'; code: string }): Promise<ClerkSessionVerificationLike>;
}

/** The session, or a getter read at each call (so a session switch applies without a new adapter). */
export type ClerkSessionSource = ClerkSessionLike | null | undefined | (() => ClerkSessionLike | null | undefined);

type SessionVerificationMethods = Pick<PhoneNumberAdapter, 'startReverification' | 'prepareReverification' | 'attemptReverification'>;

const statuses: readonly string[] = ['needs_first_factor', 'needs_second_factor', 'complete'];

function factors(list: readonly FactorFields[] | null | undefined): ReverificationFactor[] {
  return (list ?? []).map(toReverificationFactor).filter((factor): factor is ReverificationFactor => factor !== null);
}

/** clerk-js's resource → the model; a status or level the kit does not know is a `response_invalid`. */
export function toSessionVerification(resource: ClerkSessionVerificationLike): SessionVerification {
  const level = toReverificationLevel(resource.level);
  if (!level || !statuses.includes(resource.status ?? '')) {
    throw new PhoneKitError({
      code: KitErrorCode.invalid,
      message: `Unexpected session verification: status ${String(resource.status)}, level ${String(resource.level)}`,
    });
  }
  return {
    status: resource.status as SessionVerification['status'],
    level,
    firstFactors: factors(resource.supportedFirstFactors),
    secondFactors: factors(resource.supportedSecondFactors),
  };
}

/** A factor without a code to send (password, totp, backup codes) goes as `{ strategy }`, for clerk-js to refuse. */
function prepareParams(factor: ReverificationFactor): PrepareParams {
  if (factor.strategy === 'email_code') return { strategy: factor.strategy, emailAddressId: factor.emailAddressId };
  if (factor.strategy === 'phone_code') return { strategy: factor.strategy, phoneNumberId: factor.phoneNumberId };
  return { strategy: factor.strategy } as unknown as PrepareParams;
}

/** The three re-verification methods over the session `source` gives at call time. */
export function clerkJsSessionVerificationMethods(source: ClerkSessionSource): SessionVerificationMethods {
  function session(): ClerkSessionLike {
    const current = typeof source === 'function' ? source() : source;
    if (!current) {
      throw new PhoneKitError({
        code: KitErrorCode.sessionMissing,
        message: 'Re-verifying needs the session: pass the `session` option to createClerkJsAdapter.',
      });
    }
    return current;
  }

  const run = (signal: AbortSignal | undefined, call: (target: ClerkSessionLike) => Promise<ClerkSessionVerificationLike>) =>
    guarded(async () => {
      const target = session();
      return toSessionVerification(await abortable(signal, () => call(target)));
    });

  return {
    startReverification: (level, call) => run(call?.signal, (target) => target.startVerification({ level })),
    prepareReverification: (stage, factor, call) =>
      run(call?.signal, (target) =>
        stage === 'first'
          ? target.prepareFirstFactorVerification(prepareParams(factor))
          : target.prepareSecondFactorVerification(prepareParams(factor) as { strategy: 'phone_code'; phoneNumberId: string }),
      ),
    attemptReverification: (attempt, call) =>
      run(call?.signal, (target) => {
        if (attempt.strategy === 'password') return target.attemptFirstFactorVerification({ strategy: 'password', password: attempt.password });
        // The model pairs stages and strategies loosely; a strategy the stage lacks goes through for the server to refuse.
        if (attempt.stage === 'first') return target.attemptFirstFactorVerification({ strategy: attempt.strategy as 'email_code' | 'phone_code', code: attempt.code });
        return target.attemptSecondFactorVerification({ strategy: attempt.strategy as 'phone_code' | 'totp' | 'backup_code', code: attempt.code });
      }),
  };
}
