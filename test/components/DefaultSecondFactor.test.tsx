/** DefaultSecondFactor edge cases the stories do not walk: one list, "Make default" and its rollback after 500, the default's heir. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { DefaultSecondFactor } from '../../src/components/DefaultSecondFactor/DefaultSecondFactor.tsx';
import { useBackupCodes } from '../../src/hooks/index.ts';
import type { MemoryBackendOptions } from '../../src/testing/index.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const harnesses: ReturnType<typeof createHarness>[] = [];
afterEach(() => harnesses.splice(0).forEach((h) => h.dispose()));

const numbers = {
  a: { id: 'idn_a', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true, createdAt: 1 },
  b: { id: 'idn_b', phoneNumber: '+12015550102', verified: true, reservedForSecondFactor: true, createdAt: 2 },
  c: { id: 'idn_c', phoneNumber: '+12015550103', verified: true, createdAt: 3 },
  d: { id: 'idn_d', phoneNumber: '+12015550104', createdAt: 4 },
};

async function setup(options: MemoryBackendOptions, onChange = vi.fn()) {
  const h = createHarness(server, options);
  harnesses.push(h);
  const user = userEvent.setup();
  render(<DefaultSecondFactor onChange={onChange} />, { wrapper: h.wrapper });
  await screen.findByRole('list', { name: 'Your phone numbers' });
  return { h, user, onChange };
}

const serverError = () =>
  HttpResponse.json({ errors: [{ code: 'internal_clerk_error', message: 'Oops', long_message: 'Oops' }] }, { status: 500 });

describe('one list of the verified numbers', () => {
  it('lists verified numbers only, each with its switch, and the default badge or "Make default" on the ones in use', async () => {
    await setup({ phoneNumbers: Object.values(numbers) });
    const list = screen.getByRole('list', { name: 'Your phone numbers' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.pnk-phone-number')?.textContent)).toEqual(['+1 201 555 0101', '+1 201 555 0102', '+1 201 555 0103']);
    expect(within(rows[0]!).getByText('Default for sign-in codes')).toBeVisible();
    expect(within(rows[0]!).queryByRole('button', { name: /Make default/ })).toBeNull();
    expect(within(rows[1]!).getByRole('button', { name: 'Make default +1 201 555 0102' })).toBeVisible();
    // Not in use for sign-in codes: nothing to make the default.
    expect(within(rows[2]!).queryByRole('button', { name: /Make default/ })).toBeNull();
    expect(within(list).getByRole('switch', { name: 'Use +1 201 555 0103 for sign-in codes' })).toHaveAttribute('aria-checked', 'false');
    // No radio group beside the list, no On/Off word beside the switches; the unverified number is left out, with a line.
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryByText(/^(On|Off)$/)).toBeNull();
    expect(screen.queryByText('+1 201 555 0104')).toBeNull();
    expect(screen.getByText(/Numbers you have not verified yet are not listed/)).toBeVisible();
  });

  it('"Make default" moves the badge, keeps focus on that row, and rolls back when the server answers 500', async () => {
    const { h, user, onChange } = await setup({ phoneNumbers: [numbers.a, numbers.b] });
    server.use(http.post(`${h.backend.frontendApiUrl}/v1/me/phone_numbers/:id`, serverError, { once: true }));
    await user.click(screen.getByRole('button', { name: 'Make default +1 201 555 0102' }));
    expect(screen.getByRole('switch', { name: 'Use +1 201 555 0102 for sign-in codes' })).toHaveFocus();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not change +1 201 555 0102. The server could not complete the request. Please try again later.',
    );
    const badgeRow = () => screen.getByText('Default for sign-in codes').closest('li')?.querySelector('.pnk-phone-number')?.textContent;
    await waitFor(() => expect(badgeRow()).toBe('+1 201 555 0101'));
    expect(onChange).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Make default +1 201 555 0102' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('+1 201 555 0102 is now your default number for sign-in codes.'));
    expect(badgeRow()).toBe('+1 201 555 0102');
    expect(screen.getByRole('button', { name: 'Make default +1 201 555 0101' })).toBeVisible();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(h.backend.snapshot().phoneNumbers.find((p) => p.defaultSecondFactor)?.id).toBe('idn_b');
  });
});

describe('two-step switches', () => {
  it('rolls a switch back when the server answers 500, and a later success clears the error', async () => {
    const { h, user, onChange } = await setup({ phoneNumbers: [numbers.a, numbers.c] });
    server.use(http.post(`${h.backend.frontendApiUrl}/v1/me/phone_numbers/:id`, serverError, { once: true }));
    const toggle = screen.getByRole('switch', { name: /\+1 201 555 0103/ });
    await user.click(toggle);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not change \+1 201 555 0103/);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'false'));
    expect(toggle.closest('li')).toHaveAttribute('data-state', 'idle');
    expect(toggle.closest('li')).not.toHaveAttribute('aria-busy');

    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'true'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(h.backend.snapshot().phoneNumbers.find((p) => p.id === 'idn_c')?.reservedForSecondFactor).toBe(true);
  });

  it('warns before turning off the default, naming the number that takes over', async () => {
    const { h, user } = await setup({ phoneNumbers: [numbers.a, numbers.b, numbers.c] });
    const toggle = screen.getByRole('switch', { name: /\+1 201 555 0101/ });
    await user.click(toggle);
    const panel = screen.getByRole('region', { name: 'Stop using your default number?' });
    expect(panel).toHaveTextContent('+1 201 555 0101 is your default number for sign-in codes. Codes will go to +1 201 555 0102 instead.');
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    await user.click(within(panel).getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'false'));
    expect(toggle).toHaveFocus();
    await waitFor(() => expect(screen.getByText('Default for sign-in codes').closest('li')).toHaveTextContent('+1 201 555 0102'));
    expect(h.backend.snapshot().phoneNumbers.find((p) => p.defaultSecondFactor)?.id).toBe('idn_b');
  });

  it('turns off a number that is neither the last nor the default without asking', async () => {
    const { h, user } = await setup({ phoneNumbers: [numbers.a, numbers.b] });
    const toggle = screen.getByRole('switch', { name: /\+1 201 555 0102/ });
    await user.click(toggle);
    expect(document.querySelector('.pnk-confirm')).toBeNull();
    await waitFor(() => expect(h.backend.snapshot().phoneNumbers.find((p) => p.id === 'idn_b')?.reservedForSecondFactor).toBe(false));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Two-step verification turned off for +1 201 555 0102.'));
  });

  it('hands the first reservation’s backup codes to useBackupCodes, not to the screen', async () => {
    const h = createHarness(server, { phoneNumbers: [numbers.c] });
    harnesses.push(h);
    const user = userEvent.setup();
    const seen: (readonly string[] | null)[] = [];
    function CodesProbe() {
      seen.push(useBackupCodes().codes);
      return null;
    }
    render(
      <>
        <DefaultSecondFactor />
        <CodesProbe />
      </>,
      { wrapper: h.wrapper },
    );
    await user.click(await screen.findByRole('switch', { name: /\+1 201 555 0103/ }));
    await waitFor(() => expect(seen.at(-1)).toEqual(h.backend.snapshot().backupCodes?.codes));
    expect(seen.at(-1)).toHaveLength(10);
    for (const code of seen.at(-1)!) expect(screen.queryByText(code)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Two-step verification turned on for +1 201 555 0103.');
  });

  it('with unverified numbers only: no list, one line on verifying, and the off status', async () => {
    const h = createHarness(server, { phoneNumbers: [numbers.d] });
    harnesses.push(h);
    render(<DefaultSecondFactor />, { wrapper: h.wrapper });
    expect(await screen.findByText(/Numbers you have not verified yet are not listed/)).toBeVisible();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.getByText('Two-step verification by text message is off.')).toBeVisible();
  });
});
