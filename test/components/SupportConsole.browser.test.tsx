/**
 * The support console in Chromium, from the keyboard, over the real stack: the support adapter, the admin handler of
 * `phone-number-kit/server` (run in the page, as the two-sided demo does) and the reference backend's Backend API.
 * An agent finds the caller by number, verifies the caller by a code texted to their primary phone, then marks the
 * caller's other number verified after the confirmation; the user's side (the backend) sees it. One request per
 * step, and axe passes along the way.
 */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryBackend } from '../../src/testing/index.ts';
import { assertNoAxeViolations } from '../../.storybook/axe.ts';
import { DemoSupportProvider, demoSupportFetch } from '../../stories/support/supportConsole.tsx';
import { SupportConsoleDemo } from '../../stories/support/SupportConsoleDemo.tsx';

afterEach(cleanup);

/** Presses Tab until `target` has focus (at most `limit` presses). */
async function tabTo(target: HTMLElement, limit = 40) {
  for (let i = 0; i < limit && document.activeElement !== target; i++) await userEvent.keyboard('{Tab}');
  expect(target).toHaveFocus();
}

it('lookup → verify the caller → mark their other number verified, by keyboard, one request per step', async () => {
  const backend = createMemoryBackend({
    code: '424242',
    phoneNumbers: [
      { id: 'idn_home', phoneNumber: '+12015550100', verified: true, primary: true, createdAt: 1 },
      { id: 'idn_work', phoneNumber: '+447400123456', verified: false, createdAt: 2 },
    ],
  });
  const handlerFetch = demoSupportFetch(backend);
  const requests: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    requests.push(`${init?.method ?? 'GET'} ${String(input).replace(/^.*phone-number-admin/, '')}`);
    return handlerFetch(input, init);
  };
  const { container } = render(
    <DemoSupportProvider fetch={fetch}>
      <SupportConsoleDemo />
    </DemoSupportProvider>,
  );

  // Find the caller by the number they give.
  await tabTo(screen.getByLabelText('Phone number'));
  await userEvent.keyboard('+44 7400 123456{Enter}');
  await screen.findByText('1 user found.', undefined, { timeout: 10_000 });
  await assertNoAxeViolations(container);
  await tabTo(screen.getByRole('button', { name: 'Open Ada Lovelace' }));
  await userEvent.keyboard('{Enter}');
  expect(requests.splice(0)).toEqual(['GET /users?phoneNumber=%2B447400123456']);

  // Verify the caller: a code to their primary phone, which they read back.
  const send = await screen.findByRole('button', { name: 'Send code' }, { timeout: 10_000 });
  expect(screen.getByRole('radio', { name: /\+1 201 555 0100/ })).toBeChecked();
  await tabTo(send);
  await userEvent.keyboard('{Enter}');
  const code = await screen.findByLabelText('Code the caller reads', undefined, { timeout: 10_000 });
  await waitFor(() => expect(code).toHaveFocus());
  await assertNoAxeViolations(container);
  await userEvent.keyboard('111111{Enter}');
  expect(await screen.findByText('That code is wrong.', undefined, { timeout: 10_000 })).toBeInTheDocument();
  await userEvent.keyboard('424242{Enter}');
  expect(await screen.findByText(/Caller verified/, undefined, { timeout: 10_000 })).toHaveTextContent('Caller verified: they hold +1 201 555 0100.');
  expect(requests.splice(0)).toEqual(['POST /phone_numbers/idn_home/send_code', 'POST /phone_numbers/idn_home/check_code', 'POST /phone_numbers/idn_home/check_code']);

  // Mark the other number verified, after the confirmation naming the user and the number.
  const group = screen.getByRole('group', { name: 'Changes to +44 7400 123456' });
  await tabTo(within(group).getByRole('button', { name: 'Mark verified' }));
  await userEvent.keyboard('{Enter}');
  const title = screen.getByRole('heading', { name: 'Mark +44 7400 123456 verified for Ada Lovelace?' });
  await waitFor(() => expect(title).toHaveFocus());
  await assertNoAxeViolations(container);
  expect(requests).toEqual([]);
  const confirm = within(title.closest('section')!).getByRole('button', { name: 'Mark verified' });
  await tabTo(confirm);
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(backend.snapshot().phoneNumbers.find((p) => p.id === 'idn_work')?.verification?.status).toBe('verified'), { timeout: 10_000 });
  await waitFor(() => expect(screen.getAllByRole('status').some((s) => s.textContent === '+44 7400 123456 is verified.')).toBe(true));
  expect(requests.splice(0)).toEqual(['PATCH /phone_numbers/idn_work']);
  await assertNoAxeViolations(container);
});
