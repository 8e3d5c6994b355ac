/**
 * A {@link PhoneNumberAdapter} that talks straight to Clerk's Frontend API (`/v1/me/phone_numbers`, `/v1/me/backup_codes`),
 * for apps that do not load clerk-js, native apps, and tests against a mock of the API.
 */
import {
  parseBackupCodesEnvelope,
  parseDeletedObjectEnvelope,
  parsePhoneNumberEnvelope,
  parsePhoneNumberList,
} from '../../model/parse.ts';
import type { PhoneNumberAdapter } from '../types.ts';
import { normalizeBaseUrl } from './request.ts';
import { createTransport, decode } from './transport.ts';
import { sessionVerificationMethods } from './sessionVerification.ts';
import { accountMethods } from './account.ts';
import type { StringSource } from '../stringSource.ts';

/** Options of {@link createClerkFrontendApiAdapter}. */
export interface ClerkFrontendApiAdapterOptions {
  /**
   * The instance's Frontend API origin, e.g. `https://clerk.example.com` (or a proxy URL such as
   * `https://example.com/__clerk`). A trailing slash is fine; a bare host gets `https://`.
   */
  frontendApiUrl: string;
  /**
   * The active session, sent as `_clerk_session_id` on every `/v1/me/**` request so the server acts on the
   * right session when the client has several. A getter is called before each request; `null`/`undefined`
   * leaves the parameter out.
   */
  sessionId?: StringSource;
  /**
   * The `fetch` to use. Defaults to `globalThis.fetch`, looked up on every call (not when the adapter is
   * created), so interceptors such as MSW that patch it later still apply.
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Send PATCH and DELETE as `POST …?_method=PATCH|DELETE`, as clerk-js does, to keep every browser request
   * free of a CORS preflight. Default `true`. Set `false` for servers and mocks that only route the real
   * methods the spec documents (e.g. Prism).
   */
  methodOverride?: boolean;
  /**
   * The client token of a native app. When present it is sent as `Authorization: Bearer <token>` together with
   * `_is_native=true`, the spec's native-app authentication. Browsers rely on the `__client` cookie instead.
   */
  clientToken?: StringSource;
  /** A dated Frontend API version such as `2026-05-12`, sent as the `__clerk_api_version` query parameter. */
  apiVersion?: string;
  /**
   * Milliseconds before a request fails with `request_timeout`. Default 30 000; `0` or `Infinity` disables
   * the timeout (the caller's `AbortSignal` still works).
   */
  timeoutMs?: number;
}

/** Default request timeout: long enough for a slow SMS provider behind `prepare_verification`. */
const DEFAULT_TIMEOUT_MS = 30_000;

const PHONE_NUMBERS = '/v1/me/phone_numbers';

/** `/v1/me/phone_numbers/{id}` plus an optional action; the id is encoded so it cannot change the path. */
function phoneNumberPath(id: string, action?: 'prepare_verification' | 'attempt_verification'): string {
  const path = `${PHONE_NUMBERS}/${encodeURIComponent(id)}`;
  return action ? `${path}/${action}` : path;
}

/**
 * Creates an adapter for Clerk's Frontend API.
 *
 * Requests go with `credentials: 'include'` (browser sessions live in the `__client` cookie on the Frontend
 * API domain) and form-encoded bodies. Every method rejects with a `PhoneKitError` only: Clerk's error codes
 * for error responses, the kit's own codes (`network_error`, `request_timeout`, `request_aborted`,
 * `response_unparseable`, `response_invalid`, `http_error`) for everything else.
 *
 * @throws TypeError when `frontendApiUrl` is not an http(s) URL.
 *
 * @example
 * ```ts
 * const adapter = createClerkFrontendApiAdapter({
 *   frontendApiUrl: 'https://clerk.example.com',
 *   sessionId: () => clerk.session?.id,
 * });
 * const numbers = await adapter.listPhoneNumbers();
 * ```
 */
export function createClerkFrontendApiAdapter(options: ClerkFrontendApiAdapterOptions): PhoneNumberAdapter {
  const send = createTransport({
    baseUrl: normalizeBaseUrl(options.frontendApiUrl),
    sessionId: options.sessionId,
    clientToken: options.clientToken,
    apiVersion: options.apiVersion || null,
    methodOverride: options.methodOverride ?? true,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch,
  });

  return {
    ...sessionVerificationMethods(send, options.sessionId),
    ...accountMethods(send),

    async listPhoneNumbers(call) {
      // The one endpoint that answers a bare array rather than the `{ response, client }` envelope.
      return decode(await send({ method: 'GET', path: PHONE_NUMBERS }, call?.signal), parsePhoneNumberList);
    },

    async createPhoneNumber(phoneNumber, call) {
      const result = await send({ method: 'POST', path: PHONE_NUMBERS, form: { phone_number: phoneNumber } }, call?.signal);
      return decode(result, parsePhoneNumberEnvelope);
    },

    async prepareVerification(id, call) {
      const request = { method: 'POST', path: phoneNumberPath(id, 'prepare_verification'), form: { strategy: 'phone_code' } } as const;
      return decode(await send(request, call?.signal), parsePhoneNumberEnvelope);
    },

    async attemptVerification(id, code, call) {
      const request = { method: 'POST', path: phoneNumberPath(id, 'attempt_verification'), form: { code } } as const;
      return decode(await send(request, call?.signal), parsePhoneNumberEnvelope);
    },

    async updatePhoneNumber(id, changes, call) {
      // Only the flags the caller set: an absent key means "leave as is", which `false` would not.
      const form = {
        reserved_for_second_factor: changes.reservedForSecondFactor,
        default_second_factor: changes.defaultSecondFactor,
      };
      return decode(await send({ method: 'PATCH', path: phoneNumberPath(id), form }, call?.signal), parsePhoneNumberEnvelope);
    },

    async deletePhoneNumber(id, call) {
      const result = await send({ method: 'DELETE', path: phoneNumberPath(id) }, call?.signal);
      // A bodiless 204 is a success too (clerk-js accepts it). A body is still parsed: a 200 that is not a
      // deleted-object envelope means something other than the Frontend API answered.
      if (result.facts.status === 204 && result.json === undefined) return;
      decode(result, parseDeletedObjectEnvelope);
    },

    async createBackupCodes(call) {
      return decode(await send({ method: 'POST', path: '/v1/me/backup_codes' }, call?.signal), parseBackupCodesEnvelope);
    },
  };
}
