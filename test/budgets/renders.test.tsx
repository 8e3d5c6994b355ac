/**
 * Render budgets, exact, on the real page (both sections over the reference backend): a digit in the code field
 * commits the code field alone; a change to one number re-renders that number's rows alone; 200 numbers arrive in
 * one commit. Which components rendered comes from test/support/renderTracker.ts, checked first on a tiny tree.
 */
import { memo, useState, type ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { getConfig } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { PhoneNumbersSection, SmsTwoFactorSection } from '../../src/components/index.ts';
import type { MemoryBackendOptions } from '../../src/testing/index.ts';
import { createHarness } from '../support/hookHarness.tsx';
import { allRendered, createRenderTracker, describeRendered, frameNamed, type Commit } from '../support/renderTracker.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

type Tracker = ReturnType<typeof createRenderTracker>;

/**
 * Waits for the page to be done: nothing `aria-busy` (the server answered every change), then 50 ms without a
 * commit (TanStack Query notifies on a timer). Outside act, like user-event, so commits happen as in a browser.
 */
async function settle(tracker: Tracker) {
  await waitFor(() => expect(tracker.container.querySelector('[aria-busy="true"]')).toBeNull());
  await getConfig().asyncWrapper(async () => {
    let seen = -1;
    while (seen !== tracker.commits.length) {
      seen = tracker.commits.length;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

const names = (commits: readonly Commit[]) => allRendered(commits).map((c) => c.name);

function countByName(commits: readonly Commit[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of names(commits)) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

/** The keys of the `rowName` rows that rendered themselves or anything inside them. */
function rowsRendered(commits: readonly Commit[], rowName: string): string[] {
  const keys = allRendered(commits).map((c) => frameNamed(c, rowName)?.key);
  return [...new Set(keys.filter((k): k is string => typeof k === 'string'))].sort();
}

function renderPage(options: MemoryBackendOptions) {
  const h = createHarness(server, options);
  const tracker = createRenderTracker();
  const Providers = h.wrapper;
  render(
    tracker.wrap(
      <Providers>
        <PhoneNumbersSection defaultCountry="US" />
        <SmsTwoFactorSection defaultCountry="US" />
      </Providers>,
    ),
    { container: tracker.container },
  );
  return { h, tracker, user: userEvent.setup({ delay: null }) };
}

describe('the tracker', () => {
  // Rerenders its children when its own state changes; `Static` is memoized and skips.
  let bump: () => void = () => undefined;
  let bumpLeaf: () => void = () => undefined;
  function Parent({ children }: { children: ReactNode }) {
    const [count, setCount] = useState(0);
    bump = () => setCount((n) => n + 1);
    return (
      <div data-count={count}>
        <Plain />
        {children}
      </div>
    );
  }
  function Plain() {
    return <span>plain</span>;
  }
  function Leaf() {
    const [count, setCount] = useState(0);
    bumpLeaf = () => setCount((n) => n + 1);
    return <b>{count}</b>;
  }
  const Static = memo(function Static() {
    return <Leaf />;
  });
  function App() {
    const [count, setCount] = useState(0);
    return (
      <Parent>
        <Static />
        <button type="button" onClick={() => setCount(count + 1)}>
          {count}
        </button>
      </Parent>
    );
  }

  it('reports mounts, renders and skips exactly, and not the stale flags of a subtree React did not visit', () => {
    const tracker = createRenderTracker();
    render(tracker.wrap(<App />), { container: tracker.container });
    expect(tracker.take().map((c) => [c.phase, names([c])])).toEqual([['mount', ['App', 'Parent', 'Plain', 'Static', 'Leaf']]]);

    act(() => bump());
    expect(tracker.take().map((c) => names([c]))).toEqual([['Parent', 'Plain']]);

    act(() => bumpLeaf());
    expect(tracker.take().map((c) => names([c]))).toEqual([['Leaf']]);

    // Leaf's fiber still carries PerformedWork from the last commit; Static bails out without cloning it.
    act(() => screen.getByRole('button').click());
    const [commit] = tracker.take();
    expect(names([commit!])).toEqual(['App', 'Parent', 'Plain']);
    expect(commit!.rendered.map(describeRendered)).toEqual(['App', 'App > Parent', 'App > Parent > Plain']);
  });
});

describe('render budgets', () => {
  it('a digit typed in the code field commits the code field and nothing around it', { timeout: 60_000 }, async () => {
    // The countdowns (expiry, resend) and input-otp's password-manager check tick on setInterval: frozen, so a tick
    // cannot land between a keystroke and its count. Timeouts stay real (msw, TanStack Query).
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const pendingCode = { object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 0, expireAt: Date.now() + 600_000 } as const;
    const { h, tracker, user } = renderPage({
      phoneNumbers: [
        { id: 'idn_home', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true, createdAt: 1 },
        { id: 'idn_work', phoneNumber: '+12015550101', verification: pendingCode, code: '424242', createdAt: 2 },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Actions for +1 201 555 0101' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Verify' }));
    const input = await screen.findByRole('textbox', { name: 'Verification code' });
    await waitFor(() => expect(input).toHaveFocus());
    await settle(tracker);
    tracker.take();

    for (const [index, digit] of [...'42424'].entries()) {
      await user.keyboard(digit);
      // input-otp mirrors the caret in a later task; wait for it, so each digit's count is complete.
      await settle(tracker);
      const commits = tracker.take();
      const outside = allRendered(commits).filter((c) => !frameNamed(c, 'CodeField'));
      expect(outside.map(describeRendered), `digit ${index + 1}`).toEqual([]);
      // CodeField once (the digit); input-otp's own input twice (the digit, then the caret it mirrors from
      // `selectionchange`), each with its six boxes. input-otp also sets some state to what it already was: React
      // re-checks that and commits nothing (no component renders), so those commits are not counted.
      expect(countByName(commits), `digit ${index + 1}`).toEqual({ CodeField: 1, Input: 2, Slot: 12 });
      expect(commits.filter((c) => c.rendered.length > 0).map((c) => c.rendered[0]!.name), `digit ${index + 1}`).toEqual(['CodeField', 'Input']);
    }
    expect(input).toHaveValue('42424');

    // The last digit submits: now the step itself renders (verifying, then verified), so the tracker does see it.
    await user.keyboard('2');
    await waitFor(() => expect(h.backend.snapshot().phoneNumbers.find((p) => p.id === 'idn_work')?.verification?.status).toBe('verified'));
    await settle(tracker);
    expect(names(tracker.take())).toContain('VerifyPhoneNumber');
    h.dispose();
  });

  it('a change to one number re-renders that number\'s rows only, in both sections', { timeout: 60_000 }, async () => {
    const pendingCode = { object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 0, expireAt: Date.now() + 600_000 } as const;
    const { h, tracker, user } = renderPage({
      phoneNumbers: [
        { id: 'idn_a', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true, createdAt: 1 },
        { id: 'idn_b', phoneNumber: '+12015550102', verified: true, reservedForSecondFactor: true, createdAt: 2 },
        { id: 'idn_c', phoneNumber: '+12015550103', verification: pendingCode, code: '424242', createdAt: 3 },
        { id: 'idn_d', phoneNumber: '+12015550104', verified: true, createdAt: 4 },
      ],
    });
    const phone = (id: string) => h.backend.snapshot().phoneNumbers.find((p) => p.id === id);
    const rows = (commits: readonly Commit[]) => ({
      phoneNumbersSection: rowsRendered(commits, 'PhoneNumberRow'),
      defaultSecondFactor: rowsRendered(commits, 'NumberRow'),
    });
    const list = await screen.findByRole('list', { name: 'Your phone numbers' });
    await settle(tracker);
    tracker.take();

    // d is used for two-step verification (its switch in DefaultSecondFactor).
    await user.click(within(list).getByRole('switch', { name: /\+1 201 555 0104/ }));
    await waitFor(() => expect(phone('idn_d')?.reservedForSecondFactor).toBe(true));
    await settle(tracker);
    let commits = tracker.take();
    expect(rows(commits)).toEqual({ phoneNumbersSection: ['idn_d'], defaultSecondFactor: ['idn_d'] });
    // The lists themselves do render: they are not memoized, and the tracker sees them.
    expect(names(commits)).toEqual(expect.arrayContaining(['PhoneNumbersList', 'SecondFactorNumbers']));

    // c is verified from its row's menu, as a user does: menu, code step, the code, and back.
    await user.click(screen.getByRole('button', { name: 'Actions for +1 201 555 0103' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Verify' }));
    await user.type(await screen.findByRole('textbox', { name: 'Verification code' }), '424242');
    await waitFor(() => expect(phone('idn_c')?.verification?.status).toBe('verified'));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Verification code' })).toBeNull());
    await settle(tracker);
    commits = tracker.take();
    // Verified, c joins the two-step list (its row renders for the first time).
    expect(rows(commits)).toEqual({ phoneNumbersSection: ['idn_c'], defaultSecondFactor: ['idn_c'] });

    // b becomes the default: the flag moves from a to b, so exactly those two rows render.
    await user.click(screen.getByRole('button', { name: 'Make default +1 201 555 0102' }));
    await waitFor(() => expect(phone('idn_b')?.defaultSecondFactor).toBe(true));
    await settle(tracker);
    commits = tracker.take();
    expect(rows(commits)).toEqual({
      phoneNumbersSection: ['idn_a', 'idn_b'],
      defaultSecondFactor: ['idn_a', 'idn_b'],
    });
    h.dispose();
  });

  it('200 numbers render in one commit once the list arrives, with no follow-up commits', { timeout: 60_000 }, async () => {
    const phoneNumbers = Array.from({ length: 200 }, (_, i) => ({
      id: `idn_${String(i).padStart(3, '0')}`,
      // +1 201 555 01xx and +1 202 555 01xx: fictional and valid for libphonenumber.
      phoneNumber: `+1${i < 100 ? '201' : '202'}55501${String(i % 100).padStart(2, '0')}`,
      verified: true,
      reservedForSecondFactor: i === 0,
      createdAt: i + 1,
    }));
    const { h, tracker } = renderPage({ phoneNumbers });
    await screen.findByRole('list', { name: 'Your phone numbers' });
    await settle(tracker);
    const commits = tracker.take();
    const arrived = commits.findIndex((c) => c.rendered.some((r) => r.name === 'PhoneNumberRow'));
    expect(arrived).toBeGreaterThan(0); // the loading state committed first
    const after = commits.slice(arrived);
    expect(after).toHaveLength(1);
    const count = (name: string) => after[0]!.rendered.filter((r) => r.name === name).length;
    expect({ PhoneNumberRow: count('PhoneNumberRow'), NumberRow: count('NumberRow') }).toEqual({
      PhoneNumberRow: 200,
      NumberRow: 200,
    });
    h.dispose();
  });
});
