/**
 * The core both faces of the backend share: it owns the state, runs each operation's rule with one clock
 * reading, hands out copies only (so no caller can reach into the state), and tells subscribers when
 * something changed. The direct adapter and the HTTP handlers are thin layers over it.
 */
import type { PhoneNumberChanges } from '../../adapters/types.ts';
import type { AccountSecurity } from '../../model/account.ts';
import type { TotpObject } from '../../model/accountWire.ts';
import type { BackupCodeSet, DeletedObject, PhoneNumber } from '../../model/types.ts';
import { resolveOptions, type MemoryBackendConfig, type MemoryBackendOptions } from './options.ts';
import { createOutbox, type SmsMessage, type SmsOutbox } from './outbox.ts';
import { createPhoneNumber, deletePhoneNumber, listPhoneNumbers, readPhoneNumber } from './rules/phone-numbers.ts';
import { createBackupCodes, updatePhoneNumber } from './rules/second-factor.ts';
import { createTotp, deleteTotp, readAccountSecurity, setPrimaryPhoneNumber, verifyTotp } from './rules/account.ts';
import { totpCode } from './totp.ts';
import { attemptVerification, prepareVerification } from './rules/verification.ts';
import { attemptReverification, prepareReverification, startReverification } from './rules/reverification.ts';
import type { EmailMessage } from './reverificationRecord.ts';
import type { ReverificationAttempt, ReverificationFactor, ReverificationLevel, SessionVerification } from '../../model/reverification.ts';
import { seedState, type InitialState } from './seed.ts';
import type { BackendState, RuleContext } from './state.ts';

/** An immutable picture of the backend, for assertions and for live views such as a Storybook panel. */
export interface MemoryBackendSnapshot {
  readonly phoneNumbers: readonly PhoneNumber[];
  /** The current set of backup codes; `null` when the user has none. */
  readonly backupCodes: BackupCodeSet | null;
  readonly outbox: readonly SmsMessage[];
  readonly reverificationRequired: boolean;
  /** The authenticator app: `null` when none, else whether it is enabled (`verified`) or still pending. No secret. */
  readonly authenticatorApp: { readonly verified: boolean } | null;
  /** The primary phone number's id, or `null`. */
  readonly primaryPhoneNumberId: string | null;
  /** Every email sent (re-verification codes), oldest first. */
  readonly emails: readonly EmailMessage[];
}

/** Called after every change with the new snapshot. */
export type MemoryBackendListener = (snapshot: MemoryBackendSnapshot) => void;

