/**
 * The Frontend API calls clerk-js makes to come up signed in and to refresh its user, served from the backend's
 * state: the environment, the client with the backend's one session, touch, session tokens and the dev browser
 * (`GET`/`PATCH /v1/me` are the account handlers', `accountHandlers.ts`). With these beside the phone-number handlers a real `Clerk` instance loads against the reference
 * backend (`new Clerk(publishableKeyFor(backend))`) and `clerk.user` is the backend's user.
 */
import { delay, http, HttpResponse, type HttpHandler, type HttpResponseResolver } from 'msw';
import { isPhoneKitError } from '../../model/errors.ts';
import { environmentJson, signedInClientJson, sessionJson, tokenJson, type ClientIdentity } from './clerkJson.ts';
import type { MemoryEngine } from './engine.ts';
import { refusals } from './errors.ts';
import { effectiveMethod, errorResponse } from './http.ts';
import { randomId } from './random.ts';

type Answer = (request: Request, sessionId: string) => Response | Promise<Response>;

/** Creates the handlers; `client` is the identity the phone-number handlers' envelopes carry too. */
export function createClerkSessionHandlers(engine: MemoryEngine, client: ClientIdentity): HttpHandler[] {
  const { config } = engine;
  const v1 = `${config.frontendApiUrl}/v1`;
  const clientJson = () => signedInClientJson(engine, client);

  function serve(answer: Answer): HttpResponseResolver {
    return async ({ request, params }) => {
      if (config.latencyMs > 0) await delay(config.latencyMs);
      try {
        return await answer(request, typeof params['sessionId'] === 'string' ? params['sessionId'] : '');
      } catch (error) {
        return errorResponse(isPhoneKitError(error) && error.status !== null ? error : refusals.internal(error));
      }
    };
  }

  /** Session-scoped paths name the backend's one session, or there is nothing to find. */
  function assertOwnSession(sessionId: string): void {
    if (sessionId !== config.sessionId) throw refusals.notFound(sessionId);
  }

  // GET, or `PATCH` (clerk-js's "touch" of the environment on load, tunnelled as `POST ?_method=PATCH`).
  const environment: Answer = (request) => {
    const method = effectiveMethod(request);
    if (method !== 'GET' && method !== 'PATCH') throw refusals.methodNotAllowed(method);
    return HttpResponse.json(environmentJson(engine));
  };

  const readClient: Answer = () => HttpResponse.json({ response: clientJson(), client: null });

  const touch: Answer = (_request, sessionId) => {
    assertOwnSession(sessionId);
    return HttpResponse.json({ response: sessionJson(engine, client), client: clientJson() });
  };

  // The spec's answer is a bare `Token` (`{ object, jwt }`), without the envelope.
  const token: Answer = (_request, sessionId) => {
    assertOwnSession(sessionId);
    return HttpResponse.json(tokenJson(engine));
  };

  // A development instance's dev browser; clerk-js sends its id back as `__clerk_db_jwt`, which is not checked.
  const devBrowser: Answer = () => HttpResponse.json({ object: 'dev_browser', id: randomId('dvb') });

  return [
    http.get(`${v1}/environment`, serve(environment)),
    http.post(`${v1}/environment`, serve(environment)),
    http.patch(`${v1}/environment`, serve(environment)),
    http.get(`${v1}/client`, serve(readClient)),
    http.post(`${v1}/client/sessions/:sessionId/touch`, serve(touch)),
    http.post(`${v1}/client/sessions/:sessionId/tokens`, serve(token)),
    http.post(`${v1}/dev_browser`, serve(devBrowser)),
  ];
}
