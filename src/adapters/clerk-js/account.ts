/**
 * The clerk-js adapter's account-level methods, over the `UserResource`: its two-step flags and primary number
 * (`user.reload()` then the fields; `user.update({ primaryPhoneNumberId })`) and the authenticator app
 * (`user.createTOTP()`, `user.verifyTOTP({ code })`, `user.disableTOTP()`). Like the phone-number methods, each
 * answer is written in the Frontend API's wire form and read by the model's parser.
 */
import type { AccountSecurity } from '../../model/account.ts';
import { KitErrorCode, PhoneKitError } from '../../model/errors.ts';
import { parseAccountSecurity, parseTotpEnrollment, parseTotpVerification } from '../../model/parseAccount.ts';
import type { PhoneNumberAdapter } from '../types.ts';
import { abortable, throwIfAborted } from './abortable.ts';
import { guarded } from './mapError.ts';
import type { ClerkTotpLike, ClerkUserLike } from './types.ts';

type AccountMethods = Pick<PhoneNumberAdapter, 'getAccountSecurity' | 'setPrimaryPhoneNumber' | 'createTotp' | 'verifyTotp' | 'deleteTotp'>;

/** What the account methods need from the adapter: the user now, and a way to refresh it. */
export interface ClerkJsAccountHost {
  current(): ClerkUserLike;
  /** Reloads the user in place (`GET /v1/me`); `false` when it has no `reload`. */
  reload(signal: AbortSignal | undefined): Promise<boolean>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

/** A user's account fields in the wire form of `Client.User`, for the model's parser. */
function accountSecurityOf(user: unknown): AccountSecurity {
  if (!isObject(user)) return parseAccountSecurity(user);
  return parseAccountSecurity({
    id: user['id'],
    object: 'user',
    primary_phone_number_id: user['primaryPhoneNumberId'] ?? null,
    two_factor_enabled: user['twoFactorEnabled'],
    totp_enabled: user['totpEnabled'],
    backup_code_enabled: user['backupCodeEnabled'],
  });
}

function totpToWire(resource: ClerkTotpLike): unknown {
  if (!isObject(resource)) return resource;
  return {
    object: 'totp',
    id: resource.id,
    secret: resource.secret ?? null,
    uri: resource.uri ?? null,
    verified: resource.verified,
    backup_codes: resource.backupCodes ?? null,
  };
}

/** The user's method `name`, bound, or a `generic` error saying the object is not a full clerk-js user. */
function method<K extends 'update' | 'createTOTP' | 'verifyTOTP' | 'disableTOTP'>(user: ClerkUserLike, name: K): NonNullable<ClerkUserLike[K]> {
  const found = user[name];
  if (typeof found !== 'function') {
    throw new PhoneKitError({ code: KitErrorCode.generic, message: `user.${name}() is missing: pass a clerk-js UserResource.` });
  }
  return found.bind(user) as NonNullable<ClerkUserLike[K]>;
}

/** The five account methods over the adapter's user. */
export function clerkJsAccountMethods(host: ClerkJsAccountHost): AccountMethods {
  return {
    getAccountSecurity: (options) =>
      guarded(async () => {
        throwIfAborted(options?.signal);
        // The user handed over may be stale (see createClerkJsAdapter); the flags must be the server's.
        await host.reload(options?.signal);
        throwIfAborted(options?.signal);
        return accountSecurityOf(host.current());
      }),

    setPrimaryPhoneNumber: (id, options) =>
      guarded(async () => {
        const update = method(host.current(), 'update');
        return accountSecurityOf(await abortable(options?.signal, () => update({ primaryPhoneNumberId: id })));
      }),

    createTotp: (options) =>
      guarded(async () => {
        const create = method(host.current(), 'createTOTP');
        return parseTotpEnrollment(totpToWire(await abortable(options?.signal, () => create())));
      }),

    verifyTotp: (code, options) =>
      guarded(async () => {
        const verify = method(host.current(), 'verifyTOTP');
        return parseTotpVerification(totpToWire(await abortable(options?.signal, () => verify({ code }))));
      }),

    deleteTotp: (options) =>
      guarded(async () => {
        const disable = method(host.current(), 'disableTOTP');
        await abortable(options?.signal, () => disable());
      }),
  };
}
