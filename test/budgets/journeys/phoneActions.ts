/**
 * What a user does with numbers and codes, finding controls by label and visible text (dom.ts says why not always
 * by role): add a number, type the right or a wrong code, press
 * Verify again, ask for a new code (waiting out the cooldown), open a row's Verify, remove a number. Each action
 * checks what the components promise to keep: the typed number after a failed add, the typed code after a check
 * that failed for another reason than the code itself (a wrong code is cleared on purpose, see useCodeEntry).
 */
import { fireEvent, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { formatPhoneNumber } from '../../../src/components/common/formatPhoneNumber.ts';
import { en } from '../../../src/i18n/index.ts';
import type { JourneyPage } from './page.tsx';
import { button, labelled, sectionByHeading } from './dom.ts';
import { poolNumber, RIGHT_CODE, type Rng } from './random.ts';

export interface Journey {
  page: JourneyPage;
  rng: Rng;
  seed: number;
}

/** One thing the user can do now; `run` resolves with a word or two for the journey's log. */
export interface Action {
  name: string;
  weight: number;
  run: () => Promise<string>;
}

const t = en;
/**
 * How long a step that loads on first use (the add form, the code step and its field) may take to show: testing-library's
 * 1 s default is too short on a busy machine (the dialog's waits in reverificationActions.ts take 5 s too).
 */
const LAZY_STEP = { timeout: 5_000 };
const CODE_STEP = '.pnk-verify-phone-number';
const NEW_CODE = new RegExp(`^(${t.verifyPhoneNumber.resend}|${t.verifyPhoneNumber.sendCode}|${t.verifyPhoneNumber.getNewCode})`);

/** Failures of one adapter method during the current step. */
function failed(page: JourneyPage, method: string) {
  return page.failures.filter((f) => f.step === page.step && f.method === method);
}

const addForms = () => Array.from(document.querySelectorAll<HTMLFormElement>('form')).filter((form) => form.getAttribute('aria-label') === t.addPhoneNumber.formLabel);
const codeSteps = () => Array.from(document.querySelectorAll<HTMLElement>(CODE_STEP));
const codeField = (step: HTMLElement) => labelled(step, t.verifyPhoneNumber.codeLabel);
/** The section's own "Add phone number" (the add form's submit button says the same). */
const sectionAddButton = (page: JourneyPage) => (addForms().some((f) => page.phoneSection.contains(f)) ? null : button(page.phoneSection, t.phoneNumbersSection.addButton));
const rows = (page: JourneyPage) => Array.from(page.phoneSection.querySelectorAll<HTMLElement>('li[data-phone-number-id]'));

async function addNumber({ page, rng }: Journey): Promise<string> {
  const openButton = sectionAddButton(page);
  const picked = rng.pick([...addForms(), ...(openButton ? [null] : [])]);
  let form: HTMLFormElement;
  if (picked) form = picked;
  else {
    fireEvent.click(openButton!);
    await page.settle();
    // The form's code loads on first use.
    form = await waitFor(() => addForms().find((f) => page.phoneSection.contains(f)) ?? Promise.reject(new Error('no add form')), LAZY_STEP);
  }
  const taken = page.backend.snapshot().phoneNumbers.map((p) => p.phoneNumber);
  // Now and then a number the account already has: the server refuses it, and the field must keep it.
  const number = taken.length > 0 && rng.chance(0.1) ? rng.pick(taken) : freshNumber(rng, taken);
  const input = await waitFor(() => labelled(form, t.addPhoneNumber.phoneLabel) ?? Promise.reject(new Error('no phone field')), LAZY_STEP);
  fireEvent.change(input, { target: { value: formatPhoneNumber(number) } });
  const typed = input.value;
  expect(typed).toBe(formatPhoneNumber(number));
  fireEvent.click(button(form, t.addPhoneNumber.submit)!);
  await page.settle();
  if (failed(page, 'createPhoneNumber').length > 0) {
    expect(input.isConnected, 'the add form stays after a failed add').toBe(true);
    expect(input, 'the typed number survives a failed add').toHaveValue(typed);
  } else {
    await waitFor(() => expect(codeSteps().some((s) => s.textContent?.includes(typed)), `a code step for ${typed}`).toBe(true), LAZY_STEP);
  }
  return number;
}

function freshNumber(rng: Rng, taken: readonly string[]): string {
  for (;;) {
    const candidate = poolNumber(rng.int(0, 99));
    if (!taken.includes(candidate)) return candidate;
  }
}

/** Types a code; `code` null presses Verify again on what the field holds. */
async function checkCode(page: JourneyPage, step: HTMLElement, code: string | null): Promise<string> {
  const input = codeField(step)!;
  if (code === null) {
    code = input.value;
    fireEvent.click(button(step, t.verifyPhoneNumber.verify)!);
  } else fireEvent.change(input, { target: { value: code } });
  await page.settle();
  const failure = failed(page, 'attemptVerification')[0];
  if (!failure) return code;
  const kind = failure.error.code;
  if (kind === 'form_code_incorrect') {
    // Documented: a wrong code is cleared so the next one can be typed at once.
    expect(codeField(step), 'a wrong code is cleared').toHaveValue('');
  } else if (kind === 'verification_failed' || kind === 'verification_expired') {
    expect(codeField(step), 'a dead code gives way to "Get a new code"').toBeNull();
  } else if (!verifiedOnScreen(page, step)) {
    expect(step.isConnected, 'the code step stays after a failed check').toBe(true);
    expect(codeField(step), `the typed code survives ${kind}`).toHaveValue(code);
  }
  return code;
}

/** The answer was lost after the server accepted the code, and the re-read list now says so: nothing to keep. */
function verifiedOnScreen(page: JourneyPage, step: HTMLElement): boolean {
  const text = step.textContent ?? '';
  return (
    text.includes(t.verifyPhoneNumber.verified) &&
    page.backend.snapshot().phoneNumbers.some((p) => p.verification?.status === 'verified' && text.includes(formatPhoneNumber(p.phoneNumber)))
  );
}

function wrongCode(rng: Rng): string {
  const code = String(rng.int(0, 999_999)).padStart(6, '0');
  return code === RIGHT_CODE ? '000000' : code;
}

async function requestNewCode({ page, rng }: Journey): Promise<string> {
  const step = rng.pick(codeSteps().filter((s) => button(s, NEW_CODE)));
  const newCode = () => button(step, NEW_CODE)!;
  const waiting = /(\d+) s$/.exec(newCode().textContent ?? '');
  // "Resend code in 2 s": the user waits it out (on the virtual clock).
  if (waiting) await page.advanceClock(Number(waiting[1]) * 1000);
  expect(newCode()).not.toHaveAttribute('aria-disabled');
  const typed = codeField(step)?.value ?? null;
  fireEvent.click(newCode());
  await page.settle();
  if (failed(page, 'prepareVerification').length > 0 && typed !== null && step.isConnected && codeField(step)) {
    expect(codeField(step), 'a failed send keeps the typed code').toHaveValue(typed);
  }
  return waiting ? `after ${waiting[1]} s` : 'now';
}

/** Opens the row's "Actions for +1 201 555 0100" menu and picks an item; returns the number. */
function openRowMenu(row: HTMLElement, item: string): string {
  const trigger = within(row).getByLabelText(/^Actions for /, { selector: 'button' });
  fireEvent.click(trigger);
  fireEvent.click(within(row).getByText(item, { selector: '[role="menuitem"]' }));
  return trigger.getAttribute('aria-label')!.replace(/^Actions for /, '');
}

async function verifyFromRow({ page, rng }: Journey): Promise<string> {
  const row = rng.pick(rows(page).filter((r) => within(r).queryByText(t.common.badgeUnverified, { selector: '.pnk-badge' })));
  const number = openRowMenu(row, t.phoneNumbersSection.verify);
  await page.settle();
  // The code step loads on first use.
  await waitFor(() => expect(row.querySelector(CODE_STEP), 'the row opens its code step').not.toBeNull(), LAZY_STEP);
  return number;
}

async function remove({ page, rng }: Journey): Promise<string> {
  const row = rng.pick(rows(page));
  const number = openRowMenu(row, t.phoneNumbersSection.remove);
  const confirm = sectionByHeading(row, t.phoneNumbersSection.removeTitle)!;
  const keep = rng.chance(0.1);
  fireEvent.click(button(confirm, keep ? t.common.cancel : t.phoneNumbersSection.removeConfirm)!);
  await page.settle();
  return keep ? `${number}, cancelled` : number;
}

/** The row that carries the "Primary" badge, if any. */
const primaryRow = (page: JourneyPage) => rows(page).find((r) => within(r).queryByText(t.common.badgePrimary, { selector: '.pnk-badge' })) ?? null;

/** Rows whose menu offers "Set as primary" (verified, not the primary). */
const primaryCandidates = (page: JourneyPage) =>
  rows(page).filter((r) => r !== primaryRow(page) && !within(r).queryByText(t.common.badgeUnverified, { selector: '.pnk-badge' }));

/**
 * "Set as primary": the badge moves at once; when the server refuses (and the answer was not lost), it is back on
 * exactly the row it was on, and the row says why (checked with every failure).
 */
async function setPrimary({ page, rng }: Journey): Promise<string> {
  const row = rng.pick(primaryCandidates(page));
  const before = primaryRow(page)?.dataset['phoneNumberId'] ?? null;
  const number = openRowMenu(row, t.phoneNumbersSection.setPrimary);
  expect(primaryRow(page), 'the Primary badge moves at once').toBe(row);
  await page.settle();
  const failure = failed(page, 'setPrimaryPhoneNumber')[0];
  if (failure && !LOST_ANSWER.has(failure.error.code)) {
    expect(primaryRow(page)?.dataset['phoneNumberId'] ?? null, 'a refused "Set as primary" puts the badge back').toBe(before);
  }
  return failure ? `${number}, ${failure.error.code}` : number;
}

const LOST_ANSWER = new Set(['network_error', 'request_timeout', 'response_unparseable', 'response_invalid']);

/** The number and code actions that make sense on the page as it is now. */
export function phoneActions(journey: Journey): Action[] {
  const { page, rng } = journey;
  const actions: Action[] = [];
  const listed = page.phoneSection.querySelector('li[data-phone-number-id]') !== null || page.phoneSection.textContent!.includes(t.phoneNumbersSection.empty);
  const addButton = listed && sectionAddButton(page) !== null;
  if (addButton || addForms().length > 0) actions.push({ name: 'add a number', weight: 0.6, run: () => addNumber(journey) });
  const typable = codeSteps().filter((s) => codeField(s) && !codeField(s)!.readOnly);
  if (typable.length > 0) {
    actions.push({ name: 'type the right code', weight: 5, run: () => checkCode(page, rng.pick(typable), RIGHT_CODE) });
    actions.push({ name: 'type a wrong code', weight: 2.5, run: () => checkCode(page, rng.pick(typable), wrongCode(rng)) });
  }
  const retryable = typable.filter((s) => codeField(s)!.value.length === 6 && button(s, t.verifyPhoneNumber.verify));
  if (retryable.length > 0) actions.push({ name: 'press Verify again', weight: 4, run: () => checkCode(page, rng.pick(retryable), null) });
  if (codeSteps().some((s) => button(s, NEW_CODE))) {
    actions.push({ name: 'ask for a new code', weight: 2.5, run: () => requestNewCode(journey) });
  }
  const all = rows(page);
  if (all.some((r) => within(r).queryByText(t.common.badgeUnverified, { selector: '.pnk-badge' }))) {
    actions.push({ name: 'verify a number from its menu', weight: 2, run: () => verifyFromRow(journey) });
  }
  if (all.length > 0) actions.push({ name: 'remove a number', weight: 1, run: () => remove(journey) });
  if (primaryCandidates(page).length > 0) actions.push({ name: 'set a number as primary', weight: 0.8, run: () => setPrimary(journey) });
  return actions;
}
