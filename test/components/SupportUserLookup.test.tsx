/** SupportUserLookup: what it sends, what it keeps when the number is refused, and each result state. */
import { afterEach, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SupportUserLookup } from '../../src/components/SupportUserLookup/SupportUserLookup.tsx';
import { es } from '../../src/i18n/locales/es.ts';
import { adminPhoneNumber, adminUser } from '../support/fakeSupportServer.ts';
import { createSupportHarness } from '../support/supportHarness.tsx';

const ada = adminUser({ phoneNumbers: [adminPhoneNumber({ phoneNumber: '+12015550123' })] });
let harness: ReturnType<typeof createSupportHarness>;
afterEach(() => harness.dispose());

function renderLookup(localization?: Parameters<typeof createSupportHarness>[1]) {
  harness = createSupportHarness({ users: [ada] }, localization);
  const onSelect = vi.fn();
  const view = render(<SupportUserLookup onSelect={onSelect} />, { wrapper: harness.wrapper });
  return { onSelect, view, user: userEvent.setup() };
}

it('finds the user by a number typed with spaces and opens them by keyboard: one request', async () => {
  const { onSelect, view, user } = renderLookup();
  expect(view.container.firstElementChild).toHaveAttribute('data-state', 'idle');
  await user.type(screen.getByLabelText('Phone number'), '+1 201-555 0123{Enter}');
  expect(await screen.findByText('1 user found.')).toBeInTheDocument();
  const results = screen.getByRole('list', { name: 'Users with +1 201 555 0123' });
  expect(within(results).getByText('ada@example.com · user_ada')).toBeInTheDocument();
  expect(view.container.firstElementChild).toHaveAttribute('data-state', 'found');
  // Past Search to the one result.
  await user.tab();
  await user.tab();
  expect(screen.getByRole('button', { name: 'Open Ada Lovelace' })).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'user_ada' }));
  expect(harness.server.takeRequests()).toEqual(['GET /users?phoneNumber=%2B12015550123']);
});

it('says so when nobody holds the number', async () => {
  const { view, user } = renderLookup();
  await user.type(screen.getByLabelText('Phone number'), '0044 7400 123456{Enter}');
  await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No user has +44 7400 123456.'), { timeout: 10_000 });
  expect(view.container.firstElementChild).toHaveAttribute('data-state', 'not-found');
});

it('refuses a number without a country code, keeps what was typed, and sends nothing', async () => {
  const { user } = renderLookup();
  const input = screen.getByLabelText('Phone number');
  await user.type(input, '201 555 0123{Enter}');
  expect(input).toHaveAccessibleDescription(/Enter the number with \+ and the country code/);
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveValue('201 555 0123');
  expect(input).toHaveFocus();
  expect(harness.server.takeRequests()).toEqual([]);
});

it("shows the handler's refusal in the agent's language", async () => {
  const { user } = renderLookup({ locale: 'es', messages: es });
  harness.server.answerNextWith(new Response(JSON.stringify({ error: { code: 'forbidden', message: 'no' } }), { status: 403 }));
  await user.type(screen.getByLabelText('Número de teléfono'), '+12015550123{Enter}');
  expect(await screen.findByRole('alert')).toHaveTextContent('La búsqueda falló. No tienes permiso para hacer este cambio.');
});
