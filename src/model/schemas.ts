/**
 * Run-time schemas for the wire format (snake_case JSON) and their transforms into the model.
 * They accept the union of what Clerk's Frontend API spec and the seed JSON Schema allow: unknown fields are
 * dropped, open enums keep unknown values, and nullable-or-absent fields become `null`.
 */
import * as v from 'valibot';
import type { OtpVerification, AdminVerification, PhoneNumber, BackupCodes, DeletedObject } from './types.ts';

const timestamp = v.pipe(v.number(), v.integer());
const nullableCount = v.nullish(v.pipe(v.number(), v.integer()), null);
const nullableTimestamp = v.nullish(timestamp, null);

/** Both verification variants share this wire shape; `strategy` tells them apart (the spec has no discriminator). */
const verificationWire = v.object({
  object: v.optional(v.string()),
  status: v.string(),
  strategy: v.string(),
  attempts: nullableCount,
  expire_at: nullableTimestamp,
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
  v.transform(
    (wire): PhoneNumber => ({
      id: wire.id,
      object: 'phone_number',
      phoneNumber: wire.phone_number,
      reserved: wire.reserved,
      reservedForSecondFactor: wire.reserved_for_second_factor,
      defaultSecondFactor: wire.default_second_factor,
      verification: wire.verification,
      linkedTo: wire.linked_to,
      backupCodes: wire.backup_codes,
      createdAt: wire.created_at,
      updatedAt: wire.updated_at,
    }),
  ),
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
  v.transform(
    (wire): BackupCodes => ({
      object: 'backup_code',
      id: wire.id,
      codes: wire.codes,
      createdAt: wire.created_at,
      updatedAt: wire.updated_at,
    }),
  ),
);

export const deletedObjectSchema = v.pipe(
  v.object({ object: v.string(), id: v.nullish(v.string(), null), deleted: v.boolean() }),
  v.transform((wire): DeletedObject => ({ object: wire.object, id: wire.id, deleted: wire.deleted })),
);

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
