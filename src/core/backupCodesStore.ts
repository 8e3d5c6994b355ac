/**
 * Backup codes live here, in memory only: never in the query cache (which a host may persist), storage, the URL
 * or a log. They are dropped when the last consumer unmounts.
 */
import type { BackupCodeSet } from '../model/types.ts';
import { createSubscribable } from './subscribable.ts';

export interface BackupCodesSnapshot {
  codes: readonly string[];
  /** `reservation`: returned with the first two-step reservation; `generated`: from (re)generation. */
  source: 'reservation' | 'generated';
  createdAt: number | null;
}

export interface BackupCodesStore {
  get(): BackupCodesSnapshot | null;
  subscribe(listener: () => void): () => void;
  set(codes: readonly string[], source: BackupCodesSnapshot['source'], createdAt?: number | null): void;
  setFromBackupCodes(codes: BackupCodeSet): void;
  clear(): void;
  /** Registers a consumer; the returned function releases it. Codes go when the last one releases. */
  retain(): () => void;
}

export function createBackupCodesStore(): BackupCodesStore {
  let current: BackupCodesSnapshot | null = null;
  let consumers = 0;
  let dropTimer: ReturnType<typeof setTimeout> | undefined;
  const changes = createSubscribable();

  const store: BackupCodesStore = {
    get: () => current,
    subscribe: changes.subscribe,
    set(codes, source, createdAt = null) {
      current = Object.freeze({ codes: Object.freeze([...codes]), source, createdAt });
      changes.notify();
    },
    setFromBackupCodes(codes) {
      store.set(codes.codes, 'generated', codes.createdAt);
    },
    clear() {
      if (current === null) return;
      current = null;
      changes.notify();
    },
    retain() {
      consumers += 1;
      clearTimeout(dropTimer);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        consumers -= 1;
        // Deferred: when one step unmounts as the next mounts in the same commit, the codes must carry over.
        if (consumers === 0) dropTimer = setTimeout(() => consumers === 0 && store.clear(), 0);
      };
    },
  };
  return store;
}
