/**
 * Host policy in the components: read-only shows the data with no control that changes it, allowAdd/allowRemove
 * take away one control each, a veto's reason shows where the change's error would, "Set as primary" moves the
 * badge at once for one request, and allowedCountries narrows the add form.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { AddPhoneNumber, DefaultSecondFactor, PhoneNumbersSection, SmsTwoFactorSection } from '../../src/components/index.ts';
import type { MemoryBackendOptions } from '../../src/testing/index.ts';
import { TwoStepVerificationSection } from '../../src/two-step.ts';
import { createHarness } from '../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const numbers: MemoryBackendOptions = {
  phoneNumbers: [
    { id: 'idn_a', phoneNumber: '+12015550101', verified: true, primary: true, reservedForSecondFactor: true, createdAt: 1 },
    { id: 'idn_b', phoneNumber: '+12015550102', verified: true, createdAt: 2 },
    { id: 'idn_c', phoneNumber: '+12015550103', verification: null, createdAt: 3 },
  ],
};

const rowOf = (formatted: string) => screen.getAllByText(formatted)[0]!.closest('li')!;

describe('read only', () => {
  it('PhoneNumbersSection shows every number and badge, and no control that changes anything', async () => {
    const h = createHarness(server, numbers, { readOnly: true });
    render(<PhoneNumbersSection primaryPhoneNumberId="idn_a" />, { wrapper: h.wrapper });
    await screen.findByText('+1 201 555 0103');
    expect(within(rowOf('+1 201 555 0101')).getByText('Primary')).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
    h.dispose();
  });

  it("a section's readOnly={false} wins over the provider's", async () => {
    const h = createHarness(server, numbers, { readOnly: true });
    render(<PhoneNumbersSection primaryPhoneNumberId="idn_a" readOnly={false} />, { wrapper: h.wrapper });
    expect(await screen.findByRole('button', { name: 'Add phone number' })).toBeInTheDocument();
    h.dispose();
  });

  it('SmsTwoFactorSection and DefaultSecondFactor show the state; switches are disabled, no buttons act', async () => {
    const h = createHarness(server, numbers);
    render(
      <>
        <SmsTwoFactorSection readOnly />
        <DefaultSecondFactor readOnly />
      </>,
      { wrapper: h.wrapper },
    );
    const switches = await screen.findAllByRole('switch', { name: 'Use +1 201 555 0101 for sign-in codes' });
    for (const control of switches) {
      expect(control).toBeDisabled();
      expect(control).toHaveAttribute('aria-checked', 'true');
    }
    expect(screen.queryByRole('button', { name: 'Disable SMS verification' })).toBeNull();
    expect(screen.queryByRole('button', { name: /backup codes/i })).toBeNull();
    expect(screen.queryByRole('button', { name: /Make default/ })).toBeNull();
    h.dispose();
  });
});

describe('allowAdd and allowRemove', () => {
  it('take away the Add button and the Remove item only', async () => {
    const h = createHarness(server, numbers, { allowAdd: false });
    const user = userEvent.setup();
    render(<PhoneNumbersSection primaryPhoneNumberId="idn_a" allowRemove={false} />, { wrapper: h.wrapper });
    await user.click(await screen.findByRole('button', { name: 'Actions for +1 201 555 0103' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Verify']);
    expect(screen.queryByRole('button', { name: 'Add phone number' })).toBeNull();
    h.dispose();
  });
});

describe('set as primary', () => {
  it('moves the Primary badge at once, costs one request, and announces it', async () => {
    const h = createHarness(server, numbers);
    const user = userEvent.setup();
    render(<PhoneNumbersSection primaryPhoneNumberId="idn_a" />, { wrapper: h.wrapper });
    await screen.findByText('+1 201 555 0102');
    expect(h.takeRequests()).toEqual(['GET /v1/me/phone_numbers']); // the prop costs no account read
    // The answer is held until the badge has been seen to move (returning nothing hands on to the backend).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(http.post(`${h.backend.frontendApiUrl}/v1/me`, async () => void (await held)));
    await user.click(screen.getByRole('button', { name: 'Actions for +1 201 555 0102' }));
    await user.click(screen.getByRole('menuitem', { name: 'Set as primary' }));
    expect(within(rowOf('+1 201 555 0102')).getByText('Primary')).toBeInTheDocument();
    expect(within(rowOf('+1 201 555 0101')).queryByText('Primary')).toBeNull();
    release();
    expect(await screen.findByText('+1 201 555 0102 is now your primary phone number')).toBeInTheDocument();
    expect(h.takeRequests()).toEqual(['PATCH /v1/me']);
    expect(h.backend.snapshot().primaryPhoneNumberId).toBe('idn_b');
    // The answer is the account: the primary number's menu no longer offers it.
    await user.click(screen.getByRole('button', { name: 'Actions for +1 201 555 0102' }));
    expect(screen.queryByRole('menuitem', { name: 'Set as primary' })).toBeNull();
    h.dispose();
  });

  it('without the prop, reads the account once (2 requests for the list view) and marks its primary', async () => {
    const h = createHarness(server, numbers);
    render(<PhoneNumbersSection />, { wrapper: h.wrapper });
    await waitFor(() => expect(within(rowOf('+1 201 555 0101')).getByText('Primary')).toBeInTheDocument());
    expect(h.takeRequests().sort()).toEqual(['GET /v1/me', 'GET /v1/me/phone_numbers']);
    h.dispose();
  });

  it('a refusal puts the badge back where it was and says why under the row', async () => {
    const h = createHarness(server, numbers);
    const user = userEvent.setup();
    render(<PhoneNumbersSection primaryPhoneNumberId="idn_a" />, { wrapper: h.wrapper });
    await screen.findByText('+1 201 555 0102');
    server.use(http.patch(`${h.backend.frontendApiUrl}/v1/me`, () => HttpResponse.error()), http.post(`${h.backend.frontendApiUrl}/v1/me`, () => HttpResponse.error()));
    await user.click(screen.getByRole('button', { name: 'Actions for +1 201 555 0102' }));
    await user.click(screen.getByRole('menuitem', { name: 'Set as primary' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('+1 201 555 0102 could not be made your primary number. You appear to be offline.');
    expect(within(rowOf('+1 201 555 0101')).getByText('Primary')).toBeInTheDocument();
    expect(within(rowOf('+1 201 555 0102')).queryByText('Primary')).toBeNull();
    h.dispose();
  });
});

describe('onBeforeAction', () => {
  it("a section's veto reason shows under the row, and nothing is sent", async () => {
    const onBeforeAction = vi.fn(() => Promise.resolve('Ask your administrator to remove numbers.'));
    const h = createHarness(server, numbers);
    const user = userEvent.setup();
    render(<PhoneNumbersSection primaryPhoneNumberId="idn_a" onBeforeAction={onBeforeAction} />, { wrapper: h.wrapper });
    await screen.findByText('+1 201 555 0102');
    h.takeRequests();
    await user.click(screen.getByRole('button', { name: 'Actions for +1 201 555 0102' }));
    await user.click(screen.getByRole('menuitem', { name: 'Remove' }));
    const confirm = await screen.findByRole('region', { name: 'Remove phone number' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('+1 201 555 0102 could not be removed. Ask your administrator to remove numbers.');
    expect(onBeforeAction).toHaveBeenCalledWith({ operation: 'removePhoneNumber', phoneNumberId: 'idn_b' });
    expect(h.takeRequests()).toEqual([]);
    expect(h.backend.snapshot().phoneNumbers).toHaveLength(3);
    h.dispose();
  });
});

describe('allowedCountries', () => {
  it('the picker offers only the allowed countries, without International', async () => {
    const h = createHarness(server, {});
    render(<AddPhoneNumber allowedCountries={['US', 'CA']} defaultCountry="DE" />, { wrapper: h.wrapper });
    const picker = await screen.findByRole('combobox', { name: 'Country' });
    expect(within(picker).getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual(['CA', 'US']);
    // A default outside the list gives way to the first allowed country.
    expect(picker).toHaveValue('US');
    h.dispose();
  });

  it('a pasted number from elsewhere is named at once, kept as typed, and never sent', async () => {
    const h = createHarness(server, {});
    const user = userEvent.setup();
    render(<AddPhoneNumber allowedCountries={['US', 'CA']} defaultCountry="US" />, { wrapper: h.wrapper });
    const input = await screen.findByRole('textbox', { name: 'Phone number' });
    h.takeRequests();
    await user.click(input);
    await user.paste('+49 1512 3456789');
    const message = 'Only numbers from United States or Canada can be added. Enter a number from one of these countries.';
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(input).toHaveValue('+49 1512 3456789');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    await user.click(screen.getByRole('button', { name: 'Add phone number' }));
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(input).toHaveValue('+49 1512 3456789');
    expect(h.takeRequests()).toEqual([]);
    h.dispose();
  });

  it('an allowed number goes through', async () => {
    const h = createHarness(server, {});
    const user = userEvent.setup();
    render(<AddPhoneNumber allowedCountries={['US', 'CA']} defaultCountry="CA" />, { wrapper: h.wrapper });
    await user.type(await screen.findByRole('textbox', { name: 'Phone number' }), '4165550123{Enter}');
    await waitFor(() => expect(h.takeRequests()).toContain('POST /v1/me/phone_numbers'));
    h.dispose();
  });
});

describe('factors', () => {
  it("the provider's factors reach TwoStepVerificationSection; the section's own prop wins", async () => {
    const seed = { totpEnabled: true, phoneNumbers: [{ id: 'idn_a', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true }] };
    const headings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    const h = createHarness(server, seed, { factors: ['sms'] });
    const view = render(<TwoStepVerificationSection />, { wrapper: h.wrapper });
    await waitFor(() => expect(headings()).toEqual(['Text message (SMS)']));
    view.unmount();
    h.dispose();

    const own = createHarness(server, seed, { factors: ['sms'] });
    render(<TwoStepVerificationSection factors={['totp', 'sms']} />, { wrapper: own.wrapper });
    await waitFor(() => expect(headings()).toEqual(['Authenticator app Used first', 'Text message (SMS)']));
    own.dispose();
  });
});
