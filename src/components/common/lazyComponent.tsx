'use client';
/**
 * A component whose code loads on first use (a dynamic `import()`), so the page that only lists numbers does not
 * ship the phone input, its metadata or the code input. `preload()` starts the load early (on hover or focus of
 * what opens it). While loading it shows a polite "Loading…"; if the load fails it says so with a retry button
 * instead of throwing to an error boundary, and nothing the user typed elsewhere is touched.
 *
 * Not `React.lazy`: a rejected `React.lazy` stays rejected and needs an error boundary; this one can retry.
 */
import { useEffect, useSyncExternalStore, type ComponentType, type ReactElement } from 'react';
import { useCommonMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';
import { Alert } from './Alert.tsx';
import { useFocusOnMount } from './useFocusAfterRender.ts';
import { createSubscribable } from '../../core/subscribable.ts';

/** A lazily loaded component: render it like the real one; `preload()` fetches its code ahead of time. */
export interface LazyComponent<P extends object> {
  (props: P): ReactElement;
  /** Starts the load (once); settles when it has loaded or failed, never rejects. */
  preload(): Promise<void>;
}

type LoadState<P> = { status: 'idle' | 'loading' | 'failed' } | { status: 'loaded'; component: ComponentType<P> };
/** One object, so useSyncExternalStore sees the same server snapshot on every call. */
const IDLE = { status: 'idle' } as const;

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let state: LoadState<P> = { status: 'idle' };
  const changes = createSubscribable();
  const set = (next: LoadState<P>) => {
    state = next;
    changes.notify();
  };
  let pending: Promise<void> = Promise.resolve();
  const preload = () => {
    if (state.status === 'loading' || state.status === 'loaded') return pending;
    set({ status: 'loading' });
    pending = load().then(
      (component) => set({ status: 'loaded', component }),
      () => set({ status: 'failed' }),
    );
    return pending;
  };
  const snapshot = () => state;
  const serverSnapshot = (): LoadState<P> => IDLE;

  function Lazy(props: P) {
    // The server never loads the code, so it renders "Loading…"; hydration must start from that same state even when
    // the code has loaded here by then, and renders the loaded step right after.
    const current = useSyncExternalStore(changes.subscribe, snapshot, serverSnapshot);
    useEffect(() => {
      void preload();
    }, []);
    if (current.status === 'loaded') {
      const Component = current.component;
      return <Component {...props} />;
    }
    return current.status === 'failed' ? <LoadFailed onRetry={preload} /> : <Loading />;
  }
  Lazy.preload = preload;
  return Lazy;
}

function Loading() {
  const common = useParts('common');
  const { messages } = useCommonMessages();
  return (
    <p className={common('lazy')} data-state="loading" role="status">
      {messages.common.loading}
    </p>
  );
}

/** Focus moves to "Try again": the button that opened the step is gone, so focus would otherwise fall to the page. */
function LoadFailed({ onRetry }: { onRetry: () => Promise<void> }) {
  const common = useParts('common');
  const { messages } = useCommonMessages();
  const retry = useFocusOnMount<HTMLButtonElement>();
  return (
    <div className={common('lazy')} data-state="failed">
      <Alert>{messages.common.loadFailed}</Alert>
      <button ref={retry} type="button" className={common('button')} data-variant="secondary" onClick={() => void onRetry()}>
        {messages.common.retry}
      </button>
    </div>
  );
}
