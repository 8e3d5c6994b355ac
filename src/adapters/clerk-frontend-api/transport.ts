/**
 * Sends one Frontend API request and hands back its JSON, or rejects with a `PhoneKitError`. Owns the
 * per-call work: resolving the session id and client token, the deadline, reading the body, and mapping
 * every failure to the kit's error type.
 */
import { PhoneKitError } from '../../model/errors.ts';
import { startDeadline, type Deadline } from './deadline.ts';
import { errorFromResponse, networkError, unparseableError, withResponseFacts, type ResponseFacts } from './errors.ts';
import { buildRequest, type WireRequest } from './request.ts';
import type { StringSource } from '../stringSource.ts';

/** The transport's settings, already defaulted by the adapter factory. */
export interface TransportConfig {
  baseUrl: string;
  sessionId: StringSource;
  clientToken: StringSource;
  apiVersion: string | null;
  methodOverride: boolean;
  timeoutMs: number;
  /** `undefined` means `globalThis.fetch`, looked up per call so that test interceptors installed later apply. */
  fetch: typeof globalThis.fetch | undefined;
}

/** A 2xx answer: its JSON (`undefined` for a bodiless 204) and what is needed to enrich parse errors. */
export interface WireResult {
  json: unknown;
  facts: ResponseFacts;
}

/** Sends a request; resolves only for a 2xx with a JSON body, or a 204 without one. */
export type Send = (request: WireRequest, signal?: AbortSignal) => Promise<WireResult>;

/** Reads a {@link StringSource} (the session id, the client token): `null` when empty; a throwing getter is a `network_error`. */
export async function resolveSource(source: StringSource, what: string): Promise<string | null> {
  try {
    const value = typeof source === 'function' ? await source() : source;
    return value || null;
  } catch (error) {
    // The request never left, but to the caller it is the same situation as being offline: nothing was sent.
    throw networkError(error, `Could not read the ${what} for the request`);
  }
}

/**
 * Settles with `work` unless the deadline fires first. The losing promise gets a no-op handler: a `fetch`
 * that rejects with its own AbortError after the deadline won must not surface as an unhandled rejection.
 */
function race<T>(work: Promise<T>, deadline: Deadline): Promise<T> {
  work.catch(() => {});
  return Promise.race([work, deadline.fired]);
}

/** A custom `fetch` that throws synchronously becomes a rejected promise, so one code path handles both. */
function callFetch(fetchImpl: typeof globalThis.fetch, url: string, init: RequestInit): Promise<Response> {
  try {
    return fetchImpl(url, init);
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * An empty body is JSON only for 204 No Content, where it stands for "nothing" (`undefined`); on any other
 * status it is as unusable as HTML.
 */
function parseJson(text: string, status: number): { ok: true; value: unknown } | { ok: false; error: unknown } {
  if (status === 204 && text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Creates the `send` function for one adapter. */
export function createTransport(config: TransportConfig): Send {
  return async function send(request, callerSignal) {
    const deadline = startDeadline(callerSignal, config.timeoutMs);
    try {
      // Already aborted: fail without resolving getters or touching the network.
      const early = deadline.reason();
      if (early) throw early;
      const [sessionId, clientToken] = await race(
        Promise.all([resolveSource(config.sessionId, 'session id'), resolveSource(config.clientToken, 'client token')]),
        deadline,
      );
      const { url, init } = buildRequest(
        { baseUrl: config.baseUrl, sessionId, clientToken, apiVersion: config.apiVersion, methodOverride: config.methodOverride },
        request,
      );
      const fetchImpl = config.fetch ?? globalThis.fetch;

      let response: Response;
      try {
        response = await race(callFetch(fetchImpl, url, { ...init, signal: deadline.signal }), deadline);
      } catch (error) {
        throw deadline.reason() ?? networkError(error);
      }

      const facts: ResponseFacts = { status: response.status, statusText: response.statusText, headers: response.headers };
      let text: string;
      try {
        text = await race(response.text(), deadline);
      } catch (error) {
        // The connection dropped mid-body; on an error status the status alone is still worth reporting.
        throw deadline.reason() ?? (response.ok ? networkError(error) : errorFromResponse(facts, undefined));
      }

      const parsed = parseJson(text, response.status);
      if (!response.ok) throw errorFromResponse(facts, parsed.ok ? parsed.value : undefined);
      if (!parsed.ok) throw unparseableError(facts, parsed.error);
      return { json: parsed.value, facts };
    } catch (error) {
      // Anything unforeseen (a throwing custom fetch, a bug) still reaches the caller as the kit's error type.
      throw error instanceof PhoneKitError ? error : networkError(error);
    } finally {
      deadline.dispose();
    }
  };
}

/** Parses a 2xx body with a model parser, adding the response's status and trace id to a `response_invalid`. */
export function decode<T>(result: WireResult, parse: (json: unknown) => T): T {
  try {
    return parse(result.json);
  } catch (error) {
    throw withResponseFacts(error, result.facts, result.json);
  }
}
