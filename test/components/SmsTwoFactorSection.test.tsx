/**
 * SmsTwoFactorSection edges the stories do not walk: where focus goes at each wizard step, an unverified number
 * verified before it is reserved, no backup-codes step when another second factor exists, disabling that stops
 * at the first failure, recovery from a failed list, and turning off from the per-number switch.
 */
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { SmsTwoFactorSection, type SmsTwoFactorSectionProps } from '../../src/components/SmsTwoFactorSection/SmsTwoFactorSection.tsx';
import type { MemoryBackendOptions } from '../../src/testing/index.ts';
import { createHarness } from '../support/hookHarness.tsx';
import { serveForThisFile } from '../support/mswServer.ts';
import { sentence } from '../../stories/support/sentence.ts';

const server = serveForThisFile();


function renderSection(options: MemoryBackendOptions = {}, props: SmsTwoFactorSectionProps = {}) {
  const h = createHarness(server, options);
  const user = userEvent.setup();
  const view = render(<SmsTwoFactorSection defaultCountry="US" {...props} />, { wrapper: h.wrapper });
  const root = () => view.container.querySelector<HTMLElement>('.pnk-sms-two-factor-section')!;
  const wizard = () => view.container.querySelector<HTMLElement>('.pnk-sms-two-factor-section__wizard');
  return { h, user, view, root, wizard };
}

/**
 * Holds the server's answers to changes of a number (PATCH, tunnelled as POST) until the returned `release` is
 * called, so a test sees the waiting state for as long as it needs, however slow the machine.
 */
function holdNumberChanges(h: ReturnType<typeof createHarness>): () => void {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  // Answers nothing itself: once released, the backend's own handler answers.
  const hold = async () => {
    await released;
    return undefined;
  };
  const url = `${h.backend.frontendApiUrl}/v1/me/phone_numbers/:id`;
  server.use(http.post(url, hold), http.patch(url, hold));
  return release;
}

const enableButton = () => screen.findByRole('button', { name: 'Enable SMS verification' });
const reservedIds = (h: ReturnType<typeof createHarness>) =>
  h.backend
    .snapshot()
    .phoneNumbers.filter((p) => p.reservedForSecondFactor)
    .map((p) => p.id)
    .sort();

