/**
 * The backend's state for one user, and small queries over it. The rules in `rules/` change this state and
 * throw a `PhoneKitError` when Clerk's server would refuse; nothing here knows about HTTP.
 */
import { heirOfDefault } from '../../model/secondFactor.ts';
import { isTwoFactorEnabled } from '../../model/signInOrder.ts';
import type { BackupCodeSet, PhoneNumber } from '../../model/types.ts';
import type { MemoryBackendConfig } from './options.ts';
import type { SmsMessage } from './outbox.ts';
import { refusals } from './errors.ts';
import type { EmailMessage, ReverificationRecord } from './reverificationRecord.ts';

/** A phone number plus what the server keeps about it but never sends. */
export interface PhoneRecord {
  phone: PhoneNumber;
  /** The pending one-time code, `null` when none was sent. */
  code: string | null;
  /** When the last code was sent, for resend throttling. */
  lastSentAt: number | null;
}

/** The user's authenticator app: its secret (never sent after enrollment) and whether a code confirmed it. */
export interface TotpRecord {
  id: string;
  /** Base32. */
  secret: string;
  verified: boolean;
  createdAt: number;
  updatedAt: number;
}

/** Everything the backend knows about its one user. */
export interface BackendState {
  /** In creation order, as the list endpoint returns them. */
  records: PhoneRecord[];
  /** The current set; replaced on regeneration, so older codes are gone. */
  backupCodes: BackupCodeSet | null;
  reverificationRequired: boolean;
  /** The authenticator app, pending (created, not yet verified) or enabled; `null` when none. */
  totp: TotpRecord | null;
  /** The primary number (one of `records`, verified), or `null`. */
  primaryPhoneNumberId: string | null;
  /** The session re-verification in progress (`rules/reverification.ts`), `null` when none. */
  reverification: ReverificationRecord | null;
  /** Every email sent (re-verification codes), oldest first. */
  emails: EmailMessage[];
}

/** What a rule works with: the state, the settings, one clock reading for the whole operation, and the SMS gateway. */
export interface RuleContext {
  state: BackendState;
  config: MemoryBackendConfig;
  now: number;
  sendSms(message: Omit<SmsMessage, 'text'>): void;
}

/** The record for an id, or a 404 exactly like the server's. */
export function requireRecord(state: BackendState, id: string): PhoneRecord {
  const record = state.records.find((r) => r.phone.id === id);
  if (!record) throw refusals.notFound(id);
  return record;
}

/** Clerk wraps sensitive operations in reverification; while it is required they answer 403. */
export function assertReverified(state: BackendState): void {
  if (state.reverificationRequired) throw refusals.reverificationRequired();
}

/** Whether an authenticator app is enrolled and verified. */
export function isTotpEnabled(state: BackendState): boolean {
  return state.totp?.verified === true;
}

/** Whether the user has any second factor (the model's `isTwoFactorEnabled`: a reserved number, or an authenticator app). */
export function hasSecondFactor(ctx: Pick<RuleContext, 'state' | 'config'>): boolean {
  return isTwoFactorEnabled(isTotpEnabled(ctx.state), ctx.state.records.map((r) => r.phone));
}

/**
 * Keeps "exactly one default among reserved numbers" when `id` stops being a second factor (released or deleted):
 * if it is the default, its heir (`heirOfDefault`, the kit's one rule) becomes the default. Call it before the change.
 */
export function handDefaultOn(ctx: RuleContext, id: string): void {
  const heir = heirOfDefault(ctx.state.records.map((r) => r.phone), id);
  if (!heir) return;
  heir.defaultSecondFactor = true;
  heir.updatedAt = ctx.now;
}

/**
 * Backup codes exist only while a second factor does: disabling the last one removes them, so enabling
 * two-step verification again issues a fresh set.
 */
export function dropBackupCodesWithoutSecondFactor(ctx: RuleContext): void {
  if (!hasSecondFactor(ctx)) ctx.state.backupCodes = null;
}
