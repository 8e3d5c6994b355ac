/**
 * Drives an example host app in Chromium as a user would: add +1 201 555 0123, read its code in the SMS outbox and
 * type it, turn SMS two-step verification on with that number, see the backup codes and acknowledge them. Fails on
 * any console error, page error, hydration warning or request that leaves 127.0.0.1.
 *
 * Used by scripts/examples.mjs; by hand: `node scripts/examples-drive.mjs http://127.0.0.1:3000/`.
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';

/** Waits for states, never for clocks: each step may take this long on a busy machine. */
const STATE_CEILING_MS = 60_000;
const NEW_NUMBER = '+1 201 555 0123';
const NEW_NUMBER_E164 = '+12015550123';
// Production React names hydration failures by number only (418, 423, 425).
const HYDRATION = /hydrat|did not match|mismatch|react\.dev\/errors\/(418|423|425)\b/i;

/** Launches Debian's Chromium headless, as the kit's browser tests do. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Runs `journey` on `url` in a fresh browser context, failing on any console error, page error, hydration warning or
 * request that leaves the app's origin. `journey(page, at)` calls `at(step)` as it reaches each step, so a failure
 * names the step it happened in.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @param {(page: import('playwright').Page, at: (step: string) => void) => Promise<void>} journey
 * @returns {Promise<{ ok: boolean, problems: string[], step: string }>} `step` is the last step reached.
 */
export async function runJourney(browser, url, journey) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(STATE_CEILING_MS);
  const problems = [];
  const origin = new URL(url).origin;
  const hydration = (text) => (HYDRATION.test(text) ? 'hydration ' : '');
  page.on('console', (message) => {
    if (message.type() === 'error' || hydration(message.text())) problems.push(`${hydration(message.text())}console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${hydration(error.message)}page error: ${error.stack ?? error.message}`));
  // The examples need no network beyond their own server.
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.startsWith(origin) || requested.startsWith('data:') || requested.startsWith('blob:')) return route.continue();
    problems.push(`request outside the app: ${requested}`);
    return route.abort();
  });

  let step = 'open the page';
  try {
    await journey(page, (next) => {
      step = next;
    });
    step = 'done';
  } catch (error) {
    problems.push(`failed at "${step}": ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await context.close();
  }
  return { ok: problems.length === 0, problems, step };
}

/**
 * The phone-number journey on an example host app.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 */
export function driveExample(browser, url) {
  return runJourney(browser, url, async (page, at) => {
      await page.goto(url);
      await page.getByText('+1 201 555 0100').waitFor();
      await page.getByRole('button', { name: 'Enable SMS verification' }).waitFor();

      at('add +1 201 555 0123');
      await page.getByRole('button', { name: 'Add phone number' }).click();
      const phoneInput = page.getByRole('textbox', { name: 'Phone number' });
      await expectFocused(phoneInput);
      await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'United States (+1)' });
      await phoneInput.focus();
      await page.keyboard.type('2015550123');
      await page.keyboard.press('Enter');

      at('read the code in the SMS outbox and enter it');
      const codeInput = page.getByRole('textbox', { name: 'Verification code' });
      await expectFocused(codeInput);
      const message = page.getByRole('complementary', { name: 'SMS outbox' }).getByRole('listitem').filter({ hasText: NEW_NUMBER_E164 });
      const code = /\b(\d{6})\b/.exec(await message.first().innerText())?.[1];
      if (!code) throw new Error(`no code in the outbox message: ${await message.first().innerText()}`);
      await page.keyboard.type(code);
      await codeInput.waitFor({ state: 'detached' });
      const newRow = page.getByRole('region', { name: 'Phone numbers' }).getByRole('listitem').filter({ hasText: NEW_NUMBER });
      await newRow.filter({ hasNotText: 'Unverified' }).waitFor();

      at('turn SMS two-step verification on with the new number');
      await page.getByRole('button', { name: 'Enable SMS verification' }).click();
      const choices = page.getByRole('group', { name: 'Choose a phone number' });
      await choices.waitFor();
      await choices.getByRole('radio', { name: NEW_NUMBER }).check();
      await page.getByRole('button', { name: 'Continue' }).click();

      at('see the backup codes and acknowledge them');
      await page.getByRole('heading', { name: 'Save your backup codes' }).waitFor();
      const codes = await page.getByRole('list', { name: 'Backup codes' }).getByRole('listitem').allInnerTexts();
      if (codes.length === 0 || codes.some((c) => !/\w{4,}/.test(c))) throw new Error(`unexpected backup codes: ${JSON.stringify(codes)}`);
      await page.getByRole('checkbox', { name: 'I have saved these codes' }).check();
      await page.getByRole('button', { name: 'Done' }).click();

      at('see SMS verification on');
      await page.getByText(`SMS verification is on. When you sign in, we text a code to ${NEW_NUMBER}.`).waitFor();
      await page.getByRole('button', { name: 'Disable SMS verification' }).waitFor();
  });
}

/** `node <script> <url>`: drives `url` with `drive`, prints the problems and PASS or FAIL, exits 0 or 1. */
export async function driveFromCommandLine(script, drive) {
  const url = process.argv[2];
  if (!url) {
    console.error(`usage: node ${script} <url>`);
    process.exit(2);
  }
  const browser = await launchChromium();
  const result = await drive(browser, url).finally(() => browser.close());
  for (const problem of result.problems) console.error(problem);
  console.log(result.ok ? `PASS ${url}` : `FAIL ${url} (last step: ${result.step})`);
  process.exit(result.ok ? 0 : 1);
}

/** Waits until the element has the focus (the kit moves it to each step as it opens). */
async function expectFocused(locator) {
  const deadline = Date.now() + STATE_CEILING_MS;
  for (;;) {
    await locator.waitFor({ timeout: Math.max(deadline - Date.now(), 1) });
    if (await locator.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${locator} never had the focus`);
    await locator.page().waitForTimeout(50); // a poll interval, not a wait for the state itself
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await driveFromCommandLine('scripts/examples-drive.mjs', driveExample);
