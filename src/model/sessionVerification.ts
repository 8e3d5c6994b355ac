/**
 * Frontend API `Client.SessionReverification` ⇄ {@link SessionVerification}: the parser the adapters use, and the
 * wire form the reference backend answers with. Factors the kit cannot offer (passkey, SSO, …) are dropped, so a
 * session that offers only those reads as "no factor" and the dialog says so instead of showing a dead button.
 */
import { array, literal, nullish, object, string, WireIssue, type Check } from './check.ts';
import { parseWith } from './parse.ts';
import type { ReverificationFactor, ReverificationLevel, SessionVerification } from './reverification.ts';

const statuses = ['needs_first_factor', 'needs_second_factor', 'complete'] as const;

/**
 * The spec types `level` as a bare string; clerk-js before 5.x spelled it `L1.firstFactor` / `L2.secondFactor` /
 * `L3.multiFactor`. Both spellings are read.
 */
const levels: Record<string, ReverificationLevel> = {
  first_factor: 'first_factor',
  second_factor: 'second_factor',
  multi_factor: 'multi_factor',
  'L1.firstFactor': 'first_factor',
  'L2.secondFactor': 'second_factor',
  'L3.multiFactor': 'multi_factor',
};

/** Clerk's `level` in either spelling, or `null` for anything else. */
export function toReverificationLevel(value: unknown): ReverificationLevel | null {
  return (typeof value === 'string' && Object.hasOwn(levels, value) ? levels[value] : null) ?? null;
}

const levelCheck: Check<ReverificationLevel> = (input) => {
  const level = toReverificationLevel(input);
  if (!level) throw new WireIssue(`Invalid level: ${JSON.stringify(input)}`);
  return level;
};

const statusCheck: Check<SessionVerification['status']> = (input) => {
  if (!statuses.includes(input as SessionVerification['status'])) throw new WireIssue(`Invalid status: ${JSON.stringify(input)}`);
  return input as SessionVerification['status'];
};

const factorWire = object({
  strategy: string,
  safe_identifier: nullish(string, ''),
  email_address_id: nullish(string, ''),
  phone_number_id: nullish(string, ''),
});

/** A factor as clerk-js holds it (`SignInFactor`, camelCased); the wire's is renamed into this. */
export interface FactorFields {
  strategy: string;
  safeIdentifier?: string | null;
  emailAddressId?: string | null;
  phoneNumberId?: string | null;
}

/** One factor, or `null` for a strategy the kit does not offer (or an email/phone factor without its id). */
export function toReverificationFactor(fields: FactorFields): ReverificationFactor | null {
  const safeIdentifier = fields.safeIdentifier ?? '';
  switch (fields.strategy) {
    case 'password':
    case 'totp':
    case 'backup_code':
      return { strategy: fields.strategy };
    case 'email_code':
      return fields.emailAddressId ? { strategy: 'email_code', emailAddressId: fields.emailAddressId, safeIdentifier } : null;
    case 'phone_code':
      return fields.phoneNumberId ? { strategy: 'phone_code', phoneNumberId: fields.phoneNumberId, safeIdentifier } : null;
    default:
      return null;
  }
}

const factorsCheck: Check<ReverificationFactor[]> = (input) =>
  nullish(array(factorWire), [])(input)
    .map((wire) =>
      toReverificationFactor({
        strategy: wire.strategy,
        safeIdentifier: wire.safe_identifier,
        emailAddressId: wire.email_address_id,
        phoneNumberId: wire.phone_number_id,
      }),
    )
    .filter((factor): factor is ReverificationFactor => factor !== null);

const sessionVerificationSchema: Check<SessionVerification> = (input) => {
  const wire = object({
    object: literal('session_reverification'),
    level: levelCheck,
    status: statusCheck,
    supported_first_factors: factorsCheck,
    supported_second_factors: factorsCheck,
  })(input);
  return { status: wire.status, level: wire.level, firstFactors: wire.supported_first_factors, secondFactors: wire.supported_second_factors };
};

const envelope = object({ response: sessionVerificationSchema });

/** Parses `{ response: session_reverification, client }` into a {@link SessionVerification}. */
export function parseSessionVerificationEnvelope(json: unknown): SessionVerification {
  return parseWith(envelope, json, 'session verification response').response;
}

/** The wire form of one factor (`Stubs.SignInFactor`). */
function toFactorJson(factor: ReverificationFactor): Record<string, string> {
  if (factor.strategy === 'email_code') return { strategy: factor.strategy, safe_identifier: factor.safeIdentifier, email_address_id: factor.emailAddressId };
  if (factor.strategy === 'phone_code') return { strategy: factor.strategy, safe_identifier: factor.safeIdentifier, phone_number_id: factor.phoneNumberId };
  return { strategy: factor.strategy };
}

/** The wire form of a {@link SessionVerification}, without the `session` the server embeds (the backend adds it). */
export function toSessionVerificationJson(verification: SessionVerification) {
  return {
    object: 'session_reverification' as const,
    level: verification.level,
    status: verification.status,
    supported_first_factors: verification.firstFactors.map(toFactorJson),
    supported_second_factors: verification.secondFactors.map(toFactorJson),
    first_factor_verification: null,
    second_factor_verification: null,
  };
}
