/** The options of `createPhoneNumberAdminHandler`, the agent `authorize` returns and the audit event. */
import type { AdminOperation } from '../model/admin.ts';

/** The support agent acting, as your `authorize` identifies them. */
export interface AdminAgent {
  /** Your id for the agent; it goes into every audit event. */
  id: string;
  /** What the agent may do: a list of operations, or `'all'`. Anything not listed answers 403. */
  operations: readonly AdminOperation[] | 'all';
}

/** One change attempted through the handler, successful or not. Carries no codes, numbers' digits or keys. */
export interface AdminAuditEvent {
  agentId: string;
  operation: AdminOperation;
  target: { userId?: string; phoneNumberId?: string };
  result: 'ok' | 'error';
  /** The error's code when `result` is `'error'`. */
  errorCode?: string;
}

/** Options of `createPhoneNumberAdminHandler`. */
export interface PhoneNumberAdminHandlerOptions {
  /** Clerk's secret key (`sk_live_…`/`sk_test_…`). Only ever sent to `apiUrl` as a bearer token. */
  secretKey: string;
  /** Clerk's Backend API. Default `https://api.clerk.com`. */
  apiUrl?: string;
  /**
   * Who is asking. Runs first on every request: return the agent (with what they may do) or `null` for 401.
   * Read your own session cookie or token here; the handler trusts nothing else about the caller. It gets a copy of
   * the request, so reading the body here is fine.
   */
  authorize: (request: Request) => AdminAgent | null | Promise<AdminAgent | null>;
  /** Called once per attempted change, after it finished; awaited, and its failures never change the answer. */
  onAudit?: (event: AdminAuditEvent) => void | Promise<void>;
  /** Where the routes live. Default `/api/phone-number-admin`. */
  basePath?: string;
  /** The fetch used to call Clerk (tests, proxies). Default the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** How long one Backend API call may take before the request answers 504. Default 10 000 ms. */
  timeoutMs?: number;
}
