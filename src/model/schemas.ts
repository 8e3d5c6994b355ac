/**
 * Run-time checks for the wire format (snake_case JSON) and their transforms into the model.
 * They accept the union of what Clerk's Frontend API spec and the seed JSON Schema allow: unknown fields are
 * dropped, open enums keep unknown values, and nullable-or-absent fields become `null`.
 */
import { andThen, array, boolean, integer, literal, nullable, nullish, object, string, type Check } from './check.ts';
import type { OtpVerification, AdminVerification, PhoneNumber, BackupCodeSet, DeletedObject } from './types.ts';

/** `created_at` → `createdAt`. */
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
type CamelKeys<T> = { [K in keyof T as CamelCase<K & string>]: T[K] };

/** Renames a checked wire object's keys to the model's (one level: nested objects are transformed by their own check). */
function camelKeys<T extends object>(wire: T): CamelKeys<T> {
  const model: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wire)) model[key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  return model as CamelKeys<T>;
}

/** An integer that may be null or absent (attempts, expiry). */
const nullableInteger = nullish(integer, null);

/** Both verification variants share this wire shape; `strategy` tells them apart (the spec has no discriminator). */
const verificationWire = object({
  object: nullish(string, null),
  status: string,
  strategy: string,
  attempts: nullableInteger,
  expire_at: nullableInteger,
});

const verificationSchema = andThen(
  verificationWire,
  (wire): OtpVerification | AdminVerification =>
    wire.strategy === 'admin' || wire.object === 'verification_admin'
      ? { object: 'verification_admin', status: wire.status, strategy: 'admin', attempts: wire.attempts, expireAt: wire.expire_at }
      : { object: 'verification_otp', status: wire.status, strategy: wire.strategy, attempts: wire.attempts, expireAt: wire.expire_at },
);

const identificationLinkSchema = object({ type: string, id: string });

export const phoneNumberSchema = andThen(
  object({
    id: string,
    object: literal('phone_number'),
    phone_number: string,
    reserved: boolean,
    reserved_for_second_factor: nullish(boolean, false),
    default_second_factor: nullish(boolean, false),
    verification: nullable(verificationSchema),
    linked_to: array(identificationLinkSchema),
    backup_codes: nullish(array(string), null),
    created_at: integer,
    updated_at: integer,
  }),
  // The checked object has exactly the model's fields, snake_cased; the types prove the renaming matches.
  (wire): PhoneNumber => camelKeys(wire),
);

export const phoneNumberListSchema = array(phoneNumberSchema);

export const backupCodesSchema = andThen(
  object({
    object: literal('backup_code'),
    id: string,
    codes: array(string),
    created_at: integer,
    updated_at: integer,
  }),
  (wire): BackupCodeSet => camelKeys(wire),
);

export const deletedObjectSchema: Check<DeletedObject> = object({ object: string, id: nullish(string, null), deleted: boolean });

/** `{ response, client }`: the Frontend API's envelope around every single resource. `client` is not used. */
export function envelopeSchema<T>(response: Check<T>) {
  return object({ response });
}
