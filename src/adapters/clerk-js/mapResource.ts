/**
 * clerk-js resources → the kit's model. Each resource is first written in the Frontend API's wire form and then
 * read by the model's own parser, so the result obeys exactly the rules a Frontend API answer does (open enums
 * kept, whole-or-nothing, `response_invalid` naming the wire field when clerk-js hands over something unexpected).
 */
import { parseBackupCodes, parsePhoneNumber, parsePhoneNumberList } from '../../model/parse.ts';
import type { BackupCodeSet, PhoneNumber } from '../../model/types.ts';
import type { ClerkBackupCodeLike, ClerkPhoneNumberLike, ClerkVerificationLike } from './types.ts';

/**
 * The value used for a timestamp clerk-js does not carry (`PhoneNumberResource` has no `createdAt`/`updatedAt`;
 * a `BackupCodeResource` may hold `null`). `0` is the Unix epoch: "unknown", never a real creation time.
 */
const UNKNOWN_TIMESTAMP = 0;

/** The strategy assumed when clerk-js reports a verification status without a strategy. */
const DEFAULT_STRATEGY = 'phone_code';

/** A `Date` (or a number of milliseconds) as Unix milliseconds; `null` when absent or invalid. */
function toMillis(value: Date | number | null | undefined): number | null {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : time;
  }
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : null;
}

function verificationToWire(verification: ClerkVerificationLike | null | undefined) {
  // clerk-js turns a `null` verification into a Verification whose fields are all null.
  if (!verification || verification.status == null) return null;
  const strategy = verification.strategy ?? DEFAULT_STRATEGY;
  return {
    object: strategy === 'admin' ? 'verification_admin' : 'verification_otp',
    status: verification.status,
    strategy,
    attempts: verification.attempts ?? null,
    expire_at: toMillis(verification.expireAt),
  };
}

/** A `PhoneNumberResource` in the Frontend API's JSON form (what the parser reads). */
function phoneNumberResourceToWire(resource: ClerkPhoneNumberLike): unknown {
  if (resource === null || typeof resource !== 'object') return resource;
  return {
    id: resource.id,
    object: 'phone_number',
    phone_number: resource.phoneNumber,
    reserved: resource.reserved ?? false,
    reserved_for_second_factor: resource.reservedForSecondFactor ?? false,
    default_second_factor: resource.defaultSecondFactor ?? false,
    verification: verificationToWire(resource.verification),
    linked_to: Array.isArray(resource.linkedTo)
      ? resource.linkedTo.map((link) => (link && typeof link === 'object' ? { type: link.type, id: link.id } : link))
      : resource.linkedTo ?? [],
    backup_codes: resource.backupCodes ?? null,
    created_at: toMillis(resource.createdAt) ?? UNKNOWN_TIMESTAMP,
    updated_at: toMillis(resource.updatedAt) ?? UNKNOWN_TIMESTAMP,
  };
}

/** Maps one `PhoneNumberResource`. */
export function toPhoneNumber(resource: ClerkPhoneNumberLike): PhoneNumber {
  return parsePhoneNumber(phoneNumberResourceToWire(resource));
}

/** Maps `user.phoneNumbers`; one bad resource fails the list, naming its index. */
export function toPhoneNumberList(resources: readonly ClerkPhoneNumberLike[]): PhoneNumber[] {
  return parsePhoneNumberList(Array.isArray(resources) ? resources.map(phoneNumberResourceToWire) : resources);
}

/** Maps a `BackupCodeResource`. */
export function toBackupCodes(resource: ClerkBackupCodeLike): BackupCodeSet {
  if (resource === null || typeof resource !== 'object') return parseBackupCodes(resource);
  return parseBackupCodes({
    object: 'backup_code',
    id: resource.id,
    codes: resource.codes,
    created_at: toMillis(resource.createdAt) ?? UNKNOWN_TIMESTAMP,
    updated_at: toMillis(resource.updatedAt) ?? UNKNOWN_TIMESTAMP,
  });
}
