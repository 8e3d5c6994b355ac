'use client';
/**
 * The code field (`CodeField`, on input-otp), loaded on first use by every step that shows it: the SMS code step,
 * the step-up dialog and the authenticator app's enrollment. Reached only through the one `import()` below, so every
 * bundler keeps ONE copy of it and of input-otp, in a chunk of their own: a module that two lazy chunks import
 * statically is copied into both by webpack (they are under its 20 KB split threshold), which shipped input-otp twice.
 *
 * A step renders its form once `useCodeField()` gives the field, so the field is there on the form's first render and
 * focus can go straight into it. Imports nothing of the kit's, so it adds no shared code between the chunks.
 */
import { useEffect, useSyncExternalStore, type ComponentType } from 'react';
import type { CodeFieldProps } from './CodeField.tsx';

/** The field, or where its load stands. */
export type CodeFieldLoad = { status: 'loading' | 'failed' } | { status: 'loaded'; CodeField: ComponentType<CodeFieldProps> };

const LOADING: CodeFieldLoad = { status: 'loading' };
let state: CodeFieldLoad = LOADING;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: CodeFieldLoad) {
  state = next;
  listeners.forEach((listener) => listener());
}

/**
 * Starts the load (once, or again after a failure); settles when it has loaded or failed, never rejects. A step's
 * loader awaits it beside its own `import()`, so the field is there when the step first renders.
 */
export function loadCodeField(): Promise<void> {
  if (loading && state.status !== 'failed') return loading;
  if (state.status === 'failed') set(LOADING);
  loading = import('./CodeField.tsx').then(
    (module) => set({ status: 'loaded', CodeField: module.CodeField }),
    () => set({ status: 'failed' }),
  );
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => state;
// The server never loads the field: hydration starts from "loading", as the server rendered it.
const serverSnapshot = () => LOADING;

/** The code field once loaded (starting the load on mount); `loadCodeField()` retries a failed load. */
export function useCodeField(): CodeFieldLoad {
  const current = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  useEffect(() => {
    void loadCodeField();
  }, []);
  return current;
}
