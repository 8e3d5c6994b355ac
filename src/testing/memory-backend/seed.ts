/**
 * Turns the friendly seeds of {@link MemoryBackendOptions.phoneNumbers} into the initial state. Seeds that
 * describe a state the server could never reach (a reserved number that is not verified, two defaults) throw
 * at once: a silently "fixed" seed would make a test pass for the wrong reason.
 */
import type { BackupCodeSet, PhoneNumber, Verification } from '../../model/types.ts';
import type { MemoryBackendConfig, MemoryBackendOptions, PhoneNumberSeed } from './options.ts';
import { randomBackupCodes, randomDigits, randomId } from './random.ts';
import type { PhoneRecord, TotpRecord } from './state.ts';
import { randomTotpSecret } from './totp.ts';
import { E164 } from './rules/phone-numbers.ts';

/** The state {@link MemoryBackend.reset} returns to. */
export interface InitialState {
  records: PhoneRecord[];
  backupCodes: BackupCodeSet | null;
  totp: TotpRecord | null;
  primaryPhoneNumberId: string | null;
}

function fail(message: string): never {
  throw new TypeError(`createMemoryBackend: ${message}`);
}

function seedVerification(seed: PhoneNumberSeed, createdAt: number, config: MemoryBackendConfig): Verification | null {
  if (seed.verification !== undefined) return seed.verification === null ? null : { ...seed.verification };
  if (!seed.verified) return null;
  return { object: 'verification_otp', status: 'verified', strategy: 'phone_code', attempts: 0, expireAt: createdAt + config.codeLifetimeMs };
}

// A full `PhoneNumber` is structurally a seed (its extra fields are ignored), so one function serves both.
function seedRecord(seed: PhoneNumberSeed, config: MemoryBackendConfig, now: number): PhoneRecord {
  if (!E164.test(seed.phoneNumber)) fail(`seed phone number ${JSON.stringify(seed.phoneNumber)} is not E.164`);
  const createdAt = seed.createdAt ?? now;
  const verification = seedVerification(seed, createdAt, config);
  const phone: PhoneNumber = {
    id: seed.id ?? randomId('idn'),
    object: 'phone_number',
    phoneNumber: seed.phoneNumber,
    reserved: seed.reserved ?? false,
    reservedForSecondFactor: seed.reservedForSecondFactor ?? false,
    defaultSecondFactor: seed.defaultSecondFactor ?? false,
    verification,
    linkedTo: (seed.linkedTo ?? []).map((link) => ({ ...link })),
    // Codes are never stored on a number; see `updatePhoneNumber`.
    backupCodes: null,
    createdAt,
    updatedAt: seed.updatedAt ?? createdAt,
  };
  if (phone.reservedForSecondFactor && verification?.status !== 'verified') fail(`${phone.phoneNumber} is reserved for 2FA but not verified`);
  if (phone.defaultSecondFactor && !phone.reservedForSecondFactor) fail(`${phone.phoneNumber} is the default second factor but not reserved`);
  // A seeded pending verification needs a code the test can type.
  const pending = verification?.object === 'verification_otp' && verification.status === 'unverified';
  const code = pending ? (seed.code ?? config.code ?? randomDigits(6)) : null;
  return { phone, code, lastSentAt: null };
}

/** Builds the initial records and backup codes, checking the invariants the rules keep. */
export function seedState(options: MemoryBackendOptions, config: MemoryBackendConfig, now: number): InitialState {
  const records = (options.phoneNumbers ?? []).map((seed) => seedRecord(seed, config, now));
  const seen = new Set<string>();
  for (const { phone } of records) {
    if (seen.has(phone.phoneNumber) || seen.has(phone.id)) fail(`${phone.phoneNumber} (${phone.id}) is seeded twice`);
    seen.add(phone.phoneNumber).add(phone.id);
  }
  const reserved = records.filter((r) => r.phone.reservedForSecondFactor);
  const defaults = reserved.filter((r) => r.phone.defaultSecondFactor);
  if (defaults.length > 1) fail('only one seed may be the default second factor');
  if (reserved.length > 0 && defaults.length === 0) reserved[0]!.phone.defaultSecondFactor = true;

  const primaries = (options.phoneNumbers ?? []).flatMap((seed, index) => ('primary' in seed && seed.primary ? [records[index]!.phone] : []));
  if (primaries.length > 1) fail('only one seed may be the primary phone number');
  const primary = primaries[0] ?? null;
  if (primary && primary.verification?.status !== 'verified') fail(`${primary.phoneNumber} is the primary phone number but not verified`);
  if (options.totpSecret !== undefined && !options.totpEnabled) fail('totpSecret needs totpEnabled');
  if (options.totpSecret !== undefined && !/^[A-Z2-7]+=*$/.test(options.totpSecret)) fail('totpSecret must be Base32 (A–Z, 2–7)');
  const totp: TotpRecord | null = options.totpEnabled
    ? { id: randomId('totp'), secret: options.totpSecret ?? randomTotpSecret(), verified: true, createdAt: now, updatedAt: now }
    : null;

  // A seeded authenticator app comes without codes unless given: tests of "TOTP alone" rely on it.
  const codes = options.backupCodes ? [...options.backupCodes] : reserved.length > 0 ? randomBackupCodes() : null;
  const backupCodes: BackupCodeSet | null = codes
    ? { object: 'backup_code', id: randomId('bcode'), codes, createdAt: now, updatedAt: now }
    : null;
  return { records, backupCodes, totp, primaryPhoneNumberId: primary?.id ?? null };
}
