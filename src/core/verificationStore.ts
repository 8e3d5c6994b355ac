/**
 * Framework-free state of SMS verification per phone number: the send in flight (so concurrent sends coalesce
 * into one SMS), the resend cooldown, and what failed attempts taught us. One store per QueryClient and scope,
 * so it survives components unmounting and remounting.
 */
import { KitErrorCode, PhoneKitError } from '../model/errors.ts';
import type { PhoneNumber } from '../model/types.ts';
import { createSubscribable } from './subscribable.ts';

/** What the store knows about one number's verification. Immutable: a change replaces the object. */
export interface VerificationEntry {
  /** Unix ms before which a new code may not be sent; `null` when a send is allowed. */
  cooldownUntil: number | null;
  /** A send is in flight. */
  sending: boolean;
  /** A code check is in flight. */
  verifying: boolean;
  /** Wrong codes entered since the last code was sent. */
  failedAttempts: number;
  /** Set when the server said the code expired or attempts ran out, until a new code is sent. */
  statusOverride: 'expired' | 'failed' | null;
  /** The last send's error, e.g. a 429, so a later-mounted code step can show it. */
  sendError: PhoneKitError | null;
}

const EMPTY: VerificationEntry = Object.freeze({
  cooldownUntil: null,
  sending: false,
  verifying: false,
  failedAttempts: 0,
  statusOverride: null,
  sendError: null,
});

export interface VerificationStore {
  get(id: string): VerificationEntry;
  subscribe(listener: () => void): () => void;
  /** Sends a code unless one is being sent (then joins it) or the cooldown runs (then rejects, sending nothing). */
  send(id: string, run: () => Promise<PhoneNumber>, cooldownSeconds: number, now: () => number): Promise<PhoneNumber>;
  /** Checks a code; a second check of the same code while one is in flight joins it. */
  attempt(id: string, code: string, run: () => Promise<PhoneNumber>): Promise<PhoneNumber>;
}

export function createVerificationStore(): VerificationStore {
  const entries = new Map<string, VerificationEntry>();
  const sends = new Map<string, Promise<PhoneNumber>>();
  const attempts = new Map<string, { code: string; promise: Promise<PhoneNumber> }>();
  const changes = createSubscribable();

  const get = (id: string) => entries.get(id) ?? EMPTY;
  const update = (id: string, patch: Partial<VerificationEntry>) => {
    entries.set(id, { ...get(id), ...patch });
    changes.notify();
  };

  return {
    get,
    subscribe: changes.subscribe,
    send(id, run, cooldownSeconds, now) {
      const pending = sends.get(id);
      if (pending) return pending;
      const { cooldownUntil } = get(id);
      if (cooldownUntil !== null && cooldownUntil > now()) {
        const retryAfter = Math.ceil((cooldownUntil - now()) / 1000);
        return Promise.reject(
          new PhoneKitError({
            code: KitErrorCode.resendCooldown,
            message: `Wait ${retryAfter} s before requesting a new code.`,
            retryAfter,
          }),
        );
      }
      update(id, { sending: true, sendError: null });
      const promise = run().then(
        (phone) => {
          sends.delete(id);
          update(id, { sending: false, cooldownUntil: now() + cooldownSeconds * 1000, failedAttempts: 0, statusOverride: null });
          return phone;
        },
        (error: unknown) => {
          sends.delete(id);
          const kitError = error instanceof PhoneKitError ? error : null;
          // A 429 starts (or extends) the cooldown by what the server asked for, else by the default.
          const cooldown = kitError?.status === 429 ? now() + (kitError.retryAfter ?? cooldownSeconds) * 1000 : get(id).cooldownUntil;
          update(id, { sending: false, sendError: kitError, cooldownUntil: cooldown });
          throw error;
        },
      );
      sends.set(id, promise);
      return promise;
    },
    attempt(id, code, run) {
      const pending = attempts.get(id);
      if (pending && pending.code === code) return pending.promise;
      update(id, { verifying: true });
      const promise = run().then(
        (phone) => {
          attempts.delete(id);
          update(id, { verifying: false, statusOverride: null, failedAttempts: 0 });
          return phone;
        },
        (error: unknown) => {
          attempts.delete(id);
          const code = error instanceof PhoneKitError ? error.code : null;
          if (code === 'verification_expired') update(id, { verifying: false, statusOverride: 'expired' });
          else if (code === 'verification_failed') {
            // The wrong code that used up the last attempt counts; retries after the failure do not.
            const { statusOverride, failedAttempts } = get(id);
            update(id, { verifying: false, statusOverride: 'failed', failedAttempts: statusOverride === 'failed' ? failedAttempts : failedAttempts + 1 });
          }
          else if (code === 'form_code_incorrect') update(id, { verifying: false, failedAttempts: get(id).failedAttempts + 1 });
          else update(id, { verifying: false });
          throw error;
        },
      );
      attempts.set(id, { code, promise });
      return promise;
    },
  };
}
