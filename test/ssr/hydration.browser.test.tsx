/**
 * Server rendering and hydration, on whichever React the run uses (`PNK_REACT`, see test/react/reactMatrix.ts):
 * the account-settings page is rendered in Node (no window, no document; serverEntry.tsx) with renderToString and
 * with the streaming renderer, put into the document, and hydrated with hydrateRoot. Fails on any console error or warning
 * (React 18 reports mismatches there), any recoverable error (React 19 reports mismatches there) and any uncaught
 * error; then proves the page is live by using it.
 */
import { version as clientReactVersion } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import { waitFor, within } from '@testing-library/react';
import { commands, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyVerifyPhoneNumber } from '../../src/components/common/lazySteps.ts';
import { AccountSettingsPage, fromTransport, seededBackend, type InitialData, type PageVariant } from './accountSettingsPage.tsx';
import type { Renderer, ServerRenderRequest, ServerRenderResult } from './serverRender.ts';

type ServerRendered = Extract<ServerRenderResult, { ok: true }>;

async function serverRender(request: ServerRenderRequest): Promise<ServerRendered> {
  const result = await commands.serverRender(request);
  if (!result.ok) throw new Error(`server render failed:\n${result.error}`);
  return result;
}

/** Everything the browser or React reported while the page hydrated and was used. */
interface Reports {
  console: string[];
  recoverable: string[];
  uncaught: string[];
}

let reports: Reports;
let root: Root | null = null;
let container: HTMLElement;
let actEnvironment: unknown;
const onWindowError = (event: ErrorEvent) => void reports.uncaught.push(String(event.error ?? event.message));
const onRejection = (event: PromiseRejectionEvent) => void reports.uncaught.push(String(event.reason));

beforeEach(() => {
  reports = { console: [], recoverable: [], uncaught: [] };
  const keep = (...args: unknown[]) => void reports.console.push(args.map(String).join(' '));
  vi.spyOn(console, 'error').mockImplementation(keep);
  vi.spyOn(console, 'warn').mockImplementation(keep);
  window.addEventListener('error', onWindowError);
  window.addEventListener('unhandledrejection', onRejection);
  // A page hydrates outside act(), as in a real browser; Testing Library's setup declares an act environment,
  // under which React would warn about every update this test does not wrap.
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown };
  actEnvironment = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = false;
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  root?.unmount();
  root = null;
  container.remove();
  window.removeEventListener('error', onWindowError);
  window.removeEventListener('unhandledrejection', onRejection);
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  vi.restoreAllMocks();
});

/** Server-renders the page, puts the markup in the document and hydrates it with the server's data. */
async function serveAndHydrate(renderer: Renderer, data: InitialData, variant: PageVariant): Promise<ServerRendered> {
  const served = await serverRender({ renderer, data, variant });
  expect(served.noDom).toBe(true);
  expect(served.reactVersion).toBe(clientReactVersion);
  expect(served.logged).toEqual([]);
  container.innerHTML = served.html;

  const backend = seededBackend();
  const queryClient = new QueryClient();
  fromTransport(queryClient, served.transported);
  root = hydrateRoot(container, <AccountSettingsPage adapter={backend.adapter} queryClient={queryClient} variant={variant} />, {
    onRecoverableError: (error) => void reports.recoverable.push(error instanceof Error ? error.message : String(error)),
  });
  return served;
}

/** The page shows the numbers, and its buttons answer: hydration attached the handlers. */
async function expectLivePage(): Promise<void> {
  const page = within(container);
  expect(await page.findByText('+1 201 555 0100')).toBeVisible();
  await userEvent.click(await page.findByRole('button', { name: 'Add phone number' }));
  expect(await page.findByRole('textbox', { name: /Phone number/ })).toBeVisible();
  await userEvent.click(await page.findByRole('button', { name: 'Enable SMS verification' }));
  expect(await page.findByRole('radio', { name: '+1 201 555 0100' })).toBeVisible();
}

function expectNoReports(): void {
  expect(reports).toEqual({ console: [], recoverable: [], uncaught: [] });
}

describe.each<Renderer>(['renderToString', 'renderToReadableStream'])('server-rendered with %s, then hydrated', (renderer) => {
  it('the page with its numbers in the markup (QueryClient data fetched on the server, dehydrated, hydrated)', async () => {
    const served = await serveAndHydrate(renderer, 'seeded', 'account');
    // The server's markup already has the data: nothing shows a loading state.
    expect(served.html).toContain('+1 201 555 0100');
    expect(served.html).toContain('+44 7400 123456');
    await expectLivePage();
    expectNoReports();
  });

  it('the page in its loading state (no data on the server; the client fetches after hydration)', async () => {
    const served = await serveAndHydrate(renderer, 'loading', 'account');
    expect(served.html).not.toContain('+1 201 555 0100');
    await expectLivePage();
    expectNoReports();
  });

  it('a lazily loaded step: the server renders "Loading…", the client has the code already and hydrates all the same', async () => {
    // The code step's code is here before hydration starts (say, preloaded by an earlier page), never on the server.
    await LazyVerifyPhoneNumber.preload();
    const served = await serveAndHydrate(renderer, 'seeded', 'code-step');
    expect(served.html).toContain('Loading…');
    expect(await within(container).findByRole('textbox', { name: 'Verification code' })).toBeVisible();
    await waitFor(() => expect(within(container).queryByText('Loading…')).toBeNull());
    await expectLivePage();
    expectNoReports();
  });
});
