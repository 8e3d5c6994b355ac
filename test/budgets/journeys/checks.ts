/**
 * What must hold after every step and at the end of a journey: each failure is told to the user in the catalog's
 * words, and once the network is quiet the page shows exactly the backend's numbers and their statuses.
 */
import { within } from '@testing-library/react';
import { expect } from 'vitest';
import { formatPhoneNumber } from '../../../src/components/common/formatPhoneNumber.ts';
import { en, errorMessage, formatMessage } from '../../../src/i18n/index.ts';
import type { PhoneNumberChanges } from '../../../src/adapters/types.ts';
import type { PhoneNumber } from '../../../src/model/types.ts';
import { phoneNumberKeys } from '../../../src/core/queryKeys.ts';
import { listByLabel } from './dom.ts';
import type { CallFailure, JourneyPage } from './page.tsx';

const { common, verifyPhoneNumber: verify, smsTwoFactorSection: sms, defaultSecondFactor: dsf } = en;

const isVerified = (phone: PhoneNumber) => phone.verification?.status === 'verified';

/** The words a user should read about a failed call (any one of them). */
function expectedMessages({ method, error }: CallFailure): string[] {
  if (method === 'prepareVerification' && error.status === 429) {
    return [formatMessage(verify.sendRateLimited, { seconds: error.retryAfter ?? '' })];
  }
  if (method === 'attemptVerification' && error.code === 'verification_failed') return [verify.failedReason];
  if (method === 'attemptVerification' && error.code === 'verification_expired') return [verify.expiredReason];
  if (method === 'verifyTotp' && (error.code === 'form_code_incorrect' || error.field === 'code')) return [en.authenticatorAppSection.codeWrong];
  return [errorMessage(error, en)];
}

/** What the page says: alerts, status lines, and the messages fields point at with aria-describedby. */
export type Messages = Map<Element, string>;

export function messagesOnScreen(): Messages {
  const elements = Array.from(document.querySelectorAll('[role="alert"], [role="status"]'));
  for (const field of document.querySelectorAll('[aria-describedby]')) {
    for (const id of field.getAttribute('aria-describedby')!.split(/\s+/)) elements.push(...[document.getElementById(id)].filter((e) => e !== null));
  }
  // "Get a new code" explains itself in a plain paragraph of the code step.
  elements.push(...document.querySelectorAll('.pnk-verify-phone-number__new-code-reason'));
  return new Map(elements.map((element) => [element, element.textContent ?? '']));
}

/**
 * A lost answer (network error, timeout, unreadable body) may come after the server made the change. Once the page
 * shows that outcome, the failure has nothing left to say: a removed number's row, and its alert, are gone; a
 * verified number's code step shows "verified" instead of the form that held the alert.
 */
function tookEffect({ method, target, detail, error }: CallFailure, page: JourneyPage): boolean {
  const phone = page.backend.snapshot().phoneNumbers.find((p) => p.id === target);
  if (method === 'deletePhoneNumber') return !phone && !page.phoneSection.querySelector(`[data-phone-number-id="${String(target)}"]`);
  if (method === 'attemptVerification') return !!phone && isVerified(phone);
  // The authenticator app turned on, or went, though the answer was lost: the account, read again, shows it.
  const app = page.backend.snapshot().authenticatorApp;
  if (method === 'verifyTotp') return app?.verified === true && page.totpSection.textContent!.includes(totpSentence(true));
  if (method === 'deleteTotp') return app === null && page.totpSection.textContent!.includes(totpSentence(false));
  // A two-step change whose answer was lost but which the server made: the page, read again, shows it made (the
  // switch that was turned off may even be gone with the "on" view), so an "offline" message would be wrong.
  if (method === 'updatePhoneNumber' && LOST_ANSWER.has(error.code) && phone) {
    const changes = detail as PhoneNumberChanges;
    return Object.entries(changes).every(([key, value]) => value === undefined || phone[key as keyof PhoneNumberChanges] === value);
  }
  return false;
}

/** Failures after which the server may have made the change. */
const LOST_ANSWER = new Set(['network_error', 'request_timeout', 'response_unparseable', 'response_invalid']);

/**
 * The failures of a step the user was not told about, each with why it fails the check. A message counts when it
 * appeared (or changed) during the step, so an older alert that happens to say the same cannot stand in for it; only
 * the list's own error stays put while "Try again" fails once more.
 */
export function unshownFailures(failures: readonly CallFailure[], page: JourneyPage, before: Messages): Array<{ failure: CallFailure; problem: string }> {
  if (failures.length === 0) return [];
  const shown = [...messagesOnScreen()];
  const told = (failure: CallFailure, message: string) =>
    shown.some(([element, text]) => text.includes(message) && (before.get(element) !== text || failure.method === 'listPhoneNumbers'));
  return failures
    .filter((failure) => !failure.superseded && !tookEffect(failure, page))
    .map((failure) => ({ failure, wanted: expectedMessages(failure) }))
    .filter(({ failure, wanted }) => !wanted.some((message) => told(failure, message)))
    .map(({ failure, wanted }) => ({
      failure,
      problem: `no message for ${failure.method} → ${failure.error.code}; wanted "${wanted.join('" or "')}", on screen: ${JSON.stringify(shown.map(([, text]) => text).filter(Boolean))}`,
    }));
}

