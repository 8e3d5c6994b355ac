/**
 * The Frontend API adapter's session re-verification methods (`/v1/client/sessions/{session_id}/verify…`).
 * Unlike `/v1/me/**`, these paths name the session, so they need the adapter's `sessionId` option; without one
 * they reject with `session_missing` before anything is sent.
 */
import { KitErrorCode, PhoneKitError } from '../../model/errors.ts';
import type { ReverificationFactor } from '../../model/reverification.ts';
import { parseSessionVerificationEnvelope } from '../../model/sessionVerification.ts';
import type { StringSource } from '../stringSource.ts';
import type { PhoneNumberAdapter } from '../types.ts';
import { decode, resolveSource, type Send } from './transport.ts';

type SessionVerificationMethods = Pick<PhoneNumberAdapter, 'startReverification' | 'prepareReverification' | 'attemptReverification'>;

/** The session id, read as every request reads it (a getter that throws is a `network_error`); none is `session_missing`. */
async function readSessionId(source: StringSource): Promise<string> {
  const value = await resolveSource(source, 'session id');
  if (!value) {
    throw new PhoneKitError({
      code: KitErrorCode.sessionMissing,
      message: 'Re-verifying needs the session id: pass the `sessionId` option to createClerkFrontendApiAdapter.',
    });
  }
  return value;
}

/** The form of a prepare step: which email address or number gets the code. */
function prepareForm(factor: ReverificationFactor): Record<string, string> {
  if (factor.strategy === 'email_code') return { strategy: factor.strategy, email_address_id: factor.emailAddressId };
  if (factor.strategy === 'phone_code') return { strategy: factor.strategy, phone_number_id: factor.phoneNumberId };
  return { strategy: factor.strategy };
}

/** The three re-verification methods over `send`, for the session that `sessionId` names at call time. */
export function sessionVerificationMethods(send: Send, sessionId: StringSource): SessionVerificationMethods {
  async function post(action: string, form: Record<string, string>, signal: AbortSignal | undefined) {
    const id = await readSessionId(sessionId);
    const path = `/v1/client/sessions/${encodeURIComponent(id)}/verify${action}`;
    return decode(await send({ method: 'POST', path, form }, signal), parseSessionVerificationEnvelope);
  }

  return {
    startReverification: (level, call) => post('', { level }, call?.signal),
    prepareReverification: (stage, factor, call) => post(`/prepare_${stage}_factor`, prepareForm(factor), call?.signal),
    attemptReverification: (attempt, call) =>
      post(
        `/attempt_${attempt.stage}_factor`,
        attempt.strategy === 'password' ? { strategy: 'password', password: attempt.password } : { strategy: attempt.strategy, code: attempt.code },
        call?.signal,
      ),
  };
}
