/**
 * The step-up dialog on the faulty network: the backend starts requiring reverification, the user removes a
 * number, the kit's dialog opens (the refused removal waits for it), and the user confirms with the password
 * (now and then a wrong one first) or gives up. The verify calls fail like any other; each failure must be told in
 * the dialog before the user cancels. A removal the dialog answered is retried once: its own failures are told by
 * its row, as for any removal.
 */
import { fireEvent, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { en } from '../../../src/i18n/index.ts';
import { unshownFailures } from './checks.ts';
import { button } from './dom.ts';
import type { Action, Journey } from './phoneActions.ts';
import type { JourneyPage } from './page.tsx';
import { RIGHT_CODE } from './random.ts';

const t = en.reverificationDialog;
const VERIFY_METHODS = new Set(['startReverification', 'prepareReverification', 'attemptReverification']);
const PASSWORD = 'demo-password';

/** The password input (the radio beside the "Password" choice has the same label text). */
const passwordField = (dialog: HTMLElement) => dialog.querySelector<HTMLInputElement>('input[type="password"]');
const openDialog = () => document.querySelector<HTMLDialogElement>('dialog[open]');
const rows = (page: JourneyPage) => Array.from(page.phoneSection.querySelectorAll<HTMLElement>('li[data-phone-number-id]'));

/** Waits (without `settle`, which would wait for the held removal) until the dialog is idle in one of `states`. */
async function dialogIn(states: string[]): Promise<HTMLDialogElement | null> {
  return waitFor(
    () => {
      const dialog = openDialog();
      if (dialog === null) return null;
      if (!states.includes(dialog.dataset['state'] ?? '') || dialog.hasAttribute('data-pending')) throw new Error(`dialog is ${dialog.dataset['state']}`);
      return dialog;
    },
    { timeout: 5_000 },
  );
}

/** The verify calls that failed in this step are told in the dialog now; they are then settled as told. */
function expectVerifyFailuresShown(page: JourneyPage): void {
  const failures = page.failures.filter((f) => f.step === page.step && VERIFY_METHODS.has(f.method) && !f.superseded);
  for (const { problem } of unshownFailures(failures, page, new Map())) throw new Error(`in the step-up dialog: ${problem}`);
  for (const failure of failures) failure.superseded = true;
}

async function stepUpRemove({ page, rng }: Journey): Promise<string> {
  const row = rng.pick(rows(page));
  page.backend.requireReverification(true);
  const trigger = within(row).getByLabelText(/^Actions for /, { selector: 'button' });
  const number = trigger.getAttribute('aria-label')!.replace(/^Actions for /, '');
  fireEvent.click(trigger);
  fireEvent.click(within(row).getByText(en.phoneNumbersSection.remove, { selector: '[role="menuitem"]' }));
  fireEvent.click(button(row, en.phoneNumbersSection.removeConfirm)!);

  // Either the server refused it (the dialog opens) or the removal failed on the way (faults) and the row says so.
  await waitFor(() => expect(openDialog() !== null || page.queryClient.isMutating() === 0).toBe(true), { timeout: 5_000 });
  let outcome = 'failed before the server asked';
  let dialog = await dialogIn(['entering', 'unavailable']);
  if (dialog) {
    // The refusal itself is what the dialog answers: it is told by the dialog, not by a message.
    for (const failure of page.failures) if (failure.step === page.step && failure.error.code === 'session_reverification_required') failure.superseded = true;
    outcome = 'gave up';
    for (let attempt = 0; attempt < 3 && dialog?.dataset['state'] === 'entering'; attempt++) {
      // Whatever failed so far (a code that could not be sent) is on screen before the user types.
      expectVerifyFailuresShown(page);
      const wrong = attempt === 0 && rng.chance(0.3);
      const password = passwordField(dialog);
      const code = dialog.querySelector<HTMLInputElement>('input[autocomplete="one-time-code"]');
      const field = password ?? code;
      if (!field) break;
      // The password; on the second factor the SMS code (every SMS code of this backend is the right one) or the
      // authenticator app's current code.
      const strategy = dialog.querySelector('form')?.dataset['strategy'];
      const right = password ? PASSWORD : strategy === 'totp' ? (page.backend.authenticatorCode() ?? RIGHT_CODE) : RIGHT_CODE;
      const typed = wrong ? (password ? 'not-the-password' : '000000') : right;
      fireEvent.change(field, { target: { value: typed } });
      // A code submits itself on its last digit; Confirm is then a double submit the dialog ignores.
      const confirm = button(dialog, t.confirm) ?? button(dialog, t.confirming);
      if (confirm?.isConnected) fireEvent.click(confirm);
      dialog = await dialogIn(['entering', 'unavailable', 'complete']);
      if (!dialog) {
        outcome = `confirmed with ${password ? 'the password' : strategy === 'totp' ? 'the authenticator app' : 'the SMS code'}`;
        break;
      }
      // What was typed stays after any failure.
      if (password && passwordField(dialog)) expect(passwordField(dialog), 'the password survives a failed check').toHaveValue(typed);
      expectVerifyFailuresShown(page);
    }
    if (dialog) {
      expectVerifyFailuresShown(page);
      fireEvent.click(button(dialog, en.common.cancel)!);
    }
    await waitFor(() => expect(openDialog(), 'the dialog closes').toBeNull(), { timeout: 5_000 });
  }
  await page.settle();
  page.backend.requireReverification(false);
  // What the removal left behind (the row's alert after a cancel or a failed retry) is checked by the journey.
  return `${number}, ${outcome}`;
}

/** Step-up actions available now. */
export function reverificationActions(journey: Journey): Action[] {
  if (openDialog() || rows(journey.page).length === 0) return [];
  return [{ name: 'remove a number behind a step-up', weight: 0.8, run: () => stepUpRemove(journey) }];
}