function describeNumber(phone: PhoneNumber): string {
  const flags = [isVerified(phone) ? 'verified' : 'unverified'];
  if (phone.defaultSecondFactor) flags.push('default');
  return `${formatPhoneNumber(phone.phoneNumber)} (${flags.join(', ')})`;
}

/** A row as the user reads it: the number its menu acts on, and its badges. */
function describeRow(row: HTMLElement): string {
  const trigger = within(row).getAllByLabelText(/^Actions for /, { selector: 'button' })[0]!;
  const number = trigger.getAttribute('aria-label')!.replace(/^Actions for /, '');
  const badge = (text: string) => within(row).queryAllByText(text, { selector: '.pnk-badge' }).length > 0;
  const flags = [badge(common.badgeUnverified) ? 'unverified' : 'verified'];
  if (badge(common.badgeDefault)) flags.push('default');
  return `${number} (${flags.join(', ')})`;
}

function statusSentence(phoneNumbers: readonly PhoneNumber[]): string {
  const reserved = phoneNumbers.filter((p) => p.reservedForSecondFactor);
  const chosen = reserved.find((p) => p.defaultSecondFactor) ?? reserved[0];
  if (!chosen) return formatMessage(sms.statusOff, { state: sms.stateOff });
  const template = reserved.length > 1 ? sms.statusOnMany : sms.statusOnOne;
  return formatMessage(template, { state: sms.stateOn, phoneNumber: formatPhoneNumber(chosen.phoneNumber), count: reserved.length });
}

/** The authenticator app's status line. */
function totpSentence(on: boolean): string {
  const totp = en.authenticatorAppSection;
  return formatMessage(on ? totp.statusOn : totp.statusOff, { state: on ? totp.stateOn : totp.stateOff });
}

/** The page against the backend: the numbers listed, their badges, the two-step status, switches and default. */
export function expectPageMatchesBackend(page: JourneyPage): void {
  const numbers = page.backend.snapshot().phoneNumbers;
  const expected = numbers.map(describeNumber).sort();

  const rows = Array.from(page.phoneSection.querySelectorAll<HTMLElement>('li[data-phone-number-id]'));
  expect(rows.map(describeRow).sort(), 'Phone numbers section vs backend').toEqual(expected);
  if (numbers.length === 0) expect(page.phoneSection).toHaveTextContent(en.phoneNumbersSection.empty);

  expect(page.smsSection.textContent, 'two-step status line vs backend').toContain(statusSentence(numbers));
  // Once the account was read (a "Set as primary", or a lost answer that made the kit read it), the Primary badge
  // is the backend's primary; before that it is the page's primaryPhoneNumberId prop, which the backend never saw.
  if (page.queryClient.getQueryData(phoneNumberKeys.account('default'))) {
    const badged = rows.filter((row) => within(row).queryAllByText(common.badgePrimary, { selector: '.pnk-badge' }).length > 0);
    expect(badged.map((row) => row.dataset['phoneNumberId']), 'primary number vs backend').toEqual(
      [page.backend.snapshot().primaryPhoneNumberId].filter((id) => id !== null && numbers.some((p) => p.id === id)),
    );
  }
  expect(page.totpSection.textContent, 'authenticator app status vs backend').toContain(totpSentence(page.backend.snapshot().authenticatorApp?.verified === true));

  const settings = listByLabel(page.smsSection, dsf.listLabel);
  if (!settings) return;
  // One row per verified number, its switch named "Use +1 201 555 0100 for sign-in codes", on when reserved.
  const verifiedNumbers = numbers.filter(isVerified);
  expect(settings.querySelectorAll('[role="switch"]'), 'two-step switches vs verified numbers').toHaveLength(verifiedNumbers.length);
  for (const phone of verifiedNumbers) {
    const toggle = within(settings).getByLabelText(formatMessage(dsf.switchLabel, { number: formatPhoneNumber(phone.phoneNumber) }), { selector: '[role="switch"]' });
    expect(toggle, `two-step switch of ${phone.phoneNumber} vs backend`).toHaveAttribute('aria-checked', String(phone.reservedForSecondFactor));
  }
  // The default is the row with the "Default for sign-in codes" badge.
  const badged = within(settings).queryAllByText(common.badgeDefault, { selector: '.pnk-badge' });
  const shown = badged.map((badge) => badge.closest('li')?.querySelector('.pnk-phone-number')?.textContent);
  const defaults = numbers.filter((p) => p.defaultSecondFactor).map((p) => formatPhoneNumber(p.phoneNumber));
  expect(shown, 'default number vs backend').toEqual(defaults);
}
