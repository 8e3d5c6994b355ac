/** The one error the admin handler's parts throw: it already knows the status and the body it answers with. */
import type { AdminErrorBody, AdminErrorCode } from '../model/admin.ts';

/** What a refused or failed admin request answers: `{ error: { code, message } }` with `status`. */
export class AdminHttpError extends Error {
  override readonly name = 'AdminHttpError';

  constructor(
    readonly status: number,
    readonly code: AdminErrorCode,
    message: string,
    /** Seconds, from Clerk's `Retry-After` on a 429; `null` otherwise. */
    readonly retryAfter: string | null = null,
  ) {
    super(message);
  }

  /** The JSON body of the answer. */
  toBody(): AdminErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

/** 400 with a message that says what to fix. */
export const invalidRequest = (message: string): AdminHttpError => new AdminHttpError(400, 'invalid_request', message);
