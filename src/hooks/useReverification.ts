'use client';
/**
 * Drives the built-in step-up dialog through the adapter's re-verification methods: start at a level, pick a
 * factor (a code factor sends its code at once), check what the user typed, move on to the second factor when the
 * level needs it, and on completion retry the refused writes (each exactly once). No DOM here.
 *
 * Passwords and codes stay in this hook's call arguments only: no TanStack mutation (its cache keeps variables),
 * no storage, no event.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { asPhoneKitError, type PhoneKitError } from '../model/errors.ts';
import { sendsCode, type ReverificationFactor, type ReverificationLevel, type SessionVerification } from '../model/reverification.ts';
import type { ReverificationRequest } from '../core/events.ts';
import { usePhoneNumberKit } from './context.ts';

/**
 * The level the dialog asks for: Clerk's `strict` preset for sensitive account changes. The server falls back to
 * the first factor when the user has no second factor.
 */
const DEFAULT_REVERIFICATION_LEVEL: ReverificationLevel = 'second_factor';

/** Where the dialog is. */
type ReverificationPhase =
  /** Asking the server which factors the session offers. */
  | 'starting'
  /** Waiting for the user's password or code. */
  | 'entering'
  /** Starting failed; `retryStart()` tries again. */
  | 'unavailable'
  /** Verified: the refused writes are running again. */
  | 'complete';

/** What {@link useReverification} returns. */
export interface UseReverificationResult {
  /** The oldest refused write, or `null` when nothing waits (the dialog is closed). */
  request: ReverificationRequest | null;
  phase: ReverificationPhase;
  /** Which step the factors belong to. */
  stage: 'first' | 'second';
  /** The factors the session offers at this stage. */
  factors: ReverificationFactor[];
  /** The chosen factor. */
  factor: ReverificationFactor | null;
  /** A code was sent for the chosen factor (email or SMS). */
  codeSent: boolean;
  /** A call is running (start, send, check). */
  isPending: boolean;
  /** The last failure; what the user typed is theirs to keep. */
  error: PhoneKitError | null;
  /** Picks a factor; an email or phone factor sends its code. */
  choose: (factor: ReverificationFactor) => void;
  /** Checks a password or code. Resolves `true` when the whole verification is complete. A call while one runs is ignored. */
  submit: (value: string) => Promise<boolean>;
  /** Sends the chosen factor's code again. */
  resend: () => void;
  retryStart: () => void;
  /** Gives up: the refused writes reject with `reverification_cancelled`. */
  cancel: () => void;
}

/** Which step a verification is at: its second factor once the first is done. */
const stageOf = (current: SessionVerification | null) => (current?.status === 'needs_second_factor' ? 'second' : 'first');

/** The factors offered at a verification's current step (none before it has started). */
const factorsOf = (current: SessionVerification | null) => (!current ? [] : stageOf(current) === 'second' ? current.secondFactors : current.firstFactors);

/** The factor to offer first: a password when there is one, else the first the session lists. */
function preferred(factors: ReverificationFactor[]): ReverificationFactor | null {
  return factors.find((factor) => factor.strategy === 'password') ?? factors[0] ?? null;
}

/** The built-in dialog's state machine, for the pending request of the provider's store. */
export function useReverification(level: ReverificationLevel = DEFAULT_REVERIFICATION_LEVEL): UseReverificationResult {
  const { adapter, reverification: store } = usePhoneNumberKit();
  const request = useSyncExternalStore(store.subscribe, store.current, store.current);
  const [phase, setPhase] = useState<ReverificationPhase>('starting');
  const [verification, setVerification] = useState<SessionVerification | null>(null);
  const [factor, setFactor] = useState<ReverificationFactor | null>(null);
  const [codeSent, setCodeSent] = useState(false);
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<PhoneKitError | null>(null);
  const busy = useRef(false);
  const controller = useRef<AbortController | null>(null);

  /** Runs one adapter call, one at a time, aborted when the dialog closes. `null` when it failed or was skipped. */
  const call = useCallback(async <T>(work: (signal: AbortSignal) => Promise<T>): Promise<T | null> => {
    if (busy.current) return null;
    busy.current = true;
    const abort = (controller.current = new AbortController());
    setPending(true);
    setError(null);
    try {
      return await work(abort.signal);
    } catch (failure) {
      if (!abort.signal.aborted) setError(asPhoneKitError(failure));
      return null;
    } finally {
      busy.current = false;
      if (!abort.signal.aborted) setPending(false);
    }
  }, []);

  const choose = useCallback(
    async (next: ReverificationFactor, current: SessionVerification | null = verification) => {
      // A new choice wins over a code still being sent for the previous one (arrowing through the choices).
      controller.current?.abort();
      busy.current = false;
      setFactor(next);
      setCodeSent(false);
      if (!sendsCode(next)) {
        setPending(false);
        return;
      }
      const sent = await call((signal) => adapter.prepareReverification(stageOf(current), next, { signal }));
      if (sent) setCodeSent(true);
    },
    [adapter, call, verification],
  );

  /** Shows a verification's next step: its stage's preferred factor chosen (and its code sent). */
  const show = useCallback(
    (next: SessionVerification) => {
      setVerification(next);
      setPhase('entering');
      const first = preferred(factorsOf(next));
      setFactor(first);
      setCodeSent(false);
      // Called after the `call` that fetched `next` has released its lock, so the code goes out at once.
      if (first && sendsCode(first)) void choose(first, next);
    },
    [choose],
  );

  const start = useCallback(async () => {
    const started = await call((signal) => adapter.startReverification(level, { signal }));
    if (started) show(started);
    else setPhase('unavailable');
  }, [adapter, call, level, show]);

  // Each new request starts a fresh verification; closing aborts whatever is running.
  useEffect(() => {
    if (!request) return;
    let live = true;
    // Its state updates land after this effect, not inside it (one render per step, not a cascade).
    void Promise.resolve().then(() => {
      if (live) void start();
    });
    return () => {
      live = false;
      controller.current?.abort();
      busy.current = false;
      setVerification(null);
      setFactor(null);
      setError(null);
      setPending(false);
      setPhase('starting');
    };
    // `start` changes with `verification`; only a new request restarts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  const submit = useCallback(
    async (value: string) => {
      if (!factor || !verification || phase === 'complete') return false;
      const stage = stageOf(verification);
      const answer = await call((signal) =>
        adapter.attemptReverification(
          factor.strategy === 'password' ? { stage: 'first', strategy: 'password', password: value } : { stage, strategy: factor.strategy, code: value },
          { signal },
        ),
      );
      if (!answer) return false;
      if (answer.status !== 'complete') {
        show(answer);
        return false;
      }
      setPhase('complete');
      // The store settles each request once; the refused writes now run again.
      store.complete();
      return true;
    },
    [adapter, call, factor, phase, show, store, verification],
  );

  const stage = stageOf(verification);
  return {
    request,
    phase,
    stage,
    factors: factorsOf(verification),
    factor,
    codeSent,
    isPending,
    error,
    choose: (next) => void choose(next),
    submit,
    resend: () => factor && void choose(factor),
    retryStart: () => {
      setPhase('starting');
      void start();
    },
    cancel: store.cancel,
  };
}
