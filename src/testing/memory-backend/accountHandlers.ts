/**
 * The account-level Frontend API routes: `GET`/`PATCH /v1/me` (the user, with `primary_phone_number_id` and the
 * two-step flags) and the authenticator app (`POST`/`DELETE /v1/me/totp`, `POST /v1/me/totp/attempt_verification`).
 * They go through the same `serve` wrapper as the phone-number routes (latency, faults, session check, errors), and
 * PATCH/DELETE are also reachable as `POST ?_method=…`, as clerk-js sends them.
 */
import { http, type HttpHandler, type HttpResponseResolver } from 'msw';
import { toTotpJson } from '../../model/accountWire.ts';
import { toDeletedObjectJson } from '../../model/wire.ts';
import { userJson } from './clerkJson.ts';
import type { MemoryEngine } from './engine.ts';
import { refusals } from './errors.ts';
import { effectiveMethod, readForm } from './http.ts';

/** One route's answer: the request, and the `:id` path parameter (unused here). */
type RouteAnswer = (request: Request, id: string) => Response | Promise<Response>;

/** What the phone-number handlers share with these routes. */
export interface AccountRouteContext {
  /** `${frontendApiUrl}/v1/me`. */
  me: string;
  /** Wraps a resource in the `{ response, client }` envelope. */
  envelope(response: unknown): Response;
  /** Latency, faults, the session check and the mapping of refusals to error bodies. */
  serve(answer: RouteAnswer): HttpResponseResolver;
}

/** Creates the handlers for `/v1/me` and `/v1/me/totp*`. */
export function createAccountHandlers(engine: MemoryEngine, { me, envelope, serve }: AccountRouteContext): HttpHandler[] {
  const user = () => envelope(userJson(engine));

  const patchUser: RouteAnswer = async (request) => {
    const form = await readForm(request);
    // Only the primary phone number is modelled; the other updatable fields (names, username, …) are accepted and
    // left as they are, since this backend's user has none.
    const primary = form.get('primary_phone_number_id');
    if (primary !== null && primary !== '' && primary !== 'null') engine.setPrimary(primary);
    return user();
  };

  const meRoute: RouteAnswer = (request, id) => {
    const method = effectiveMethod(request);
    if (method === 'GET') return user();
    if (method === 'PATCH') return patchUser(request, id);
    throw refusals.methodNotAllowed(method);
  };

  const totpRoute: RouteAnswer = (request) => {
    const method = effectiveMethod(request);
    if (method === 'POST') return envelope(toTotpJson(engine.createTotp()));
    if (method === 'DELETE') return envelope(toDeletedObjectJson(engine.deleteTotp()));
    throw refusals.methodNotAllowed(method);
  };

  const attempt: RouteAnswer = async (request) => {
    const form = await readForm(request);
    return envelope(toTotpJson(engine.verifyTotp(form.get('code') ?? '')));
  };

  return [
    http.get(me, serve(meRoute)),
    http.post(me, serve(meRoute)),
    http.patch(me, serve(meRoute)),
    http.post(`${me}/totp/attempt_verification`, serve(attempt)),
    http.post(`${me}/totp`, serve(totpRoute)),
    http.delete(`${me}/totp`, serve(totpRoute)),
  ];
}
