/**
 * msw handlers for session re-verification (`POST /v1/client/sessions/{session_id}/verify`, `…/prepare_first_factor`,
 * `…/attempt_first_factor`, `…/prepare_second_factor`, `…/attempt_second_factor`), over the engine's rules in
 * `rules/reverification.ts`. Faults apply as on the phone-number handlers, so fault journeys cover these too.
 */
import { delay, http, HttpResponse, type HttpHandler, type HttpResponseResolver } from 'msw';
import { isPhoneKitError } from '../../model/errors.ts';
import type { ReverificationAttempt, ReverificationFactor, ReverificationLevel, SessionVerification } from '../../model/reverification.ts';
import { toSessionVerificationJson } from '../../model/sessionVerification.ts';
import { sessionJson, signedInClientJson, type ClientIdentity } from './clerkJson.ts';
import type { MemoryEngine } from './engine.ts';
import { refusals } from './errors.ts';
import { faultResponse } from './faultResponse.ts';
import type { FaultPlan } from './faults.ts';
import { errorResponse, readForm } from './http.ts';
import { EMAIL_ADDRESS_ID } from './rules/reverification.ts';

type Answer = (form: URLSearchParams) => SessionVerification;

const levels: readonly string[] = ['first_factor', 'second_factor', 'multi_factor'];

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name) ?? '';
  if (value === '') throw refusals.paramNil(name);
  return value;
}

/** The factor a prepare form names: `strategy` plus the email address or number the code goes to. */
function factorOf(form: URLSearchParams): ReverificationFactor {
  const strategy = required(form, 'strategy');
  if (strategy === 'email_code') {
    const id = form.get('email_address_id') || EMAIL_ADDRESS_ID;
    if (id !== EMAIL_ADDRESS_ID) throw refusals.paramValueInvalid('email_address_id', 'No such email address.');
    return { strategy, emailAddressId: id, safeIdentifier: '' };
  }
  if (strategy === 'phone_code') return { strategy, phoneNumberId: required(form, 'phone_number_id'), safeIdentifier: '' };
  throw refusals.paramValueInvalid('strategy', `${strategy} cannot be prepared.`);
}

function attemptOf(form: URLSearchParams, stage: 'first' | 'second'): ReverificationAttempt {
  const strategy = required(form, 'strategy');
  if (stage === 'first' && strategy === 'password') return { stage, strategy, password: required(form, 'password') };
  const codeStrategies = stage === 'first' ? ['email_code', 'phone_code'] : ['phone_code', 'totp', 'backup_code'];
  if (!codeStrategies.includes(strategy)) throw refusals.paramValueInvalid('strategy', `${strategy} is not a ${stage} factor strategy.`);
  return { stage, strategy: strategy as 'email_code', code: required(form, 'code') };
}

/** Creates the handlers; `client` is the identity every envelope carries. */
export function createSessionVerificationHandlers(engine: MemoryEngine, client: ClientIdentity, faults: () => FaultPlan | null): HttpHandler[] {
  const { config } = engine;
  const base = `${config.frontendApiUrl}/v1/client/sessions/:sessionId/verify`;

  function serve(answer: Answer): HttpResponseResolver {
    return async ({ request, params }) => {
      if (config.latencyMs > 0) await delay(config.latencyMs);
      const plan = faults();
      const fault = plan ? await plan.next() : ({ kind: 'none' } as const);
      if (plan && fault.kind !== 'none' && fault.when === 'before') return faultResponse(plan, fault);
      let response: Response;
      try {
        if (params['sessionId'] !== config.sessionId) throw refusals.notFound(String(params['sessionId']));
        const verification = answer(await readForm(request));
        response = HttpResponse.json({
          response: { ...toSessionVerificationJson(verification), session: sessionJson(engine, client) },
          client: signedInClientJson(engine, client),
        });
      } catch (error) {
        response = errorResponse(isPhoneKitError(error) && error.status !== null ? error : refusals.internal(error));
      }
      return plan && fault.kind !== 'none' ? faultResponse(plan, fault) : response;
    };
  }

  const start: Answer = (form) => {
    const level = required(form, 'level');
    if (!levels.includes(level)) throw refusals.paramValueInvalid('level', 'level must be first_factor, second_factor or multi_factor.', 422);
    return engine.startReverification(level as ReverificationLevel);
  };

  return [
    http.post(base, serve(start)),
    http.post(`${base}/prepare_first_factor`, serve((form) => engine.prepareReverification('first', factorOf(form)))),
    http.post(`${base}/attempt_first_factor`, serve((form) => engine.attemptReverification(attemptOf(form, 'first')))),
    http.post(`${base}/prepare_second_factor`, serve((form) => engine.prepareReverification('second', factorOf(form)))),
    http.post(`${base}/attempt_second_factor`, serve((form) => engine.attemptReverification(attemptOf(form, 'second')))),
  ];
}
