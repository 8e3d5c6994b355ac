/**
 * What a user does with SMS two-step verification, finding controls by label, legend, heading and text: open the Enable wizard and pick a number,
 * save the backup codes, flip a number's two-step switch (confirming when asked), choose the default, generate or
 * regenerate backup codes, turn SMS verification off, cancel what is open, retry a list that failed, let time pass.
 */
import { fireEvent } from '@testing-library/react';
import { expect } from 'vitest';
import { en } from '../../../src/i18n/index.ts';
import { button, buttons, fieldsetByHeading, labelled, listByLabel, sectionByHeading } from './dom.ts';
import type { Action, Journey } from './phoneActions.ts';

const t = en;
const sms = t.smsTwoFactorSection;

const settingsOf = (section: HTMLElement) => listByLabel(section, t.defaultSecondFactor.listLabel);
const chooseGroup = (section: HTMLElement) => fieldsetByHeading(section, sms.chooseHeading);
const makeDefaultButtons = (settings: HTMLElement) => buttons(settings, t.defaultSecondFactor.makeDefault).map((text) => text.closest('button')!);

async function click(journey: Journey, element: HTMLElement): Promise<void> {
  fireEvent.click(element);
  await journey.page.settle();
}

/** Picks a number (or "Use a new phone number") and presses Continue; a failed reservation keeps the choice. */
async function chooseAndContinue(journey: Journey): Promise<string> {
  const { page, rng } = journey;
  const group = chooseGroup(page.smsSection)!;
  const radio = rng.pick(Array.from(group.querySelectorAll<HTMLInputElement>('input[type="radio"]')));
  fireEvent.click(radio);
  const chosen = radio.value;
  const label = radio.closest('label')?.textContent ?? chosen;
  await click(journey, button(group.closest('form')!, t.common.continue)!);
  // Unless the server made the change before the answer was lost (the re-read list no longer offers that number).
  const reserved = page.backend.snapshot().phoneNumbers.some((p) => p.id === chosen && p.reservedForSecondFactor);
  if (!reserved && page.failures.some((f) => f.step === page.step && f.method === 'updatePhoneNumber')) {
    const again = chooseGroup(page.smsSection);
    expect(again, 'a failed reservation goes back to the choice').not.toBeNull();
    expect(again!.querySelector('input[type="radio"]:checked'), 'the choice survives a failed reservation').toHaveAttribute('value', chosen);
  }
  return label;
}

async function enable(journey: Journey): Promise<string> {
  await click(journey, button(journey.page.smsSection, sms.enableButton)!);
  return chooseGroup(journey.page.smsSection) ? chooseAndContinue(journey) : 'add step';
}

async function saveCodes(journey: Journey): Promise<string> {
  const { page } = journey;
  const box = labelled(page.smsSection, t.backupCodes.savedLabel)!;
  const codes = box.closest('section')!;
  fireEvent.click(box);
  await click(journey, button(codes, t.common.done)!);
  return 'saved';
}

async function toggleSwitch(journey: Journey): Promise<string> {
  const { page, rng } = journey;
  const switches = Array.from(settingsOf(page.smsSection)!.querySelectorAll<HTMLElement>('[role="switch"]'));
  const toggle = rng.pick(switches);
  const row = toggle.closest('li')!;
  const was = toggle.getAttribute('aria-checked');
  // Its name, "Use +1 201 555 0100 for sign-in codes".
  const name = toggle.getAttribute('aria-label')!;
  await click(journey, toggle);
  // Turning off the last or the default number asks first.
  const confirm = button(row, t.defaultSecondFactor.turnOffConfirm);
  const confirmed = !!confirm && rng.chance(0.85);
  if (confirm) await click(journey, confirmed ? confirm : button(row, t.common.cancel)!);
  return `${name}, was ${was === 'true' ? 'on' : 'off'}`;
}

async function chooseDefault(journey: Journey): Promise<string> {
  const { page, rng } = journey;
  const makeDefault = rng.pick(makeDefaultButtons(settingsOf(page.smsSection)!));
  const number = makeDefault.closest('li')?.querySelector('.pnk-phone-number')?.textContent ?? '';
  await click(journey, makeDefault);
  return number;
}