/** The operations and controls shared by the adapter, the handlers and the public backend object. */
export interface MemoryEngine {
  readonly config: MemoryBackendConfig;
  readonly outbox: SmsOutbox;
  list(): PhoneNumber[];
  read(id: string): PhoneNumber;
  create(phoneNumber: string): PhoneNumber;
  prepare(id: string): PhoneNumber;
  attempt(id: string, code: string): PhoneNumber;
  update(id: string, changes: PhoneNumberChanges): PhoneNumber;
  remove(id: string): DeletedObject;
  createBackupCodes(): BackupCodeSet;
  accountSecurity(): AccountSecurity;
  setPrimary(id: string): AccountSecurity;
  createTotp(): TotpObject;
  verifyTotp(code: string): TotpObject;
  deleteTotp(): DeletedObject;
  /** The code an authenticator app shows now (or at `atMs`) for the pending or enabled secret; `null` without one. */
  authenticatorCode(atMs?: number): string | null;
  snapshot(): MemoryBackendSnapshot;
  reset(): void;
  subscribe(listener: MemoryBackendListener): () => void;
  setReverificationRequired(required: boolean): void;
  /**
   * Runs a Backend API rule (`rules/backend-api.ts`) with the same clock reading, copy-out and change notification
   * as every other write, so the support console's changes show in the user's settings page and the reverse.
   */
  admin<T>(rule: (ctx: RuleContext) => T): T;
  startReverification(level: ReverificationLevel): SessionVerification;
  prepareReverification(stage: 'first' | 'second', factor: ReverificationFactor): SessionVerification;
  attemptReverification(attempt: ReverificationAttempt): SessionVerification;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function startState(initial: InitialState, config: MemoryBackendConfig): BackendState {
  return {
    records: structuredClone(initial.records),
    backupCodes: structuredClone(initial.backupCodes),
    reverificationRequired: config.requireReverification,
    totp: structuredClone(initial.totp),
    primaryPhoneNumberId: initial.primaryPhoneNumberId,
    reverification: null,
    emails: [],
  };
}

/** Creates the engine from the public options. Throws on invalid options or seeds. */
export function createEngine(options: MemoryBackendOptions): MemoryEngine {
  const config = resolveOptions(options);
  const initial = seedState(options, config, config.now());
  const sms = createOutbox();
  const listeners = new Set<MemoryBackendListener>();
  let state = startState(initial, config);
  let cached: MemoryBackendSnapshot | null = null;

  // Cheap enough for one user's handful of numbers, and it keeps refusals that change nothing (a 404) silent.
  const fingerprint = () => JSON.stringify([state, sms.outbox.length]);

  function snapshot(): MemoryBackendSnapshot {
    cached ??= deepFreeze({
      phoneNumbers: structuredClone(listPhoneNumbers(state)),
      backupCodes: structuredClone(state.backupCodes),
      outbox: [...sms.outbox],
      reverificationRequired: state.reverificationRequired,
      authenticatorApp: state.totp ? { verified: state.totp.verified } : null,
      primaryPhoneNumberId: state.primaryPhoneNumberId,
      emails: [...state.emails],
    });
    return cached;
  }

  function notify(): void {
    cached = null;
    const current = snapshot();
    for (const listener of [...listeners]) {
      try {
        listener(current);
      } catch (error) {
        // A broken panel must not turn a successful request into a failed one.
        console.error('memory backend: a subscriber threw', error);
      }
    }
  }

  /** Runs a rule; refused operations may still have changed state (an attempt counted, a code expired). */
  function write<T>(rule: (ctx: RuleContext) => T): T {
    const before = fingerprint();
    const ctx: RuleContext = { state, config, now: config.now(), sendSms: (message) => void sms.push(message) };
    try {
      return structuredClone(rule(ctx));
    } finally {
      if (fingerprint() !== before) notify();
    }
  }

  return {
    config,
    outbox: sms.outbox,
    list: () => structuredClone(listPhoneNumbers(state)),
    read: (id) => structuredClone(readPhoneNumber(state, id)),
    create: (phoneNumber) => write((ctx) => createPhoneNumber(ctx, phoneNumber)),
    prepare: (id) => write((ctx) => prepareVerification(ctx, id)),
    attempt: (id, code) => write((ctx) => attemptVerification(ctx, id, code)),
    update: (id, changes) => write((ctx) => updatePhoneNumber(ctx, id, changes)),
    remove: (id) => write((ctx) => deletePhoneNumber(ctx, id)),
    createBackupCodes: () => write((ctx) => createBackupCodes(ctx)),
    admin: (rule) => write(rule),
    accountSecurity: () => readAccountSecurity({ state, config }),
    setPrimary: (id) => write((ctx) => setPrimaryPhoneNumber(ctx, id)),
    createTotp: () => write((ctx) => createTotp(ctx)),
    verifyTotp: (code) => write((ctx) => verifyTotp(ctx, code)),
    deleteTotp: () => write((ctx) => deleteTotp(ctx)),
    authenticatorCode: (atMs) => (state.totp ? totpCode(state.totp.secret, atMs ?? config.now()) : null),
    startReverification: (level) => write((ctx) => startReverification(ctx, level)),
    prepareReverification: (stage, factor) => write((ctx) => prepareReverification(ctx, stage, factor)),
    attemptReverification: (attempt) => write((ctx) => attemptReverification(ctx, attempt)),
    snapshot,
    reset() {
      state = startState(initial, config);
      sms.clear();
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    setReverificationRequired(required) {
      if (state.reverificationRequired === required) return;
      state.reverificationRequired = required;
      // A new requirement asks for a new verification; one in progress no longer counts.
      if (required) state.reverification = null;
      notify();
    },
  };
}
