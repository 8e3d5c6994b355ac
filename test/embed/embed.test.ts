// @vitest-environment node
/**
 * `phone-number-kit/embed` on a plain HTML page under a strict CSP (`default-src 'self'; style-src 'self'`), in
 * Debian's Chromium: the whole flow by keyboard in light DOM and in a shadow root with zero CSP violations, the code
 * input inside a shadow root, and `update` / `unmount`. The bundle is built here, since `npm test` runs before
 * `npm run build`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright';
import { hasFocus, launchChromium, tabTo, waitForFocus } from './browser.ts';
import { startEmbedServer, type EmbedServer } from './embedServer.ts';

let server: EmbedServer;
let browser: Browser;
let page: Page;
let cspMessages: string[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startEmbedServer(), launchChromium()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  await page?.close();
});

async function open(query: string): Promise<Page> {
  page = await browser.newPage();
  cspMessages = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspMessages.push(message.text());
  });
  await page.goto(`${server.origin}/?${query}`);
  return page;
}

async function violations(): Promise<string[]> {
  const events = await page.evaluate(() => (window as unknown as { pnkViolations: string[] }).pnkViolations);
  return [...events, ...cspMessages];
}

describe.each([
  { mode: 'light DOM', query: 'shadow=0' },
  { mode: 'shadow root', query: 'shadow=1' },
])('in $mode under a strict CSP', ({ query }) => {
  test('add a number, enter the code, turn on two-step and see backup codes, by keyboard, with zero violations', async () => {
    const backend = server.useBackend();
    await open(query);
    await tabTo(page, page.getByRole('button', { name: 'Add phone number' }));
    await page.keyboard.press('Enter');
    await waitForFocus(page.getByRole('textbox', { name: 'Phone number' }));
    await page.keyboard.type('2015550123');
    await page.keyboard.press('Enter');
    const code = page.getByLabel('Verification code');
    await waitForFocus(code);
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(backend.outbox.lastCodeFor('+12015550123')).toBe('424242');
    await page.keyboard.type('424242');
    await waitForFocus(page.getByRole('button', { name: 'Add phone number' }));
    expect(backend.snapshot().phoneNumbers[0]?.verification?.status).toBe('verified');

    await tabTo(page, page.getByRole('button', { name: 'Enable SMS verification' }));
    await page.keyboard.press('Enter');
    const choice = page.getByRole('radio', { name: '+1 201 555 0123' });
    await tabTo(page, choice);
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Save your backup codes' }).waitFor();
    const codes = backend.snapshot().backupCodes?.codes ?? [];
    expect(codes.length).toBeGreaterThan(0);
    expect(await page.getByRole('list', { name: 'Backup codes' }).textContent()).toContain(codes[0]);
    expect(backend.snapshot().phoneNumbers[0]?.reservedForSecondFactor).toBe(true);

    expect(await violations()).toEqual([]);
  }, 60_000);
});

describe('in a shadow root', () => {
  test('the kit CSS is linked inside the root (default: next to embed.js), the page CSS stays out, nothing goes to body', async () => {
    server.useBackend({ phoneNumbers: [{ id: 'idn_1', phoneNumber: '+12015550100', verified: true }] });
    await open('shadow=1');
    await page.getByText('+1 201 555 0100').waitFor();
    const facts = await page.evaluate(() => {
      const root = document.getElementById('app')!.shadowRoot!;
      const button = root.querySelector<HTMLElement>('.pnk-button')!;
      return {
        link: root.querySelector('link[rel=stylesheet]')?.getAttribute('href'),
        styleElements: document.querySelectorAll('style').length + root.querySelectorAll('style').length,
        buttonFont: getComputedStyle(button).fontFamily,
        buttonTransform: getComputedStyle(button).textTransform,
        bodyChildren: [...document.body.children].map((child) => child.tagName.toLowerCase()),
      };
    });
    expect(facts.link).toBe(`${server.origin}/styles.css`);
    expect(facts.styleElements).toBe(0);
    expect(facts.buttonTransform).toBe('none'); // the host's `button { text-transform: uppercase }` does not reach in
    expect(facts.buttonFont).not.toBe('serif');

    // The actions menu opens inline, inside the root.
    await tabTo(page, page.getByRole('button', { name: 'Actions for +1 201 555 0100' }));
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Remove' }).waitFor();
    const menuInRoot = await page.evaluate(() => !!document.getElementById('app')!.shadowRoot!.querySelector('[role=menu]'));
    expect(menuInRoot).toBe(true);
    expect(facts.bodyChildren).toEqual(['main', 'script']);
    expect(await page.evaluate(() => [...document.body.children].map((child) => child.tagName.toLowerCase()))).toEqual(['main', 'script']);
    expect(await violations()).toEqual([]);
  }, 60_000);

  test('the code input keeps its focus, active box, fake caret and autofill attribute; paste fills it', async () => {
    server.useBackend({ phoneNumbers: [{ id: 'idn_1', phoneNumber: '+12015550100', verified: false }] });
    await open('shadow=1');
    await tabTo(page, page.getByRole('button', { name: 'Actions for +1 201 555 0100' }));
    await page.keyboard.press('Enter');
    await waitForFocus(page.getByRole('menuitem', { name: 'Verify' }));
    await page.keyboard.press('Enter');
    const code = page.getByLabel('Verification code');
    await waitForFocus(code);
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    const boxes = () =>
      page.evaluate(() =>
        [...document.getElementById('app')!.shadowRoot!.querySelectorAll('.pnk-verify-phone-number__slot')]
          .map((slot) => `${slot.textContent}${slot.hasAttribute('data-active') ? '*' : ''}${slot.querySelector('.pnk-verify-phone-number__caret') ? '|' : ''}`)
          .join(','),
      );
    await expect.poll(boxes).toBe('*|,,,,,');
    await page.keyboard.type('42');
    await expect.poll(boxes).toBe('4,2,*|,,,');
    // input-otp alone loses the active box here: its `selectionchange` check compares document.activeElement.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(boxes).toBe('4,2*,,,,');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(boxes).toBe('4,2,,,,');
    expect(await hasFocus(code)).toBe(false);

    await code.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.evaluate(() => navigator.clipboard.writeText('424242'));
    await page.keyboard.press('ControlOrMeta+V');
    await page.getByText('Phone number verified', { exact: false }).first().waitFor();
    expect(await violations()).toEqual([]);
  }, 60_000);
});

describe('mount, update and unmount', () => {
  test('update changes props in place; unmount removes everything it added', async () => {
    server.useBackend({ phoneNumbers: [{ id: 'idn_1', phoneNumber: '+12015550100', verified: true }] });
    for (const query of ['shadow=0', 'shadow=1']) {
      await open(query);
      await page.getByRole('heading', { name: 'Phone numbers' }).waitFor();
      await page.getByRole('button', { name: 'Enable SMS verification' }).waitFor();

      await page.evaluate(() => {
        const embed = (window as unknown as { pnkEmbed: { update(options: object): void } }).pnkEmbed;
        embed.update({ section: 'phone-numbers', localization: { phoneNumbersSection: { heading: 'Telefonnummern' } } });
      });
      await page.getByRole('heading', { name: 'Telefonnummern' }).waitFor();
      expect(await page.getByRole('button', { name: 'Enable SMS verification' }).count()).toBe(0);

      await page.evaluate(() => (window as unknown as { pnkEmbed: { unmount(): void } }).pnkEmbed.unmount());
      const left = await page.evaluate(() => {
        const app = document.getElementById('app')!;
        return { light: app.childElementCount, shadow: app.shadowRoot?.childElementCount ?? 0 };
      });
      expect(left).toEqual({ light: 0, shadow: 0 });
      expect(await violations()).toEqual([]);
      await page.close();
    }
  }, 60_000);
});

describe('unmount leaves the page as it found it', () => {
  test.each([false, true])('shadow: %s: <head> and <body> exactly as before mount(), after the code step was open', async (shadow) => {
    server.useBackend();
    await open('manual=1');
    const pageNow = () => page.evaluate(() => ({ head: document.head.innerHTML, body: document.body.innerHTML }));
    const before = await pageNow();
    await page.evaluate((inShadow) => {
      const w = window as unknown as { pnkMount(options: object): unknown; pnkEmbed: unknown };
      w.pnkEmbed = w.pnkMount({ section: 'phone-numbers', shadow: inShadow });
    }, shadow);
    await tabTo(page, page.getByRole('button', { name: 'Add phone number' }));
    await page.keyboard.press('Enter');
    await waitForFocus(page.getByRole('textbox', { name: 'Phone number' }));
    await page.keyboard.type('2015550123');
    await page.keyboard.press('Enter');
    await waitForFocus(page.getByLabel('Verification code'));
    expect(await page.evaluate(() => document.getElementById('input-otp-style')?.getAttribute('data-owner'))).toBe('phone-number-kit');

    await page.evaluate(() => (window as unknown as { pnkEmbed: { unmount(): void } }).pnkEmbed.unmount());
    expect(await pageNow()).toEqual(before);
    expect(await violations()).toEqual([]);
  }, 60_000);
});
