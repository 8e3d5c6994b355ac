/** Debian's Chromium driven by playwright, with keyboard helpers that see into shadow roots. */
import { chromium, type Browser, type Locator, type Page } from 'playwright';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}

/** True when the element is the focused one of its own tree (the document or its shadow root). */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => (element.getRootNode() as Document | ShadowRoot).activeElement === element);
}

/** Presses Tab until `locator` has focus; fails after `limit` presses. */
export async function tabTo(page: Page, locator: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await hasFocus(locator)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${locator.toString()}`);
}

/** Waits until `locator` has focus. */
export async function waitForFocus(locator: Locator, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await hasFocus(locator))) {
    if (Date.now() > until) throw new Error(`${locator.toString()} never got focus`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
