/**
 * A setting an adapter reads per request rather than once, such as a session id or a client token, so a session
 * switch or a token refresh applies without rebuilding the adapter.
 */

/** A string, or a getter read before every request (so a session switch or token refresh is picked up). */
export type StringSource =
  | string
  | null
  | undefined
  | (() => string | null | undefined | Promise<string | null | undefined>);
