/**
 * The demo's page (both sections in one provider) on the reference backend over msw, behind the real Frontend API
 * adapter, with what a journey needs to watch it: every adapter call that failed, anything an error boundary
 * caught, calls in flight (to know when the network has settled), and a virtual clock shared by the kit and the
 * backend, so cooldowns and code lifetimes pass without waiting.
 */
import { Component, type ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import type { SetupServer } from 'msw/node';
import { createClerkFrontendApiAdapter } from '../../../src/adapters/index.ts';
import type { PhoneNumberAdapter } from '../../../src/adapters/types.ts';
import { PhoneNumbersSection, SmsTwoFactorSection } from '../../../src/components/index.ts';
import { AuthenticatorAppSection } from '../../../src/two-step.ts';
import { PhoneNumberKitProvider } from '../../../src/hooks/index.ts';
import { en } from '../../../src/i18n/index.ts';
import { isPhoneKitError, PhoneKitError } from '../../../src/model/errors.ts';
import { createMemoryBackend, type FaultOptions, type MemoryBackend, type PhoneNumberSeed } from '../../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../../src/testing/msw.ts';
import { sectionByHeading } from './dom.ts';
import { CLIENT_TIMEOUT_MS, RIGHT_CODE } from './random.ts';

/** An adapter call that rejected, and the journey step it happened in. */
export interface CallFailure {
  method: keyof PhoneNumberAdapter;
  /**
   * The call's first argument (the phone number id, or the number to add), to match a later call that worked;
   * undefined for the reads (see READS).
   */
  target: unknown;
  /** The call's second argument, e.g. the changes an `updatePhoneNumber` asked for. */
  detail: unknown;
  error: PhoneKitError;
  step: number;
  /**
   * A later call of the same method on the same target ended in the same step (the kit tried again on its own,
   * e.g. the code step resending a code whose first send failed): what the user reads is about that one.
   */
  superseded: boolean;
}

export interface JourneyPage {
  backend: MemoryBackend;
  queryClient: QueryClient;
  /** Failed adapter calls, oldest first (aborts the kit asked for itself are left out: nobody is told about those). */
  failures: CallFailure[];
  /** Errors an error boundary caught. */
  crashes: unknown[];
  /** Set by the journey before each step, so failures say where they happened. */
  step: number;
  phoneSection: HTMLElement;
  smsSection: HTMLElement;
  /** The authenticator app's card (`phone-number-kit/two-step`). */
  totpSection: HTMLElement;
  /** Moves the kit's and the backend's clock on, and renders the page again as a ticking countdown would. */
  advanceClock(ms: number): Promise<void>;
  /** Waits until no call is in flight, nothing is fetching or mutating, and the page has stopped changing. */
  settle(): Promise<void>;
}

/**
 * The reads behind the kit's queries (the list, the account). Their first argument is the call's options (a fresh
 * `{ signal }` every time), not a target: every call reads the same thing, and the section shows the error of the
 * latest read only, so a later read in the step supersedes an earlier one that failed, as a later call on the same
 * number does.
 */
const READS: ReadonlySet<keyof PhoneNumberAdapter> = new Set<keyof PhoneNumberAdapter>(['listPhoneNumbers', 'getAccountSecurity']);

class Boundary extends Component<{ onCrash: (error: unknown) => void; children: ReactNode }, { crashed: boolean }> {
  override state = { crashed: false };
  static getDerivedStateFromError() {
    return { crashed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onCrash(error);
  }
  override render() {
    return this.state.crashed ? <p>The page crashed.</p> : this.props.children;
  }
}

interface TreeProps {
  adapter: PhoneNumberAdapter;
  queryClient: QueryClient;
  now: () => number;
  primaryId: string | undefined;
  onCrash: (error: unknown) => void;
  /** Changes to render the page again (a new value re-renders every component under it). */
  tick: number;
}

/** As in stories/DemoAccountSettings: both sections, one provider. */
function Tree({ adapter, queryClient, now, primaryId, onCrash }: TreeProps) {
  return (
    <PhoneNumberKitProvider adapter={adapter} queryClient={queryClient} now={now} resendCooldownSeconds={1}>
      <Boundary onCrash={onCrash}>
        <main>
          <h1>Account settings</h1>
          <PhoneNumbersSection primaryPhoneNumberId={primaryId} defaultCountry="US" />
          <SmsTwoFactorSection defaultCountry="US" applicationName="Acme" accountIdentifier="ada@example.com" />
          <AuthenticatorAppSection applicationName="Acme" accountIdentifier="ada@example.com" />
        </main>
      </Boundary>
    </PhoneNumberKitProvider>
  );
}

export const CLOCK_START = Date.UTC(2026, 0, 1);

export function renderJourneyPage(server: SetupServer, phoneNumbers: PhoneNumberSeed[], faults: FaultOptions, totpEnabled = false): JourneyPage {
  let time = CLOCK_START;
  const now = () => time;
  // A resend interval of 1 s on the virtual clock, like the provider's cooldown: a user can wait it out cheaply.
  const backend = createMemoryBackend({ code: RIGHT_CODE, now, resendIntervalMs: 1000, phoneNumbers, faults, totpEnabled });
  server.resetHandlers(...createMemoryBackendHandlers(backend));
  const real = createClerkFrontendApiAdapter({ frontendApiUrl: backend.frontendApiUrl, sessionId: backend.sessionId, timeoutMs: CLIENT_TIMEOUT_MS });

  let inFlight = 0;
  const failures: CallFailure[] = [];
  const crashes: unknown[] = [];
  const page = { step: 0 } as JourneyPage;
  const adapter = new Proxy(real, {
    get(target, key: keyof PhoneNumberAdapter) {
      const method = target[key] as unknown;
      if (typeof method !== 'function') return method;
      return (...args: unknown[]) => {
        inFlight += 1;
        const callTarget = READS.has(key) ? undefined : args[0];
        const supersede = () => {
          for (const f of failures) if (f.method === key && f.target === callTarget && f.step === page.step) f.superseded = true;
        };
        return (method as (...args: unknown[]) => Promise<unknown>).apply(target, args).then(
          (value) => {
            inFlight -= 1;
            supersede();
            return value;
          },
          (error: unknown) => {
            inFlight -= 1;
            supersede();
            if (!isPhoneKitError(error, 'request_aborted')) {
              const kitError = isPhoneKitError(error) ? error : new PhoneKitError({ code: 'not_a_kit_error', message: String(error) });
              failures.push({ method: key, target: callTarget, detail: args[1], error: kitError, step: page.step, superseded: false });
            }
            throw error;
          },
        );
      };
    },
  });

  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onCrash = (error: unknown) => crashes.push(error);
  const primaryId = phoneNumbers[0]?.id;
  const tree = (tick: number) => <Tree adapter={adapter} queryClient={queryClient} now={now} primaryId={primaryId} onCrash={onCrash} tick={tick} />;
  let tick = 0;
  const view = render(tree(tick));

  return Object.assign(page, {
    backend,
    queryClient,
    failures,
    crashes,
    phoneSection: sectionByHeading(view.container, en.phoneNumbersSection.heading)!,
    smsSection: sectionByHeading(view.container, en.smsTwoFactorSection.heading)!,
    totpSection: sectionByHeading(view.container, en.authenticatorAppSection.heading)!,
    async advanceClock(ms: number) {
      time += ms;
      tick += 1;
      view.rerender(tree(tick));
      await page.settle();
    },
    async settle() {
      let quiet = 0;
      for (let round = 0; quiet < 3; round++) {
        if (round > 3000) throw new Error(`the page never settled (${inFlight} calls in flight)`);
        await act(() => new Promise((resolve) => setTimeout(resolve, 1)));
        const busy = inFlight > 0 || queryClient.isFetching() > 0 || queryClient.isMutating() > 0;
        quiet = busy ? 0 : quiet + 1;
      }
    },
  });
}