describe('SmsTwoFactorSection', () => {
  it('moves focus to each step as it opens, and back to Enable on Cancel', async () => {
    const { h, user, wizard } = renderSection({ phoneNumbers: [{ id: 'idn_a', phoneNumber: '+12015550100', verified: true }] });

    await user.click(await enableButton());
    await waitFor(() => expect(screen.getByRole('radio', { name: '+1 201 555 0100' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Enable SMS verification' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Enable SMS verification' })).toHaveFocus());
    expect(wizard()).toBeNull();

    // Again, to the end: the progress line while reserving, then the backup codes' heading.
    const release = holdNumberChanges(h);
    await user.click(screen.getByRole('button', { name: 'Enable SMS verification' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(wizard()).toHaveAttribute('data-step', 'reserving');
    await waitFor(() => expect(screen.getByText('Turning on SMS verification…')).toHaveFocus());
    release();
    const heading = await screen.findByRole('heading', { name: 'Save your backup codes' });
    expect(heading).toHaveFocus();
    expect(wizard()).toHaveAttribute('data-step', 'backup-codes');
  });

  it('"Use a new phone number" opens the add step with focus in its field; Cancel there returns to Enable', async () => {
    const { user, wizard } = renderSection({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }] });
    await user.click(await enableButton());
    expect(wizard()).toHaveAttribute('data-step', 'choose');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Use a new phone number' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(wizard()).toHaveAttribute('data-step', 'add');
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Phone number/ })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Enable SMS verification' })).toHaveFocus());
  });

  it('verifies an unverified existing number first, then reserves it', async () => {
    const { h, user, wizard } = renderSection({ phoneNumbers: [{ id: 'idn_new', phoneNumber: '+12015550177' }] });

    await user.click(await enableButton());
    const radio = await screen.findByRole('radio', { name: '+1 201 555 0177 Unverified' });
    expect(radio).toBeChecked();
    expect(radio).toHaveAccessibleDescription('Not verified yet: we will text you a code to verify it first.');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    // The code step, with a code sent on the way in; nothing is reserved yet.
    expect(wizard()).toHaveAttribute('data-step', 'verify');
    expect(screen.getByText('Step 2 of 3')).toBeVisible();
    const code = await screen.findByRole('textbox', { name: /Verification code/ });
    await waitFor(() => expect(h.backend.outbox.lastCodeFor('+12015550177')).toBe('424242'));
    expect(reservedIds(h)).toEqual([]);
    await waitFor(() => expect(code).toHaveFocus());
    await user.keyboard('424242');

    await screen.findByRole('heading', { name: 'Save your backup codes' });
    const phone = h.backend.snapshot().phoneNumbers[0]!;
    expect(phone).toMatchObject({ reservedForSecondFactor: true, defaultSecondFactor: true, verification: { status: 'verified' } });
    const actions = h.takeRequests();
    const verifyAt = actions.indexOf('POST /v1/me/phone_numbers/idn_new/attempt_verification');
    const reserveAt = actions.indexOf('PATCH /v1/me/phone_numbers/idn_new');
    expect(verifyAt).toBeGreaterThan(-1);
    expect(reserveAt).toBeGreaterThan(verifyAt);
  });

  it('skips the backup codes step when the user already had a second factor', async () => {
    const { h, user, wizard, root } = renderSection({ totpEnabled: true, phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }] });

    await user.click(await enableButton());
    await user.click(await screen.findByRole('button', { name: 'Continue' }));

    const heading = await screen.findByRole('heading', { name: 'SMS verification is on' });
    expect(heading).toHaveFocus();
    expect(wizard()).toHaveAttribute('data-step', 'done');
    expect(screen.getByText(sentence('When you sign in, we will text a code to +1 201 555 0100.'))).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Backup codes' })).toBeNull();
    expect(h.backend.snapshot().phoneNumbers[0]!.reservedForSecondFactor).toBe(true);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'SMS verification turned on')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Done' }));
    const status = await screen.findByText(sentence('SMS verification is on. When you sign in, we text a code to +1 201 555 0100.'));
    await waitFor(() => expect(status).toHaveFocus());
    expect(root()).toHaveAttribute('data-state', 'on');
  });

  it('stops disabling at the first failure, keeps the rest, and finishes on a second confirm', async () => {
    const { h, user, root } = renderSection({
      phoneNumbers: [
        { id: 'idn_a', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true, createdAt: 1 },
        { id: 'idn_b', phoneNumber: '+12015550102', verified: true, reservedForSecondFactor: true, createdAt: 2 },
        { id: 'idn_c', phoneNumber: '+12015550103', verified: true, reservedForSecondFactor: true, createdAt: 3 },
      ],
    });
    // The second release fails once (the default goes last, so the order is b, c, a).
    let failures = 1;
    server.use(
      http.post(`${h.backend.frontendApiUrl}/v1/me/phone_numbers/idn_c`, ({ request }) => {
        if (new URL(request.url).searchParams.get('_method') !== 'PATCH' || failures === 0) return undefined;
        failures -= 1;
        return HttpResponse.json({ errors: [{ code: 'internal_clerk_error', message: 'Oops', long_message: 'Internal error' }] }, { status: 500 });
      }),
    );

    await user.click(await screen.findByRole('button', { name: 'Disable SMS verification' }));
    h.takeRequests();
    await user.click(screen.getByRole('button', { name: 'Disable SMS verification' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server could not complete the request. Please try again later.');
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    expect(h.takeRequests()).toEqual(['PATCH /v1/me/phone_numbers/idn_b', 'PATCH /v1/me/phone_numbers/idn_c']);
    expect(reservedIds(h)).toEqual(['idn_a', 'idn_c']);
    // The failed one rolled back in the list too; the panel stays open for another try.
    expect(root()).toHaveAttribute('data-state', 'disabling');
    await waitFor(() => expect(screen.getByText((_, element) => element?.tagName === 'P' && /is on for 2 phone numbers/.test(element.textContent ?? ''))).toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Disable SMS verification' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Enable SMS verification' })).toHaveFocus());
    expect(h.takeRequests()).toEqual(['PATCH /v1/me/phone_numbers/idn_c', 'PATCH /v1/me/phone_numbers/idn_a']);
    expect(reservedIds(h)).toEqual([]);
    expect(h.backend.snapshot().backupCodes).toBeNull();
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'SMS verification turned off')).toBe(true);
  });

  it('recovers from a failed list with Try again and puts focus on the status', async () => {
    const { h, user, root } = renderSection({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }] });
    server.use(http.get(`${h.backend.frontendApiUrl}/v1/me/phone_numbers`, () => HttpResponse.error(), { once: true }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You appear to be offline.');
    expect(root()).toHaveAttribute('data-state', 'error');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const status = await screen.findByText(sentence('SMS verification is off.'));
    await waitFor(() => expect(status).toHaveFocus());
    expect(root()).toHaveAttribute('data-state', 'off');
  });

  it('hands focus to Enable when the last per-number switch turns SMS verification off', async () => {
    const { h, user, root } = renderSection({
      phoneNumbers: [{ phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true }],
    });
    await user.click(await screen.findByRole('switch', { name: 'Use +1 201 555 0100 for sign-in codes' }));
    const confirm = await screen.findByRole('region', { name: 'Turn off two-step verification?' });
    await user.click(within(confirm).getByRole('button', { name: 'Turn off' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Enable SMS verification' })).toHaveFocus());
    expect(root()).toHaveAttribute('data-state', 'off');
    expect(reservedIds(h)).toEqual([]);
  });

  it('keeps the on-view while turning off the last number, so a failure is told where the user acted', async () => {
    const { h, user, root } = renderSection({
      phoneNumbers: [{ id: 'idn_last', phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true }],
    });
    server.use(
      // Slow enough for the optimistic "off" to render before the refusal arrives.
      http.post(`${h.backend.frontendApiUrl}/v1/me/phone_numbers/idn_last`, async () => {
        await delay(150);
        return HttpResponse.json({ errors: [{ code: 'internal_clerk_error', message: 'Oops', long_message: 'Oops' }] }, { status: 500 });
      }),
    );
    const toggle = await screen.findByRole('switch', { name: 'Use +1 201 555 0100 for sign-in codes' });
    await user.click(toggle);
    const confirm = await screen.findByRole('region', { name: 'Turn off two-step verification?' });
    await user.click(within(confirm).getByRole('button', { name: 'Turn off' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not complete the request. Please try again later.');
    expect(screen.getByRole('switch', { name: 'Use +1 201 555 0100 for sign-in codes' })).toHaveAttribute('aria-checked', 'true');
    expect(root()).toHaveAttribute('data-state', 'on');
    expect(reservedIds(h)).toEqual(['idn_last']);
  });

  it('puts its headings one level below the host heading', async () => {
    const { user } = renderSection({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true }] }, { headingLevel: 3 });
    expect(await screen.findByRole('heading', { level: 3, name: 'Two-step verification' })).toBeInTheDocument();
    await user.click(await enableButton());
    expect(screen.getByRole('heading', { level: 4, name: 'Choose a phone number' })).toBeInTheDocument();
  });

  it('is a card: its heading, a one-line description, and a status with only the state emphasised', async () => {
    const { root } = renderSection({ phoneNumbers: [{ phoneNumber: '+12015550100', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true }] });
    const status = await screen.findByText(sentence('SMS verification is on. When you sign in, we text a code to +1 201 555 0100.'));
    expect(root()).toHaveClass('pnk-card');
    expect(screen.getByRole('heading', { name: 'Two-step verification' })).toHaveClass('pnk-card__title');
    expect(screen.getByText(/so a stolen password is not enough/)).toHaveClass('pnk-card__description');
    expect(within(status).getByText('on').tagName).toBe('STRONG');
    // The number is one unbreakable, left-to-right piece of the sentence.
    expect(within(status).getByText('+1 201 555 0100')).toHaveClass('pnk-phone-number');
  });

  it('on: one list of the verified numbers, each with its switch and the default badge or "Make default"', async () => {
    const { h, user } = renderSection({
      phoneNumbers: [
        { id: 'idn_a', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true, defaultSecondFactor: true, createdAt: 1 },
        { id: 'idn_b', phoneNumber: '+12015550102', verified: true, reservedForSecondFactor: true, createdAt: 2 },
        { id: 'idn_c', phoneNumber: '+12015550103', verified: true, createdAt: 3 },
        { id: 'idn_d', phoneNumber: '+12015550104', createdAt: 4 },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Your phone numbers' });
    expect(within(list).getAllByRole('switch')).toHaveLength(3);
    expect(within(list).getAllByText('Default for sign-in codes')).toHaveLength(1);
    // Said once: no sub-heading repeating the section's, no radio group, the unverified number left out.
    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual(['Two-step verification']);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByText('+1 201 555 0104')).toBeNull();
    // Quiet buttons: the danger colour is for the confirmation only.
    expect(screen.getByRole('button', { name: 'Disable SMS verification' })).toHaveAttribute('data-variant', 'secondary');

    const makeDefault = within(list).getByRole('button', { name: 'Make default +1 201 555 0102' });
    await user.click(makeDefault);
    expect(within(list).getByRole('switch', { name: 'Use +1 201 555 0102 for sign-in codes' })).toHaveFocus();
    await waitFor(() => expect(h.backend.snapshot().phoneNumbers.find((p) => p.defaultSecondFactor)?.id).toBe('idn_b'));
    expect(await screen.findByText(sentence('SMS verification is on for 2 phone numbers. When you sign in, we text a code to your default number, +1 201 555 0102.'))).toBeVisible();
    expect(within(list).getByRole('button', { name: 'Make default +1 201 555 0101' })).toBeVisible();
  });

  it('wizard: counts the steps of the route the choice takes, "Step 1 of 2" to "Step 2 of 4"', async () => {
    const { user } = renderSection({
      phoneNumbers: [
        { id: 'idn_a', phoneNumber: '+12015550100', verified: true, createdAt: 1 },
        { id: 'idn_u', phoneNumber: '+12015550177', createdAt: 2 },
      ],
    });
    await user.click(await enableButton());
    // A verified number: choose, then save the codes.
    expect(screen.getByText('Step 1 of 2')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: '+1 201 555 0177 Unverified' }));
    expect(screen.getByText('Step 1 of 3')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Use a new phone number' }));
    expect(screen.getByText('Step 1 of 4')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'Add a phone number' })).toBeVisible();
    expect(screen.getByText('Step 2 of 4')).toBeVisible();
  });

  it('wizard: one title per step, the unverified hint inside its option, no Regenerate or repeated status in the backup step', async () => {
    const { user } = renderSection({
      phoneNumbers: [
        { id: 'idn_a', phoneNumber: '+12015550100', verified: true, createdAt: 1 },
        { id: 'idn_u', phoneNumber: '+12015550177', createdAt: 2 },
      ],
    });
    await user.click(await enableButton());
    const titles = () => screen.getAllByRole('heading').map((heading) => heading.textContent);
    expect(titles()).toEqual(['Two-step verification', 'Choose a phone number']);
    const unverified = screen.getByRole('radio', { name: '+1 201 555 0177 Unverified' });
    expect(unverified.closest('label')).toHaveTextContent('Not verified yet: we will text you a code to verify it first.');
    expect(screen.getByRole('group', { name: 'Choose a phone number' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const heading = await screen.findByRole('heading', { name: 'Save your backup codes' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Regenerate codes' })).toBeNull();
    expect(screen.queryByText(/Two-step verification is on/)).toBeNull();
    expect(screen.getByText('Save these backup codes now: they are shown only once.')).toBeVisible();
    expect(screen.getByText('Step 2 of 2')).toBeVisible();
  });
});
