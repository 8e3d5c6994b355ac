/**
 * The browser side's adapter: talks to the admin handler of `phone-number-kit/server`, mounted on the host's own
 * server (the Backend API needs the secret key, which must never reach a browser).
 */
import { parseAdminCheckCodeResult, parseAdminSendCodeResult, parseAdminUser, parseAdminUserList } from '../../model/adminParse.ts';
import { createSupportTransport, decodeAnswer as decode, type SupportHeaders } from './supportTransport.ts';
import type { SupportAdapter } from './types.ts';

/** Options of {@link createSupportAdapter}. */
export interface SupportAdapterOptions {
  /**
   * Where the handler is mounted: a path on the page's origin (default `/api/phone-number-admin`) or an absolute
   * URL. A trailing slash is fine. Requests go with `credentials: 'same-origin'`, so the host's session cookie
   * reaches its `authorize`.
   */
  baseUrl?: string;
  /** The `fetch` to use. Defaults to `globalThis.fetch`, looked up on every call so MSW and the like apply. */
  fetch?: typeof globalThis.fetch;
  /** Extra headers on every request (e.g. a CSRF token or a bearer token), or a getter read before each one. */
  headers?: SupportHeaders;
  /** Milliseconds before a request fails with `request_timeout`. Default 30 000 (an SMS provider can be slow); `0` disables it. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** `DEFAULT_ADMIN_BASE_PATH` of model/admin.ts, written out for the same reason as `SUPPORT_REQUEST_HEADER` (tested equal). */
export const SUPPORT_DEFAULT_BASE_PATH = '/api/phone-number-admin';

/** A path segment; encoded so an id cannot change the path. */
const segment = encodeURIComponent;

/**
 * Creates the adapter for `SupportKitProvider`. Every method rejects with a `PhoneKitError` only.
 *
 * @example
 * ```ts
 * const adapter = createSupportAdapter({ baseUrl: '/api/phone-number-admin' });
 * const [user] = await adapter.findUsersByPhoneNumber('+15555550100');
 * ```
 */
export function createSupportAdapter(options: SupportAdapterOptions = {}): SupportAdapter {
  const send = createSupportTransport({
    baseUrl: (options.baseUrl ?? SUPPORT_DEFAULT_BASE_PATH).trim().replace(/\/+$/, ''),
    headers: options.headers,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch,
  });
  const phoneNumberPath = (id: string) => `/phone_numbers/${segment(id)}`;

  return {
    async findUsersByPhoneNumber(phoneNumber, call) {
      const result = await send({ method: 'GET', path: `/users?phoneNumber=${encodeURIComponent(phoneNumber)}` }, call?.signal);
      return decode(result, parseAdminUserList).users;
    },
    async getUser(userId, call) {
      return decode(await send({ method: 'GET', path: `/users/${segment(userId)}` }, call?.signal), parseAdminUser);
    },
    async addPhoneNumber(userId, body, call) {
      const result = await send({ method: 'POST', path: `/users/${segment(userId)}/phone_numbers`, body }, call?.signal);
      return decode(result, parseAdminUser);
    },
    async updatePhoneNumber(phoneNumberId, changes, call) {
      return decode(await send({ method: 'PATCH', path: phoneNumberPath(phoneNumberId), body: changes }, call?.signal), parseAdminUser);
    },
    async deletePhoneNumber(phoneNumberId, call) {
      return decode(await send({ method: 'DELETE', path: phoneNumberPath(phoneNumberId) }, call?.signal), parseAdminUser);
    },
    async resetTwoStep(userId, call) {
      return decode(await send({ method: 'DELETE', path: `/users/${segment(userId)}/mfa` }, call?.signal), parseAdminUser);
    },
    async sendCode(phoneNumberId, call) {
      // An empty JSON object rather than no body: the handler reads every state-changing body as JSON.
      const result = await send({ method: 'POST', path: `${phoneNumberPath(phoneNumberId)}/send_code`, body: {} }, call?.signal);
      return decode(result, parseAdminSendCodeResult);
    },
    async checkCode(phoneNumberId, { verificationId, code }, call) {
      const body = { verificationId, code };
      const result = await send({ method: 'POST', path: `${phoneNumberPath(phoneNumberId)}/check_code`, body }, call?.signal);
      return decode(result, parseAdminCheckCodeResult);
    },
  };
}
