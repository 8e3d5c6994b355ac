/** DefaultSecondFactor edge cases the stories do not walk: disabled radios, rollback after 500, the default's heir. */
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

describe('default number radios', () => {
  it('offers verified numbers only, and disables the ones not used for two-step verification with the reason', async () => {
    await setup({ phoneNumbers: Object.values(numbers) });
    const group = screen.getByRole('group', { name: 'Default number for sign-in codes' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['idn_a', 'idn_b', 'idn_c']);
    expect(within(group).getByRole('radio', { name: '+1 201 555 0101' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: '+1 201 555 0102' })).toBeEnabled();
    const c = within(group).getByRole('radio', { name: '+1 201 555 0103' });
    expect(c).toBeDisabled();
    expect(c).toHaveAccessibleDescription('Turn on two-step verification for this number to make it the default.');
    expect(within(group).queryByRole('radio', { name: '+1 201 555 0104' })).toBeNull();
  });

  it('rolls the choice back when the server answers 500', async () => {
    const { h, user, onChange } = await setup({ phoneNumbers: [numbers.a, numbers.b] });
    server.use(http.post(`${h.backend.frontendApiUrl}/v1/me/phone_numbers/:id`, serverError));
    await user.click(screen.getByRole('radio', { name: '+1 201 555 0102' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not change +1 201 555 0102. The server could not complete the request. Please try again later.',
    );
    await waitFor(() => expect(screen.getByRole('radio', { name: '+1 201 555 0101' })).toBeChecked());
    expect(screen.getByRole('radio', { name: '+1 201 555 0102' })).not.toBeChecked();
    expect(onChange).not.toHaveBeenCalled();
    expect(h.backend.snapshot().phoneNumbers.find((p) => p.defaultSecondFactor)?.id).toBe('idn_a');
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
    await waitFor(() => expect(screen.getByRole('radio', { name: '+1 201 555 0102' })).toBeChecked());
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

  it('lists unverified numbers with the reason and no control', async () => {
    await setup({ phoneNumbers: [numbers.d] });
    const row = screen.getByText('+1 201 555 0104').closest('li')!;
    expect(row).toHaveTextContent('Verify this number first.');
    expect(within(row).queryByRole('switch')).toBeNull();
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByText('Two-step verification by text message is off.')).toBeVisible();
  });
});