async function generateCodes(journey: Journey): Promise<string> {
  const { page } = journey;
  const toggle = button(page.smsSection, sms.backupCodesButton)!;
  if (toggle.getAttribute('aria-expanded') !== 'true') await click(journey, toggle);
  const codes = sectionByHeading(page.smsSection, t.backupCodes.title)!;
  const regenerate = button(codes, t.backupCodes.regenerate);
  await click(journey, regenerate ?? button(codes, t.backupCodes.generate)!);
  const yes = button(codes, regenerate ? t.backupCodes.regenerateConfirm : t.backupCodes.generateConfirm);
  if (yes) await click(journey, yes);
  return regenerate ? 'regenerate' : 'generate';
}

async function disable(journey: Journey): Promise<string> {
  const { page } = journey;
  // A failed run leaves the question open (its confirm button has the trigger's text): confirm again there.
  let panel = sectionByHeading(page.smsSection, sms.disableTitle);
  if (!panel) {
    await click(journey, button(page.smsSection, sms.disableButton)!);
    panel = sectionByHeading(page.smsSection, sms.disableTitle)!;
  }
  await click(journey, button(panel, sms.disableConfirm)!);
  return 'confirmed';
}

async function cancel(journey: Journey): Promise<string> {
  const cancels = [...buttons(journey.page.phoneSection, t.common.cancel), ...buttons(journey.page.smsSection, t.common.cancel)];
  await click(journey, journey.rng.pick(cancels));
  return 'closed';
}

async function retryList(journey: Journey): Promise<string> {
  const retries = [...buttons(journey.page.phoneSection, t.common.retry), ...buttons(journey.page.smsSection, t.common.retry)];
  await click(journey, journey.rng.pick(retries));
  return 'retried';
}

async function wait(journey: Journey): Promise<string> {
  // Mostly a moment; now and then past the code's 10-minute lifetime.
  const ms = journey.rng.chance(0.1) ? 11 * 60_000 : journey.rng.int(1, 3) * 1000;
  await journey.page.advanceClock(ms);
  return `${ms / 1000} s`;
}

/** The two-step actions that make sense on the page as it is now, plus cancel, retry and waiting. */
export function twoStepActions(journey: Journey): Action[] {
  const { page } = journey;
  const section = page.smsSection;
  const actions: Action[] = [{ name: 'wait', weight: 0.25, run: () => wait(journey) }];
  if (button(section, sms.enableButton)) actions.push({ name: 'enable SMS verification', weight: 1, run: () => enable(journey) });
  if (chooseGroup(section)) actions.push({ name: 'choose a number and continue', weight: 3, run: () => chooseAndContinue(journey) });
  if (labelled(section, t.backupCodes.savedLabel)) {
    actions.push({ name: 'save the backup codes', weight: 3, run: () => saveCodes(journey) });
  }
  const settings = settingsOf(section);
  if (settings?.querySelector('[role="switch"]')) actions.push({ name: 'flip a two-step switch', weight: 2, run: () => toggleSwitch(journey) });
  if (settings && makeDefaultButtons(settings).length > 0) {
    actions.push({ name: 'choose the default number', weight: 3, run: () => chooseDefault(journey) });
  }
  if (button(section, sms.backupCodesButton)) actions.push({ name: 'generate backup codes', weight: 1.2, run: () => generateCodes(journey) });
  if (button(section, sms.disableButton)) actions.push({ name: 'disable SMS verification', weight: 0.5, run: () => disable(journey) });
  if (button(section, t.common.cancel) || button(page.phoneSection, t.common.cancel)) {
    actions.push({ name: 'cancel', weight: 0.6, run: () => cancel(journey) });
  }
  if (button(section, t.common.retry) || button(page.phoneSection, t.common.retry)) {
    actions.push({ name: 'try again', weight: 20, run: () => retryList(journey) });
  }
  return actions;
}
