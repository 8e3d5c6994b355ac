/**
 * msw handlers that serve the engine's state as Clerk's Frontend API does: the list as a bare array, every
 * other answer in the `{ response, client }` envelope, errors as `{ errors, clerk_trace_id }`. Requests go
 * through the same rules as the direct adapter, so both faces always agree.
 */
import { delay, http, HttpResponse, type HttpHandler, type HttpResponseResolver } from 'msw';
import type { PhoneNumberChanges } from '../../adapters/types.ts';
import { isPhoneKitError } from '../../model/errors.ts';
import { toBackupCodesJson, toDeletedObjectJson, toPhoneNumberJson } from '../../model/wire.ts';
import { signedInClientJson } from './clerkJson.ts';
import { createClerkSessionHandlers } from './clerkSessionHandlers.ts';
import { createAccountHandlers } from './accountHandlers.ts';
import { createSessionVerificationHandlers } from './sessionVerificationHandlers.ts';
import type { MemoryEngine } from './engine.ts';
import { refusals } from './errors.ts';
import { assertSession, effectiveMethod, errorResponse, readBoolean, readForm } from './http.ts';
import { randomId } from './random.ts';
import type { FaultPlan } from './faults.ts';
import { faultResponse } from './faultResponse.ts';

type Answer = (request: Request, id: string) => Response | Promise<Response>;

/**
 * Creates the handlers for `${frontendApiUrl}/v1/me/phone_numbers*` and `/v1/me/backup_codes`, plus the session
 * handlers clerk-js loads with (see `clerkSessionHandlers.ts`).
 */
export function createMemoryHandlers(engine: MemoryEngine, faults: () => FaultPlan | null = () => null): HttpHandler[] {
  const { config } = engine;
  const me = `${config.frontendApiUrl}/v1/me`;
  // One browser, one client: the same id on every answer. It carries the backend's signed-in session, whose
  // user clerk-js rebuilds from every answer (an empty client would sign clerk-js out).
  const client = { id: randomId('client'), createdAt: config.now() };

  const envelope = (response: unknown) => HttpResponse.json({ response, client: signedInClientJson(engine, client) });

  /** Wraps an answer with the latency, the session check, and the mapping of refusals to error bodies. */
  function serve(answer: Answer): HttpResponseResolver {
    return async ({ request, params }) => {
      if (config.latencyMs > 0) await delay(config.latencyMs);
      const plan = faults();
      const fault = plan ? await plan.next() : ({ kind: 'none' } as const);
      if (plan && fault.kind !== 'none' && fault.when === 'before') return faultResponse(plan, fault);
      let response: Response;
      try {
        if (config.requireSessionId) assertSession(request, config.sessionId);
        response = await answer(request, typeof params['id'] === 'string' ? params['id'] : '');
      } catch (error) {
        response = errorResponse(isPhoneKitError(error) && error.status !== null ? error : refusals.internal(error));
      }
      // The change was made, but its answer is lost on the way back.
      return plan && fault.kind !== 'none' ? faultResponse(plan, fault) : response;
    };
  }

  const list: Answer = () => HttpResponse.json(engine.list().map(toPhoneNumberJson));

  const create: Answer = async (request) => {
    const form = await readForm(request);
    // `reserved_for_second_factor` is accepted for the spec's sake but has no effect: a new number is
    // unverified, and only verified numbers may be reserved (reserve it with PATCH after verifying).
    readBoolean(form, 'reserved_for_second_factor', 422);
    return envelope(toPhoneNumberJson(engine.create(form.get('phone_number') ?? '')));
  };

  const update: Answer = async (request, id) => {
    const form = await readForm(request);
    // PATCH declares no 422, so bad values are 400s here.
    const changes: PhoneNumberChanges = {};
    const reserved = readBoolean(form, 'reserved_for_second_factor', 400);
    const makeDefault = readBoolean(form, 'default_second_factor', 400);
    if (reserved !== undefined) changes.reservedForSecondFactor = reserved;
    if (makeDefault !== undefined) changes.defaultSecondFactor = makeDefault;
    return envelope(toPhoneNumberJson(engine.update(id, changes)));
  };

  /** GET, PATCH and DELETE on one number, each also reachable as `POST ?_method=…` the way clerk-js sends them. */
  const one: Answer = (request, id) => {
    const method = effectiveMethod(request);
    if (method === 'GET') return envelope(toPhoneNumberJson(engine.read(id)));
    if (method === 'PATCH') return update(request, id);
    if (method === 'DELETE') return envelope(toDeletedObjectJson(engine.remove(id)));
    throw refusals.methodNotAllowed(method);
  };

  const prepare: Answer = async (request, id) => {
    const form = await readForm(request);
    // The spec requires `strategy=phone_code`; prepare declares no 422, so these are 400s.
    const strategy = form.get('strategy') ?? '';
    if (strategy === '') throw refusals.paramNil('strategy', 400);
    if (strategy !== 'phone_code') throw refusals.paramValueInvalid('strategy', 'strategy must be phone_code.');
    return envelope(toPhoneNumberJson(engine.prepare(id)));
  };

  const attempt: Answer = async (request, id) => {
    const form = await readForm(request);
    return envelope(toPhoneNumberJson(engine.attempt(id, form.get('code') ?? '')));
  };

  const backupCodes: Answer = () => envelope(toBackupCodesJson(engine.createBackupCodes()));

  return [
    http.get(`${me}/phone_numbers`, serve(list)),
    http.post(`${me}/phone_numbers`, serve(create)),
    http.post(`${me}/phone_numbers/:id/prepare_verification`, serve(prepare)),
    http.post(`${me}/phone_numbers/:id/attempt_verification`, serve(attempt)),
    http.get(`${me}/phone_numbers/:id`, serve(one)),
    http.post(`${me}/phone_numbers/:id`, serve(one)),
    http.patch(`${me}/phone_numbers/:id`, serve(one)),
    http.delete(`${me}/phone_numbers/:id`, serve(one)),
    http.post(`${me}/backup_codes`, serve(backupCodes)),
    // `/v1/me` and the authenticator app; before the session handlers, so faults apply to `/v1/me` too.
    ...createAccountHandlers(engine, { me, envelope, serve }),
    // What clerk-js needs to come up signed in as the backend's user (environment, client, session, `/v1/me`).
    ...createClerkSessionHandlers(engine, client),
    // Session re-verification (the step-up dialog), with the same faults as the phone-number calls.
    ...createSessionVerificationHandlers(engine, client, faults),
  ];
}
