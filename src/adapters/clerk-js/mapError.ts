/** Whatever clerk-js throws → a {@link PhoneKitError}. */
import { errorFromDetails, KitErrorCode, PhoneKitError, type ApiErrorDetail } from '../../model/errors.ts';
import type { ClerkApiErrorLike, ClerkApiResponseErrorLike } from './types.ts';

/** Codes the clerk-js adapter assigns itself, beside the model's {@link KitErrorCode}. */
export const ClerkJsAdapterErrorCode = {
  /**
   * The change cannot be made through clerk-js: it has no call that unsets the default second factor
   * (`defaultSecondFactor: false` on the current default), nor one that makes an unreserved number the default.
   */
  unsupportedChange: 'unsupported_change',
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

/** `ClerkAPIResponseError` (any clerk-js version): an `errors` list, with `clerkError: true` or an HTTP status. */
function isClerkApiResponseErrorLike(error: unknown): error is ClerkApiResponseErrorLike {
  return isRecord(error) && Array.isArray(error['errors']) && (error['clerkError'] === true || typeof error['status'] === 'number');
}

/** `ClerkRuntimeError` (e.g. code `network_error` when clerk-js is set to rethrow offline errors). */
function isClerkRuntimeErrorLike(error: unknown): error is { code: string; message?: string; longMessage?: string } {
  return (
    isRecord(error) &&
    (error['clerkRuntimeError'] === true || error['clerkError'] === true) &&
    typeof error['code'] === 'string' &&
    error['code'] !== ''
  );
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function toDetail(error: ClerkApiErrorLike): ApiErrorDetail {
  const meta: Record<string, unknown> = {};
  // clerk-js fills every known meta key, most with `undefined`; keep only the ones with a value.
  if (isRecord(error.meta)) for (const [key, value] of Object.entries(error.meta)) if (value !== undefined) meta[key] = value;
  const message = text(error.message) ?? text(error.code) ?? 'Unknown error';
  return {
    code: text(error.code) ?? KitErrorCode.http,
    message,
    longMessage: text(error.longMessage) ?? message,
    field: text(meta['paramName']),
    meta,
  };
}

function messageOf(error: unknown): string | null {
  return isRecord(error) ? text(error['message']) : typeof error === 'string' ? text(error) : null;
}

/**
 * Maps a thrown value:
 * - a {@link PhoneKitError} passes through;
 * - a `ClerkAPIResponseError` keeps the server's first error (`code`, `message`, `longMessage`,
 *   `meta.paramName` → `field`), `status`, `clerkTraceId` → `traceId`, `retryAfter`, and every error in `errors`
 *   (their `meta` as clerk-js camelCased it); with an empty list, code `http_error`;
 * - a `ClerkRuntimeError` keeps its `code` (e.g. `network_error`), with no status;
 * - anything else (e.g. `TypeError: Failed to fetch`) is `network_error`, the original kept as `cause`.
 */
export function toPhoneKitError(error: unknown): PhoneKitError {
  if (error instanceof PhoneKitError) return error;

  if (isClerkApiResponseErrorLike(error)) {
    const status = typeof error.status === 'number' ? error.status : null;
    return errorFromDetails(error.errors.filter(isRecord).map((e) => toDetail(e)), {
      message: messageOf(error) ?? `The server answered ${status ?? 'an error'} without details.`,
      status,
      retryAfter: typeof error.retryAfter === 'number' && Number.isFinite(error.retryAfter) ? error.retryAfter : null,
      traceId: text(error.clerkTraceId),
      cause: error,
    });
  }

  if (isClerkRuntimeErrorLike(error)) {
    const message = messageOf(error) ?? error.code;
    return new PhoneKitError({ code: error.code, message, longMessage: text(error.longMessage) ?? message, cause: error });
  }

  return new PhoneKitError({
    code: KitErrorCode.network,
    message: messageOf(error) ?? 'The request to Clerk failed.',
    cause: error,
  });
}

/** Runs an adapter method's body so that it rejects with a `PhoneKitError` only (every clerk-js method goes through it). */
export async function guarded<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw toPhoneKitError(error);
  }
}

/** The error for an id that is not among the user's phone numbers: the same as the server's 404. */
export function phoneNumberNotFound(id: string): PhoneKitError {
  const detail: ApiErrorDetail = {
    code: 'resource_not_found',
    message: 'not found',
    longMessage: `No phone number with id ${id} was found for this user.`,
    field: null,
    meta: {},
  };
  return errorFromDetails([detail], { message: detail.message, status: 404 });
}

/** The error for a change clerk-js cannot make (see {@link ClerkJsAdapterErrorCode}). */
export function unsupportedChange(message: string): PhoneKitError {
  return new PhoneKitError({ code: ClerkJsAdapterErrorCode.unsupportedChange, message, field: 'defaultSecondFactor' });
}
