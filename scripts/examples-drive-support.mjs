/**
 * Drives the support console example (examples/support-console) in Chromium as an agent would: sign in as the demo
 * support lead, find the user by +1 201 555 0100, open them, text the caller a code, type what the SMS outbox shows,
 * see the caller verified. Fails on any console error, page error or request that leaves 127.0.0.1.
 *
 * Used by scripts/examples.mjs; by hand: `node scripts/examples-drive-support.mjs http://127.0.0.1:8787/`.
 */
import { pathToFileURL } from 'node:url';
import { launchChromium } from './examples-drive.mjs';

/** Waits for states, never for clocks: each step may take this long on a busy machine. */
const STATE_CEILING_MS = 60_000;
const NUMBER_E164 = '+12015550100';

/**
 * Runs the journey on `url` in a fresh browser context.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @returns {Promise<{ ok: boolean, problems: string[], step: string }>}
 */
export async function driveSupportConsole(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(STATE_CEILING_MS);
  const problems = [];
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.startsWith(origin) || requested.startsWith('data:') || requested.startsWith('blob:')) return route.continue();
    problems.push(`request outside the app: ${requested}`);
    return route.abort();
  });

  let step = 'open the page and sign in as the support lead';
  try {
    await page.goto(url);
    await page.getByRole('button', { name: 'Sign in as support lead' }).click();
    await page.waitForURL(url);

    step = `find the user by ${NUMBER_E164}`;
    const lookup = page.getByRole('region', { name: 'Find a user' });
    await lookup.getByRole('textbox', { name: 'Phone number' }).fill('+1 201 555 0100');
    await lookup.getByRole('button', { name: 'Search' }).click();
    await lookup.getByText('1 user found.').waitFor();
    await lookup.getByRole('button', { name: /^Open/ }).first().click();

    step = 'text the caller a code';
    const verify = page.getByRole('region', { name: 'Verify the caller' });
    await verify.getByRole('radio', { name: /\+1 201 555 0100/ }).check();
    await verify.getByRole('button', { name: 'Send code' }).click();
    await verify.getByText('Code sent to +1 201 555 0100. Ask the caller to read it to you.').waitFor();
    const codeInput = verify.getByLabel('Code the caller reads');
    await codeInput.waitFor();

    step = 'type the code the SMS outbox shows';
    const message = page.getByRole('complementary', { name: /SMS outbox/ }).getByRole('listitem').filter({ hasText: NUMBER_E164 });
    await message.first().waitFor();
    const code = /\b(\d{6})\b/.exec(await message.first().innerText())?.[1];
    if (!code) throw new Error(`no code in the outbox message: ${await message.first().innerText()}`);
    await codeInput.focus();
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');

    step = 'see the caller verified';
    await verify.getByText(/^Caller verified: they hold/).waitFor();
    step = 'done';
  } catch (error) {
    problems.push(`failed at "${step}": ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await context.close();
  }
  return { ok: problems.length === 0, problems, step };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.argv[2];
  if (!url) {
    console.error('usage: node scripts/examples-drive-support.mjs <url>');
    process.exit(2);
  }
  const browser = await launchChromium();
  const result = await driveSupportConsole(browser, url).finally(() => browser.close());
  for (const problem of result.problems) console.error(problem);
  console.log(result.ok ? `PASS ${url}` : `FAIL ${url} (last step: ${result.step})`);
  process.exit(result.ok ? 0 : 1);
}
