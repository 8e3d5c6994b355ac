/**
 * Property: the add-number form never sends the server a value libphonenumber rejects, whatever is typed.
 * Checked on the validation rule with many inputs, and end to end on the real form with fewer.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { render, screen, cleanup, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { AddPhoneNumber } from '../../src/components/AddPhoneNumber/AddPhoneNumber.tsx';
import { findPhoneProblem } from '../../src/components/AddPhoneNumber/phoneProblem.ts';
import { createHarness } from '../support/hookHarness.tsx';
import { loadPhoneLibrary } from '../../src/components/AddPhoneNumber/loadPhoneLibrary.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** What people type: digits with spaces, dashes, brackets, a plus, letters by mistake. */
const typed = fc
  .array(fc.constantFrom(...'0123456789', ' ', '-', '(', ')', '+', 'a', '.'), { maxLength: 18 })
  .map((chars) => chars.join(''));

// The add form's modules read the phone library as they render; the add step's loader awaits it, these tests load it.
beforeAll(() => loadPhoneLibrary());

describe('the validation rule', () => {
  it('accepts only numbers libphonenumber accepts', () => {
    const candidates = fc.oneof(typed.map((t) => `+${t.replace(/\D/g, '')}`), fc.string());
    fc.assert(
      fc.property(candidates, (value) => {
        if (findPhoneProblem(value) === null) expect(isValidPhoneNumber(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Valid national numbers per country, so some runs do submit (else the property would hold vacuously). */
const valid: Record<string, string> = { US: '201 555 0123', GB: '7400 123456', DE: '1512 3456789', FR: '6 12 34 56 78', IN: '81234 56789' };

describe('the form', () => {
  it('never submits a value libphonenumber rejects', { timeout: 90_000 }, async () => {
    let submissions = 0;
    const input = fc.oneof(typed, fc.constant(null));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('US', 'GB', 'DE', 'FR', 'IN'), input, async (country, maybeInput) => {
        const input = maybeInput ?? valid[country]!;
        const h = createHarness(server);
        const sent: string[] = [];
        const listen = async ({ request }: { request: Request }) => {
          if (request.method === 'POST' && new URL(request.url).pathname === '/v1/me/phone_numbers') {
            sent.push(new URLSearchParams(await request.clone().text()).get('phone_number') ?? '');
          }
        };
        server.events.on('request:start', listen);
        try {
          const { container } = render(<AddPhoneNumber defaultCountry={country} />, { wrapper: h.wrapper });
          const field = screen.getByRole('textbox', { name: 'Phone number' });
          await userEvent.type(field, `${input}{Enter}`);
          // The form's verdict: refused as typed, or sent and answered (so a submission has reached the server).
          const form = container.querySelector('form')!;
          await waitFor(() => expect(['error', 'success']).toContain(form.dataset['state']));
          for (const value of sent) expect(isValidPhoneNumber(value)).toBe(true);
          submissions += sent.length;
        } finally {
          server.events.removeListener('request:start', listen);
          cleanup();
          h.dispose();
        }
      }),
      { numRuns: 30 },
    );
    expect(submissions).toBeGreaterThan(0);
  });
});
