'use client';
/**
 * The code field (`CodeField`, on input-otp) for the steps outside the SMS code step that show it: the step-up dialog
 * and the authenticator app's enrollment. It comes from the steps' one lazy module (`common/steps.ts`, which the SMS
 * code step and the add form load too), so every bundler keeps ONE copy of it and of input-otp: a module that two lazy
 * chunks import statically is copied into both by webpack (they are under its 20 KB split threshold), which once
 * shipped input-otp twice.
 *
 * A step renders its form once `useCodeField()` gives the field, so the field is there on the form's first render and
 * focus can go straight into it.
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
  loading = import('../common/steps.ts').then(
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
