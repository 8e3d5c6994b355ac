/**
 * What a user does with the authenticator app (`AuthenticatorAppSection`), found by visible text and label: start
 * the setup, type the code the app shows (or a wrong one), cancel, remove the app (confirming), try a failed read
 * again. Each checks what the section promises: a wrong code stays in the field with the section's message, a check
 * that failed for another reason keeps the code too.
 */
import { fireEvent } from '@testing-library/react';
import { expect } from 'vitest';
import { en } from '../../../src/i18n/index.ts';
import { button, labelled, sectionByHeading } from './dom.ts';
import type { JourneyPage } from './page.tsx';
import type { Action, Journey } from './phoneActions.ts';

const t = en.authenticatorAppSection;

async function click(journey: Journey, element: HTMLElement): Promise<void> {
  fireEvent.click(element);
  await journey.page.settle();
}

const codeField = (page: JourneyPage) => labelled(page.totpSection, t.codeLabel);

async function setUp(journey: Journey): Promise<string> {
  await click(journey, button(journey.page.totpSection, t.setupButton)!);
  return codeField(journey.page) ? 'setup key shown' : 'no setup key';
}

async function typeCode(journey: Journey): Promise<string> {
  const { page, rng } = journey;
  const right = page.backend.authenticatorCode() ?? '000000';
  const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
  const code = rng.chance(0.7) ? right : wrong;
  fireEvent.change(codeField(page)!, { target: { value: code } });
  await page.settle();
  const failure = page.failures.find((f) => f.step === page.step && f.method === 'verifyTotp');
  const field = codeField(page);
  // A wrong code, or a check that failed for another reason, keeps the digits (unless the app turned on after all).
  if (failure && field) expect(field, `the typed code survives ${failure.error.code}`).toHaveValue(code);
  return code === right ? 'right code' : 'wrong code';
}

async function remove(journey: Journey): Promise<string> {
  const { page } = journey;
  // A failed removal leaves the question open (its confirm button has the trigger's text): confirm again there.
  let panel = sectionByHeading(page.totpSection, t.removeTitle);
  if (!panel) {
    await click(journey, button(page.totpSection, t.removeButton)!);
    panel = sectionByHeading(page.totpSection, t.removeTitle)!;
  }
  await click(journey, button(panel, t.removeConfirm)!);
  return 'confirmed';
}

async function saveCodes(journey: Journey): Promise<string> {
  const { page } = journey;
  fireEvent.click(labelled(page.totpSection, en.backupCodes.savedLabel)!);
  await click(journey, button(page.totpSection, en.common.done)!);
  return 'saved';
}

/** The authenticator-app actions that make sense on the page as it is now. */
export function totpActions(journey: Journey): Action[] {
  const section = journey.page.totpSection;
  const actions: Action[] = [];
  if (button(section, t.setupButton)) actions.push({ name: 'set up the authenticator app', weight: 1, run: () => setUp(journey) });
  if (codeField(journey.page)) actions.push({ name: 'type the authenticator code', weight: 3, run: () => typeCode(journey) });
  if (labelled(section, en.backupCodes.savedLabel)) actions.push({ name: 'save the backup codes (authenticator app)', weight: 3, run: () => saveCodes(journey) });
  if (button(section, t.removeButton) || sectionByHeading(section, t.removeTitle)) {
    actions.push({ name: 'remove the authenticator app', weight: 0.8, run: () => remove(journey) });
  }
  const cancel = button(section, en.common.cancel);
  if (cancel) actions.push({ name: 'cancel (authenticator app)', weight: 0.4, run: async () => (await click(journey, cancel), 'closed') });
  const retry = button(section, en.common.retry);
  if (retry) actions.push({ name: 'try again (authenticator app)', weight: 20, run: async () => (await click(journey, retry), 'retried') });
  return actions;
}
