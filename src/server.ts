/**
 * phone-number-kit/server: the support console's server side. A fetch-style handler over Clerk's Backend API that
 * denies by default (your `authorize` runs first on every request), checks every input, keeps cross-site forms out of
 * the changes, passes Clerk's errors on as typed errors and audits every change. No React, no DOM: Node 20+, Deno,
 * Bun, edge runtimes. Never import it from browser code: it holds your Clerk secret key.
 */
export { createPhoneNumberAdminHandler, type PhoneNumberAdminHandler } from './server/createPhoneNumberAdminHandler.ts';
export { toNodeListener, type NodeIncomingMessage, type NodeServerResponse, type NodeListenerOptions } from './server/toNodeListener.ts';
export type { AdminAgent, AdminAuditEvent, PhoneNumberAdminHandlerOptions } from './server/options.ts';
export { ADMIN_OPERATIONS, ADMIN_REQUEST_HEADER, DEFAULT_ADMIN_BASE_PATH } from './model/admin.ts';
export type {
  AdminOperation,
  AdminUser,
  AdminUserList,
  AdminPhoneNumber,
  AdminVerificationStatus,
  AdminAddPhoneNumberBody,
  AdminUpdatePhoneNumberBody,
  AdminCheckCodeBody,
  AdminSendCodeResult,
  AdminCheckCodeResult,
  AdminErrorBody,
  AdminErrorCode,
} from './model/admin.ts';
