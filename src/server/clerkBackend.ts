/**
 * The few Clerk Backend API calls the admin handler makes, with the secret key as a bearer token, a timeout on each
 * call, and every failure turned into an {@link AdminHttpError}: 429 keeps `Retry-After`, 5xx and answers of the
 * wrong shape are 502, a timeout is 504, and Clerk's refusals keep Clerk's code and message. The secret key is
 * only ever written into the `Authorization` header of these calls; it is scrubbed from anything passed on.
 */
import {
  checkBackendCodeVerification,
  checkBackendDeleted,
  checkBackendErrors,
  checkBackendMfaReset,
  checkBackendPhoneNumber,
  checkBackendUser,
  checkBackendUserList,
  type BackendPhoneNumber,
  type BackendUser,
} from '../model/backendApi.ts';
import { WireIssue, type Check } from '../model/check.ts';
import { AdminHttpError } from './AdminHttpError.ts';

/** What the client needs: where Clerk is, the key, the fetch to use and how long a call may take. */
export interface ClerkBackendConfig {
  secretKey: string;
  apiUrl: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
}

/** The verification of a caller check (`prepare_verification` / `attempt_verification`). */
type CodeVerification = ReturnType<typeof checkBackendCodeVerification>;

/** One method per Backend API operation the handler uses. */
export interface ClerkBackend {
  findUsersByPhoneNumber(phoneNumber: string): Promise<BackendUser[]>;
  getUser(userId: string): Promise<BackendUser>;
  getPhoneNumber(phoneNumberId: string): Promise<BackendPhoneNumber>;
  createPhoneNumber(body: {
    user_id: string;
    phone_number: string;
    verified?: boolean;
    reserved_for_second_factor?: boolean;
    primary?: boolean;
  }): Promise<BackendPhoneNumber>;
  updatePhoneNumber(phoneNumberId: string, body: { verified?: boolean; reserved_for_second_factor?: boolean; primary?: boolean }): Promise<BackendPhoneNumber>;
  deletePhoneNumber(phoneNumberId: string): Promise<void>;
  disableMfa(userId: string): Promise<void>;
  prepareVerification(phoneNumberId: string): Promise<CodeVerification>;
  attemptVerification(phoneNumberId: string, body: { verification_id: string; code: string }): Promise<CodeVerification>;
}

/** Statuses the console gets for Clerk's refusals of a request the handler found well-formed. */
function statusForClerkRefusal(status: number): number {
  if (status === 404 || status === 409) return status;
  return 422;
}

/** Creates the client. `apiUrl` may end with a slash or not. */
export function createClerkBackend(config: ClerkBackendConfig): ClerkBackend {
  const base = `${config.apiUrl.replace(/\/+$/, '')}/v1`;
  const scrub = (text: string) => (config.secretKey === '' ? text : text.split(config.secretKey).join('[redacted]'));

  async function call<T>(method: string, path: string, check: Check<T>, body?: unknown): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await config.fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${config.secretKey}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: controller.signal,
        redirect: 'error',
      });
      text = await response.text();
    } catch {
      // The cause may quote the request (and so the key): it is not passed on.
      if (controller.signal.aborted) throw new AdminHttpError(504, 'upstream_timeout', `Clerk did not answer within ${config.timeoutMs} ms; nothing more was sent. Try again.`);
      throw new AdminHttpError(502, 'upstream_error', 'Could not reach Clerk. Try again.');
    } finally {
      clearTimeout(timer);
    }

    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!response.ok) throw refusal(response, json);
    try {
      return check(json);
    } catch (error) {
      if (!(error instanceof WireIssue)) throw error;
      const where = error.path.length > 0 ? ` at \`${error.path.join('.')}\`` : '';
      throw new AdminHttpError(502, 'upstream_error', scrub(`Clerk answered ${method} ${path.split('?')[0]} with an unexpected body${where}: ${error.message}`));
    }
  }

  function refusal(response: Response, json: unknown): AdminHttpError {
    const { status } = response;
    if (status === 429) {
      const retryAfter = response.headers.get('retry-after');
      const safeRetryAfter = retryAfter !== null && /^\d{1,6}$/.test(retryAfter.trim()) ? retryAfter.trim() : null;
      return new AdminHttpError(429, 'rate_limited', 'Clerk is rate limiting these requests; wait and try again.', safeRetryAfter);
    }
    if (status >= 500) return new AdminHttpError(502, 'upstream_error', `Clerk failed (HTTP ${status}); nothing more was sent. Try again.`);
    // A 401/403 from Clerk means the server's own key is wrong or lacks rights: the agent cannot fix that.
    if (status === 401 || status === 403) return new AdminHttpError(502, 'upstream_error', `Clerk refused the server's credentials (HTTP ${status}); check the secret key configuration.`);
    let detail: { code: string; message: string; long_message: string | null } | undefined;
    try {
      detail = checkBackendErrors(json).errors[0];
    } catch {
      detail = undefined;
    }
    // A 404 is always `not_found` (Clerk says `resource_not_found`), so a console words it in its own language.
    const code = status === 404 ? 'not_found' : (detail?.code ?? 'unprocessable');
    if (!detail) return new AdminHttpError(statusForClerkRefusal(status), code, `Clerk refused the request (HTTP ${status}).`);
    return new AdminHttpError(statusForClerkRefusal(status), code, scrub(detail.long_message ?? detail.message));
  }

  const id = encodeURIComponent;
  const none = (): void => undefined;

  return {
    findUsersByPhoneNumber: (phoneNumber) => call('GET', `/users?phone_number=${id(phoneNumber)}`, checkBackendUserList),
    getUser: (userId) => call('GET', `/users/${id(userId)}`, checkBackendUser),
    getPhoneNumber: (phoneNumberId) => call('GET', `/phone_numbers/${id(phoneNumberId)}`, checkBackendPhoneNumber),
    createPhoneNumber: (body) => call('POST', '/phone_numbers', checkBackendPhoneNumber, body),
    updatePhoneNumber: (phoneNumberId, body) => call('PATCH', `/phone_numbers/${id(phoneNumberId)}`, checkBackendPhoneNumber, body),
    deletePhoneNumber: (phoneNumberId) => call('DELETE', `/phone_numbers/${id(phoneNumberId)}`, checkBackendDeleted).then(none),
    disableMfa: (userId) => call('DELETE', `/users/${id(userId)}/mfa`, checkBackendMfaReset).then(none),
    prepareVerification: (phoneNumberId) => call('POST', `/phone_numbers/${id(phoneNumberId)}/prepare_verification`, checkBackendCodeVerification),
    attemptVerification: (phoneNumberId, body) =>
      call('POST', `/phone_numbers/${id(phoneNumberId)}/attempt_verification`, checkBackendCodeVerification, body),
  };
}
