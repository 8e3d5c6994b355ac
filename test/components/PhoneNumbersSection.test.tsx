/**
 * PhoneNumbersSection edges the stories do not walk: heading level, the Primary badge, one inline card at a time,
 * where focus goes when a card closes, recovery from a failed list, repeated announcements. Which removal warnings
 * apply is a model rule (test/model/secondFactor.test.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { PhoneNumbersSection } from '../../src/components/PhoneNumbersSection/PhoneNumbersSection.tsx';
import type { MemoryBackendOptions } from '../../src/testing/index.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const three: MemoryBackendOptions = {
  phoneNumbers: [
    { id: 'idn_a', phoneNumber: '+12015550101', verified: true, createdAt: 1 },
    { id: 'idn_b', phoneNumber: '+12015550102', verified: true, createdAt: 2 },
    { id: 'idn_c', phoneNumber: '+12015550103', verified: true, createdAt: 3 },
  ],
};

async function renderSection(options: MemoryBackendOptions = three, props: Parameters<typeof PhoneNumbersSection>[0] = {}) {
  const h = createHarness(server, options);
  const user = userEvent.setup();
  const view = render(<PhoneNumbersSection defaultCountry="US" {...props} />, { wrapper: h.wrapper });
  return { h, user, view };
}

const trigger = (formatted: string) => screen.getByRole('button', { name: `Actions for ${formatted}` });
const removePanel = () => screen.queryByRole('region', { name: 'Remove phone number' });

async function openRemove(user: ReturnType<typeof userEvent.setup>, formatted: string) {
  await user.click(await screen.findByRole('button', { name: `Actions for ${formatted}` }));
  await user.click(screen.getByRole('menuitem', { name: 'Remove' }));
  return screen.findByRole('region', { name: 'Remove phone number' });
}

describe('PhoneNumbersSection', () => {
  it('renders its heading at level 2 by default and at level 3 on request', async () => {
    const first = await renderSection();
    expect(await screen.findByRole('heading', { level: 2, name: 'Phone numbers' })).toBeInTheDocument();
    first.view.unmount();
    first.h.dispose();

    const second = await renderSection(three, { headingLevel: 3 });
    expect(await screen.findByRole('heading', { level: 3, name: 'Phone numbers' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    second.h.dispose();
  });

  it('marks only the number named by primaryPhoneNumberId as Primary', async () => {
    const { h } = await renderSection(three, { primaryPhoneNumberId: 'idn_b', className: 'custom' });
    await screen.findByText('+1 201 555 0102');
    expect(screen.getAllByText('Primary')).toHaveLength(1);
    const row = screen.getAllByText('+1 201 555 0102')[0]!.closest('li')!;
    expect(within(row).getByText('Primary')).toBeInTheDocument();
    expect(row).toHaveAttribute('data-phone-number-id', 'idn_b');
    expect(screen.getByRole('region', { name: 'Phone numbers' })).toHaveClass('pnk', 'pnk-phone-numbers-section', 'custom');
    h.dispose();
  });

  it('is a card: heading, one-line description, and the Add button under the list', async () => {
    const { h } = await renderSection();
    const section = screen.getByRole('region', { name: 'Phone numbers' });
    expect(section).toHaveClass('pnk-card');
    expect(within(section).getByText('Numbers you use to sign in and to receive codes.')).toBeInTheDocument();
    const list = await within(section).findByRole('list', { name: 'Phone numbers' });
    const add = within(section).getByRole('button', { name: 'Add phone number' });
    expect(list.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    h.dispose();
  });

  it('lists the primary number first, with one badge vocabulary and an icon menu named after the number', async () => {
    const { h } = await renderSection(
      {
        phoneNumbers: [
          { id: 'idn_default', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true, createdAt: 1 },
          { id: 'idn_two_step', phoneNumber: '+12015550102', verified: true, reservedForSecondFactor: true, createdAt: 2 },
          { id: 'idn_primary', phoneNumber: '+12015550100', verified: true, createdAt: 3 },
          { id: 'idn_new', phoneNumber: '+12015550109', verified: false, createdAt: 4 },
        ],
      },
      { primaryPhoneNumberId: 'idn_primary' },
    );
    const list = await screen.findByRole('list', { name: 'Phone numbers' });
    const rows = within(list).getAllByRole('listitem');
    const menuNames = rows.map((row) => within(row).getAllByRole('button')[0]!.getAttribute('aria-label'));
    expect(menuNames).toEqual(['Actions for +1 201 555 0100', 'Actions for +1 201 555 0101', 'Actions for +1 201 555 0102', 'Actions for +1 201 555 0109']);
    expect(within(rows[0]!).getByText('Primary')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Default for sign-in codes')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('Unverified')).toBeInTheDocument();
    // Two-step use is the two-step section's business: no such badge in the phone list.
    expect(within(list).queryByText('Two-step')).toBeNull();
    // The menu button shows an icon only; its name comes from the label.
    for (const row of rows) expect(within(row).getByRole('button', { name: /^Actions for / })).toHaveTextContent(/^$/);
    h.dispose();
  });

  it('keeps only one inline card open at a time', async () => {
    const { h, user } = await renderSection();
    await openRemove(user, '+1 201 555 0101');
    // The number also appears, isolated, in the confirmation sentence; the row's own copy is the list item's.
    expect(screen.getAllByText('+1 201 555 0101')[0]!.closest('li')).toHaveAttribute('data-state', 'removing');

    // Another row's Remove replaces the first card.
    await openRemove(user, '+1 201 555 0102');
    expect(screen.getAllByRole('region', { name: 'Remove phone number' })).toHaveLength(1);
    expect(screen.getAllByText('+1 201 555 0101')[0]!.closest('li')).toHaveAttribute('data-state', 'idle');
    expect(screen.getAllByText('+1 201 555 0102')[0]!.closest('li')).toContainElement(removePanel());

    // Add replaces the removal card, and the removal card replaces Add.
    await user.click(screen.getByRole('button', { name: 'Add phone number' }));
    expect(await screen.findByLabelText('Phone number')).toBeInTheDocument();
    expect(removePanel()).toBeNull();
    await openRemove(user, '+1 201 555 0103');
    expect(screen.queryByLabelText('Phone number')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add phone number' })).toBeInTheDocument();
    h.dispose();
  });

  it('returns focus to the row menu on Cancel and to the Add button when the add card closes', async () => {
    const { h, user } = await renderSection();
    const panel = await openRemove(user, '+1 201 555 0102');
    await waitFor(() => expect(within(panel).getByRole('heading', { name: 'Remove phone number' })).toHaveFocus());
    await user.click(within(panel).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(trigger('+1 201 555 0102')).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Add phone number' }));
    await waitFor(() => expect(screen.getByLabelText('Phone number')).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add phone number' })).toHaveFocus());
    h.dispose();
  });

  it('moves focus to the heading when a number is removed, and announces each removal', async () => {
    const { h, user } = await renderSection();
    let panel = await openRemove(user, '+1 201 555 0101');
    await user.click(within(panel).getByRole('button', { name: 'Remove' }));
    expect(screen.getByRole('heading', { name: 'Phone numbers' })).toHaveFocus();
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Phone number removed'));
    expect(screen.queryByText('+1 201 555 0101')).toBeNull();

    // Opening the next card clears the message, so the second removal is announced again.
    panel = await openRemove(user, '+1 201 555 0102');
    expect(status).toHaveTextContent('');
    await user.click(within(panel).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(status).toHaveTextContent('Phone number removed'));
    expect(h.backend.snapshot().phoneNumbers.map((p) => p.id)).toEqual(['idn_c']);
    h.dispose();
  });

  it('shows the empty state once the last number is removed', async () => {
    const { h, user } = await renderSection({ phoneNumbers: [{ phoneNumber: '+12015550101', verified: true }] });
    const panel = await openRemove(user, '+1 201 555 0101');
    expect(panel).toHaveTextContent('You will no longer be able to sign in with this phone number.');
    await user.click(within(panel).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('No phone numbers yet')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Phone numbers' })).toHaveAttribute('data-state', 'empty');
    h.dispose();
  });

  it('recovers from a failed list with Try again and gives focus to the heading', async () => {
    const h = createHarness(server, three);
    server.use(http.get(`${h.backend.frontendApiUrl}/v1/me/phone_numbers`, () => HttpResponse.error(), { once: true }));
    const user = userEvent.setup();
    render(<PhoneNumbersSection />, { wrapper: h.wrapper });
    expect(await screen.findByRole('alert')).toHaveTextContent('You appear to be offline.');
    expect(screen.queryByRole('button', { name: 'Add phone number' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('+1 201 555 0101')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Phone numbers' })).toHaveFocus());
    expect(screen.getByRole('region', { name: 'Phone numbers' })).toHaveAttribute('data-state', 'ready');
    h.dispose();
  });

  it('a failed re-read of an empty list keeps the open add form and what was typed', async () => {
    const h = createHarness(server);
    const user = userEvent.setup();
    render(<PhoneNumbersSection defaultCountry="US" />, { wrapper: h.wrapper });
    await user.click(await screen.findByRole('button', { name: 'Add phone number' }));
    const field = await screen.findByRole('textbox', { name: 'Phone number' });
    await user.type(field, '2015550123');
    server.use(http.get(`${h.backend.frontendApiUrl}/v1/me/phone_numbers`, () => HttpResponse.error(), { once: true }));
    await act(() => h.queryClient.refetchQueries());
    expect(await screen.findByRole('alert')).toHaveTextContent('You appear to be offline.');
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toHaveValue('+1 201 555 0123');
    expect(screen.getByRole('region', { name: 'Phone numbers' })).toHaveAttribute('data-state', 'empty');
    h.dispose();
  });

  it('offers Verify only for numbers that are not verified, and Set as primary only for verified ones', async () => {
    const { h, user } = await renderSection({
      phoneNumbers: [
        { phoneNumber: '+12015550101', verified: true },
        { phoneNumber: '+12015550102', verification: null },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Actions for +1 201 555 0101' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Set as primary', 'Remove']);
    await user.keyboard('{Escape}');
    await user.click(trigger('+1 201 555 0102'));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Verify', 'Remove']);
    expect(screen.getAllByText('+1 201 555 0102')[0]!.closest('li')).toHaveAttribute('data-verification', 'none');
    h.dispose();
  });
});
