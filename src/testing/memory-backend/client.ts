/**
 * The `client` object of the Frontend API's `{ response, client }` envelope. The kit never reads it, but the
 * spec requires it and clerk-js would refresh its cache from it, so it must be a valid `Client.Client-2`.
 * It carries no session: a session would have to embed the whole `Client.User`, which this backend does not
 * model, and an empty `sessions` list validates. `last_active_session_id` stays `null` for the same reason.
 */

/** The wire form of the envelope's client. */
export interface ClientJson {
  object: 'client';
  id: string;
  sessions: never[];
  sign_in: null;
  sign_up: null;
  last_active_session_id: null;
  last_authentication_strategy: null;
  cookie_expires_at: null;
  captcha_bypass: boolean;
  created_at: number;
  updated_at: number;
}

/** The client as of `now`. `createdAt` stays fixed for the backend's lifetime, like a browser's client. */
export function clientJson(id: string, createdAt: number, now: number): ClientJson {
  return {
    object: 'client',
    id,
    sessions: [],
    sign_in: null,
    sign_up: null,
    last_active_session_id: null,
    last_authentication_strategy: null,
    cookie_expires_at: null,
    captcha_bypass: false,
    created_at: createdAt,
    updated_at: Math.max(createdAt, now),
  };
}
