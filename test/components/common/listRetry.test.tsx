/**
 * The one retry behaviour every section's failed list shares (common/ListError + useListRetry): the alert and
 * "Try again" stay while the retry runs, the button pending and still focused; a second failure updates the alert
 * in place; once the list arrives, focus goes to the section's top instead of falling to the page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactElement } from 'react';
import { DefaultSecondFactor } from '../../../src/components/DefaultSecondFactor/DefaultSecondFactor.tsx';
import { PhoneNumbersSection } from '../../../src/components/PhoneNumbersSection/PhoneNumbersSection.tsx';
import { SmsTwoFactorSection } from '../../../src/components/SmsTwoFactorSection/SmsTwoFactorSection.tsx';
import { createHarness } from '../../support/hookHarness.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const sections: { name: string; element: ReactElement; failed: string; recovered: () => HTMLElement }[] = [
  {
    name: 'PhoneNumbersSection',
    element: <PhoneNumbersSection />,
    failed: 'Your phone numbers could not be loaded.',
    recovered: () => screen.getByRole('heading', { name: 'Phone numbers' }),
  },
  {
    name: 'SmsTwoFactorSection',
    element: <SmsTwoFactorSection />,
    failed: 'We could not load your two-step verification settings.',
    // The status sentence, its state word emphasised in an element of its own.
    recovered: () => screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === 'SMS verification is off.'),
  },
  {
    name: 'DefaultSecondFactor',
    element: <DefaultSecondFactor />,
    failed: 'Your phone numbers could not be loaded.',
    recovered: () => screen.getByRole('heading', { name: 'Two-step verification by text message' }),
  },
];

describe.each(sections)('$name: a failed list', ({ element, failed, recovered }) => {
  it('keeps the alert and a focused, pending Try again while retrying, then focuses the top of the section', async () => {
    const h = createHarness(server, { phoneNumbers: [{ phoneNumber: '+12015550101', verified: true }] });
    // Each list request waits for the test to answer it: offline, or (undefined) the backend's list.
    const answers: ((offline: boolean) => void)[] = [];
    server.use(
      http.get(`${h.backend.frontendApiUrl}/v1/me/phone_numbers`, () =>
        new Promise<Response | undefined>((resolve) => answers.push((offline) => resolve(offline ? HttpResponse.error() : undefined))),
      ),
    );
    const user = userEvent.setup();
    render(element, { wrapper: h.wrapper });
    await waitFor(() => expect(answers).toHaveLength(1));
    answers.shift()!(true);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(failed);
    expect(alert).toHaveTextContent('You appear to be offline.');
    const retry = screen.getByRole('button', { name: 'Try again' });
    await user.click(retry);
    await waitFor(() => expect(answers).toHaveLength(1));
    // In flight: the same button, focused, pending; the alert still says why.
    await waitFor(() => expect(retry).toHaveAttribute('aria-disabled', 'true'));
    expect(retry).toBeInTheDocument();
    expect(retry).toHaveFocus();
    expect(retry).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(failed);
    // A press while pending sends nothing more.
    await user.click(retry);
    expect(answers).toHaveLength(1);

    answers.shift()!(true);
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-disabled'));
    expect(retry).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent(failed);

    await user.click(retry);
    await waitFor(() => expect(answers).toHaveLength(1));
    answers.shift()!(false);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(() => expect(recovered()).toHaveFocus());
    h.dispose();
  });
});
