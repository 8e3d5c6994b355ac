/**
 * Screenshots of the demo and the two sections' fullest stories at 1280 and 375 px, for docs/screenshots/.
 * Needs Storybook running (`npm start`):  node scripts/demo-screenshots.mjs [http://127.0.0.1:6006] [docs/screenshots] [after]
 * Writes <dir>/<prefix>-<shot>-<width>.png and prints how far each page scrolls sideways (0 is right).
 */
import { chromium } from 'playwright';

const [base = 'http://127.0.0.1:6006', outDir = 'docs/screenshots', prefix = 'after'] = process.argv.slice(2);
const shots = [
  ['demo-account-settings--default', 'demo'],
  ['sections-smstwofactorsection--on-many-numbers', 'two-step-on'],
  ['sections-phonenumberssection--many-numbers', 'numbers-many'],
];
/** Waits for the story's content (a list row, or the two-step section settled on or off), not for a time. */
const LOADED = '.pnk-phone-numbers-section__row, .pnk-sms-two-factor-section[data-state="on"], .pnk-sms-two-factor-section[data-state="off"]';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const width of [1280, 375]) {
    const phone = width < 600;
    const context = await browser.newContext({ viewport: { width, height: phone ? 740 : 800 }, isMobile: phone, hasTouch: phone });
    const page = await context.newPage();
    for (const [id, name] of shots) {
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { timeout: 180_000 });
      await page.waitForSelector(LOADED, { timeout: 180_000 });
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 60_000 });
      await page.screenshot({ path: `${outDir}/${prefix}-${name}-${width}.png`, fullPage: true });
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      console.log(`${prefix}-${name}-${width}.png  sideways scroll: ${sideways}px`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
