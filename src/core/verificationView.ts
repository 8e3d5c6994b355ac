/**
 * What to show about one number's verification, derived from the cached number and the verification store's
 * entry. Apart from the store module on purpose: the store is created up front by the provider, while only the
 * code step reads the view, so bundlers keep this code in the code step's lazy chunk.
 */
import type { PhoneNumber, VerificationStatus } from '../model/types.ts';
import { attemptsLeft } from '../model/verificationAttempts.ts';
import type { VerificationEntry } from './verificationStore.ts';

/** What to show about one number's verification at a given time; see {@link verificationView}. */
export interface VerificationView {
  /** The server's status, corrected by what the last attempt taught (`expired`, `failed`); `null` before any code. */
  status: VerificationStatus | null;
  /** When the current code stops working (Unix ms), from `verification.expireAt`. */
  expiresAt: number | null;
  /** Seconds until the pending code stops working; `null` when no code is pending. */
  secondsUntilExpiry: number | null;
  /** Seconds until a new code may be sent; 0 when it may. */
  secondsUntilResend: number;
  /** Wrong codes entered for the current code: the server's count or ours, whichever is higher. */
  attemptsUsed: number;
  /** Wrong codes the pending code still takes before it stops working; `null` when no code can be entered. */
  attemptsLeft: number | null;
  /** The code expired or attempts ran out: only a new code helps. */
  needsNewCode: boolean;
  /** An SMS is called for: the number is not verified, has no live code, and no send or cooldown is under way. */
  shouldSendCode: boolean;
  /** A countdown runs (the cooldown or the pending code's life), so the view changes with time alone. */
  ticking: boolean;
}

/**
 * The view of one number's verification at `now` (Unix ms), from the cached number (`undefined` until the list
 * has loaded) and the store's entry. Pure, so the hook only re-renders it as the clock moves.
 */
export function verificationView(phone: PhoneNumber | undefined, entry: VerificationEntry, now: number): VerificationView {
  const expiresAt = phone?.verification?.expireAt ?? null;
  const serverStatus = phone?.verification?.status ?? null;
  const pending = serverStatus === 'unverified';
  const codeExpired = pending && expiresAt !== null && now >= expiresAt;
  const coolingDown = entry.cooldownUntil !== null && entry.cooldownUntil > now;
  const status = entry.statusOverride ?? (codeExpired ? 'expired' : serverStatus);
  const hasLiveCode = pending && !codeExpired && entry.statusOverride === null;
  const attemptsUsed = Math.max(phone?.verification?.attempts ?? 0, entry.failedAttempts);
  return {
    status,
    expiresAt,
    secondsUntilExpiry: pending && expiresAt !== null ? Math.max(0, Math.ceil((expiresAt - now) / 1000)) : null,
    secondsUntilResend: coolingDown ? Math.ceil((entry.cooldownUntil! - now) / 1000) : 0,
    attemptsUsed,
    attemptsLeft: hasLiveCode ? attemptsLeft(attemptsUsed) : null,
    needsNewCode: status === 'failed' || status === 'expired',
    shouldSendCode: phone !== undefined && serverStatus !== 'verified' && !hasLiveCode && !coolingDown && !entry.sending,
    ticking: coolingDown || (pending && expiresAt !== null && !codeExpired),
  };
}
