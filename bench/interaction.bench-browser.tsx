/**
 * `npm run bench`: interaction cost in real Chromium, printed as markdown tables. A report, not a test: timings
 * are never asserted. Keystroke → paint on the phone number input and on the SMS code input, and the mount of the
 * an account settings page (`PhoneNumbersSection` and `SmsTwoFactorSection`) with 1, 20 and 200 numbers.
 */
import { act } from 'react';
import { afterAll, beforeAll, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { within } from '@testing-library/dom';
import { AddPhoneNumber, PhoneNumbersSection, SmsTwoFactorSection, VerifyPhoneNumber } from '../src/components/index.ts';
import { freshBackend, mount, PRIMARY_ID, seedNumbers, startWorker, stopWorker } from './support/kit.tsx';
import type { BenchMachine } from './machine.ts';
import { keystrokeProbe, typeSamples } from './support/keystrokes.ts';
import { trackFrames } from './support/frames.ts';
import { keystrokeTable, machineLine, mountTable, type KeystrokeRow, type MountRow } from './support/report.ts';

const SAMPLES = 20;
const WARM_UP_MOUNTS = 3;
const keystrokeRows: KeystrokeRow[] = [];
const mountRows: MountRow[] = [];
let firstInput = '';
let machineBefore: BenchMachine;

beforeAll(async () => {
  machineBefore = await commands.benchMachine();
  await page.viewport(1100, 800);
  await startWorker();
});
afterAll(() => stopWorker());

/** The row of the field labelled `label`: its label's parent holds the input and whatever renders its value. */
async function focusedField(host: HTMLElement, label: string): Promise<{ input: HTMLElement; field: Element }> {
  // findBy: the add form's phone input may arrive lazily (React.lazy), so wait for it before typing.
  const input = await within(host).findByRole('textbox', { name: label }, { timeout: 15_000 });
  await userEvent.click(input);
  const field = host.querySelector(`label[for="${input.id}"]`)?.parentElement ?? input.parentElement!;
  return { input, field };
}

async function keystrokeCase(name: string, host: HTMLElement, label: string, digits: string, clear: string) {
  const { input, field } = await focusedField(host, label);
  const probe = keystrokeProbe(field);
  keystrokeRows.push({ field: name, samples: await typeSamples(probe, input as HTMLInputElement, digits, SAMPLES, clear) });
  const first = probe.firstInput();
  // One per document, whatever its duration: here the click that focused the first field.
  if (first && !firstInput) firstInput = `first-input entry (no threshold): ${first.name}, ${first.duration} ms.`;
  probe.stop();
}

it('keystroke → paint: phone number input (AddPhoneNumber)', async () => {
  const view = mount(freshBackend({}), <AddPhoneNumber defaultCountry="US" />);
  try {
    await keystrokeCase('phone number input (AddPhoneNumber)', view.host, 'Phone number', '2015550123', '{Control>}a{/Control}{Backspace}');
  } finally {
    view.unmount();
  }
});

it('keystroke → paint: SMS code input (VerifyPhoneNumber)', async () => {
  const backend = freshBackend({
    phoneNumbers: [
      {
        id: 'idn_verify',
        phoneNumber: '+12015550123',
        verification: { object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 0, expireAt: Date.now() + 3_600_000 },
        code: '424242',
      },
    ],
  });
  // No auto-submit, so six digits fill the field and six Backspaces empty it again, with no request in between.
  const view = mount(backend, <VerifyPhoneNumber phoneNumberId="idn_verify" sendOnMount={false} autoSubmit={false} />);
  try {
    await keystrokeCase('SMS code input (VerifyPhoneNumber)', view.host, 'Verification code', '424242', '{Backspace>6/}');
  } finally {
    view.unmount();
  }
});

/** Production React refuses act(); development React runs it. Says which build was measured. */
function reactBuild(): string {
  try {
    act(() => undefined);
    return 'development';
  } catch {
    return 'production';
  }
}

/** The demo page's two sections, without the story's SMS outbox panel. */
function AccountSettings() {
  return (
    <main style={{ maxWidth: '44rem', display: 'grid', gap: 32, padding: 24 }}>
      <h1 style={{ margin: 0, fontFamily: 'system-ui, sans-serif' }}>Account settings</h1>
      <PhoneNumbersSection primaryPhoneNumberId={PRIMARY_ID} defaultCountry="US" />
      <SmsTwoFactorSection defaultCountry="US" applicationName="Acme" accountIdentifier="ada@example.com" />
    </main>
  );
}

/** Every row of the list is there and the two-step section has left its loading state. */
function loaded(host: HTMLElement, count: number): boolean {
  return (
    host.querySelectorAll('.pnk-phone-numbers-section__row').length === count &&
    host.querySelector('.pnk-sms-two-factor-section:not([aria-busy])') !== null
  );
}

for (const count of [1, 20, 200]) {
  const numbers = `${count} number${count === 1 ? '' : 's'}`;
  it(`mount: Account settings with ${numbers}`, async () => {
    const frames = trackFrames();
    const painted: number[] = [];
    const doubleRaf: number[] = [];
    for (let run = 0; run < WARM_UP_MOUNTS + SAMPLES; run++) {
      const backend = freshBackend({ phoneNumbers: seedNumbers(count) });
      let readyAt = Number.NaN;
      const observer = new MutationObserver(() => {
        if (Number.isNaN(readyAt) && loaded(document.body, count)) readyAt = performance.now();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'class'] });
      const start = performance.now();
      const view = mount(backend, <AccountSettings />);
      // The observer stamps the moment the data lands (findBy's polling would blur it); this only waits for it.
      const deadline = start + 15_000;
      while (Number.isNaN(readyAt)) {
        if (performance.now() > deadline) throw new Error(`the page never showed ${count} numbers`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      observer.disconnect();
      const times = await frames.paintAfter(readyAt);
      view.unmount();
      if (run >= WARM_UP_MOUNTS) {
        painted.push(times.painted - start);
        doubleRaf.push(times.doubleRaf - start);
      }
    }
    frames.stop();
    mountRows.push({ page: `Account settings, ${numbers}`, painted, doubleRaf });
  });
}

it('prints the table', async () => {
  const machine = await commands.benchMachine();
  console.log(['', keystrokeTable(keystrokeRows), '', mountTable(mountRows), '', machineLine(machineBefore, machine, reactBuild()), firstInput, ''].join('\n'));
});
