/**
 * Drives the support console example (examples/support-console) in Chromium as an agent would: sign in as the demo
 * support lead, find the user by +1 201 555 0100, open them, text the caller a code, type what the SMS outbox shows,
 * see the caller verified. Fails on any console error, page error, hydration warning or request that leaves 127.0.0.1.
 *
 * Used by scripts/examples.mjs; by hand: `node scripts/examples-drive-support.mjs http://127.0.0.1:8787/`.
 */
import { pathToFileURL } from 'node:url';
import { driveFromCommandLine, runJourney } from './examples-drive.mjs';

const NUMBER_E164 = '+12015550100';

/**
 * The support console journey (runJourney: fails on console and page errors and requests outside the app).
 * @param {import('playwright').Browser} browser
 * @param {string} url
 */
export function driveSupportConsole(browser, url) {
  return runJourney(browser, url, async (page, at) => {
    at('open the page and sign in as the support lead');
      await page.goto(url);
      await page.getByRole('button', { name: 'Sign in as support lead' }).click();
      await page.waitForURL(url);

      at(`find the user by ${NUMBER_E164}`);
      const lookup = page.getByRole('region', { name: 'Find a user' });
      await lookup.getByRole('textbox', { name: 'Phone number' }).fill('+1 201 555 0100');
      await lookup.getByRole('button', { name: 'Search' }).click();
      await lookup.getByText('1 user found.').waitFor();
      await lookup.getByRole('button', { name: /^Open/ }).first().click();

      at('text the caller a code');
      const verify = page.getByRole('region', { name: 'Verify the caller' });
      await verify.getByRole('radio', { name: /\+1 201 555 0100/ }).check();
      await verify.getByRole('button', { name: 'Send code' }).click();
      await verify.getByText('Code sent to +1 201 555 0100. Ask the caller to read it to you.').waitFor();
      const codeInput = verify.getByLabel('Code the caller reads');
      await codeInput.waitFor();

      at('type the code the SMS outbox shows');
      const message = page.getByRole('complementary', { name: /SMS outbox/ }).getByRole('listitem').filter({ hasText: NUMBER_E164 });
      await message.first().waitFor();
      const code = /\b(\d{6})\b/.exec(await message.first().innerText())?.[1];
      if (!code) throw new Error(`no code in the outbox message: ${await message.first().innerText()}`);
      await codeInput.focus();
      await page.keyboard.type(code);
      await page.keyboard.press('Enter');

      at('see the caller verified');
      await verify.getByText(/^Caller verified: they hold/).waitFor();
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await driveFromCommandLine('scripts/examples-drive-support.mjs', driveSupportConsole);
