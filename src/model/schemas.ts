/**
 * Run-time schemas for the wire format (snake_case JSON) and their transforms into the model.
 * They accept the union of what Clerk's Frontend API spec and the seed JSON Schema allow: unknown fields are
 * dropped, open enums keep unknown values, and nullable-or-absent fields become `null`.
 */
import * as v from 'valibot';
import type { OtpVerification, AdminVerification, PhoneNumber, BackupCodes, DeletedObject } from './types.ts';

/** `created_at` → `createdAt`. */
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
type CamelKeys<T> = { [K in keyof T as CamelCase<K & string>]: T[K] };

/** Renames a checked wire object's keys to the model's (one level: nested objects are transformed by their own schema). */
function camelKeys<T extends object>(wire: T): CamelKeys<T> {
  const model: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wire)) model[key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  return model as CamelKeys<T>;
}

const timestamp = v.pipe(v.number(), v.integer());
/** An integer that may be null or absent (attempts, expiry). */
const nullableInteger = v.nullish(timestamp, null);

/** Both verification variants share this wire shape; `strategy` tells them apart (the spec has no discriminator). */
const verificationWire = v.object({
  // `nullish` rather than `optional`: the same leniency costs one schema kind less in the bundle.
  object: v.nullish(v.string()),
  status: v.string(),
  strategy: v.string(),
  attempts: nullableInteger,
  expire_at: nullableInteger,
});

export const verificationSchema = v.pipe(
  verificationWire,
  v.transform((wire): OtpVerification | AdminVerification =>
    wire.strategy === 'admin' || wire.object === 'verification_admin'
      ? { object: 'verification_admin', status: wire.status, strategy: 'admin', attempts: wire.attempts, expireAt: wire.expire_at }
      : { object: 'verification_otp', status: wire.status, strategy: wire.strategy, attempts: wire.attempts, expireAt: wire.expire_at },
  ),
);

export const identificationLinkSchema = v.object({ type: v.string(), id: v.string() });

export const phoneNumberSchema = v.pipe(
  v.object({
    id: v.string(),
    object: v.literal('phone_number'),
    phone_number: v.string(),
    reserved: v.boolean(),
    reserved_for_second_factor: v.nullish(v.boolean(), false),
    default_second_factor: v.nullish(v.boolean(), false),
    verification: v.nullable(verificationSchema),
    linked_to: v.array(identificationLinkSchema),
    backup_codes: v.nullish(v.array(v.string()), null),
    created_at: timestamp,
    updated_at: timestamp,
  }),
  // The checked object has exactly the model's fields, snake_cased; the types prove the renaming matches.
  v.transform((wire): PhoneNumber => camelKeys(wire)),
);

export const phoneNumberListSchema = v.array(phoneNumberSchema);

export const backupCodesSchema = v.pipe(
  v.object({
    object: v.literal('backup_code'),
    id: v.string(),
    codes: v.array(v.string()),
    created_at: timestamp,
    updated_at: timestamp,
  }),
  v.transform((wire): BackupCodes => camelKeys(wire)),
);

export const deletedObjectSchema: v.GenericSchema<unknown, DeletedObject> = v.object({ object: v.string(), id: v.nullish(v.string(), null), deleted: v.boolean() });

/** `{ response, client }`: the Frontend API's envelope around every single resource. `client` is not used. */
export function envelopeSchema<TSchema extends v.GenericSchema>(response: TSchema) {
  return v.object({ response });
}

/** Clerk's error body. `long_message` and `meta` are optional in practice (clerk-js types), so they are here too. */
export const errorBodySchema = v.object({
  errors: v.array(
    v.object({
      code: v.string(),
      message: v.string(),
      long_message: v.optional(v.string()),
      meta: v.optional(v.record(v.string(), v.unknown())),
    }),
  ),
  meta: v.optional(v.record(v.string(), v.unknown())),
  clerk_trace_id: v.optional(v.string()),
});
