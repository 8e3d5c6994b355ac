// @vitest-environment node
/**
 * Storybook as a reviewer opens it (`npm start`), in Debian's Chromium: a story with a play function opens in its
 * first state, in English and in German, with no failed request (the review's "404 on every story open") and no
 * error in the console. Slow (it starts Storybook's dev server), so it opens only two stories.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { en } from '../../src/i18n/index.ts';
import { de } from '../../src/i18n/locales/de.ts';
import { launchChromium } from '../embed/browser.ts';
import { freePort } from '../support/freePort.ts';

const STORY = 'components-verifyphonenumber--without-auto-submit';

let storybook: ChildProcess;
let browser: Browser;
let origin = '';
let output = '';

/**
 * In the story frame, before Storybook starts: records the phases of each story render (`loading`, `rendering`,
 * `playing`, … `finished`) that Storybook announces on its channel (core event `storyRenderPhaseChanged`).
 */
function recordRenderPhases(): void {
  const phases: string[] = [];
  let channel: { on(event: string, listener: (event: { newPhase: string }) => void): void } | undefined;
  Object.assign(window, { renderPhases: phases });
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (next: typeof channel) => {
      channel = next;
      next?.on('storyRenderPhaseChanged', ({ newPhase }) => phases.push(newPhase));
    },
  });
}

const renderPhases = () => (window as unknown as { renderPhases: string[] }).renderPhases;

/** Storybook's own environment: not this test's, which tells the Storybook config it runs under Vitest. */
function storybookEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'NODE_ENV' || name === 'TEST') delete env[name];
  return env;
}

async function untilServing(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Storybook exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  storybook = spawn(process.execPath, ['node_modules/.bin/storybook', 'dev', '-p', String(port), '--exact-port', '--ci', '--no-open', '--host', '127.0.0.1'], {
    env: storybookEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  storybook.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  storybook.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  [browser] = await Promise.all([launchChromium(), untilServing(`${origin}/index.json`, storybook)]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  // The CLI's whole process group: its Vite server and workers too.
  if (storybook?.pid && storybook.exitCode === null) process.kill(-storybook.pid, 'SIGTERM');
});

describe('Storybook, opened by a person', () => {
  it.each([
    ['en', en],
    ['de', de],
  ] as const)('opens a story in its first state, in %s, with no failed request or console error', async (locale, messages) => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') failed.push(`console: ${message.text()} ${message.location().url}`);
    });
    page.on('pageerror', (error) => failed.push(`page error: ${error.message}`));
    try {
      await page.addInitScript(recordRenderPhases);
      // A cold server compiles the story's modules first: the waits below are for states, this one only for the answer.
      await page.goto(`${origin}/iframe.html?id=${STORY}&viewMode=story&globals=locale:${locale}`, { waitUntil: 'commit', timeout: 180_000 });
      const code = page.getByRole('textbox', { name: messages.verifyPhoneNumber.codeLabel });
      // The story's play types the code and verifies; in its first state the field is empty, focused, waiting.
      await expect.poll(() => code.evaluate((input) => input === document.activeElement), { timeout: 180_000 }).toBe(true);
      // Storybook's record of the render: finished, and never in the play phase.
      await expect.poll(() => page.evaluate(renderPhases), { timeout: 60_000 }).toContain('finished');
      expect(await page.evaluate(renderPhases)).not.toContain('playing');
      await expect(code.inputValue()).resolves.toBe('');
      expect(await page.getByText(messages.verifyPhoneNumber.verified).count()).toBe(0);
      expect(failed).toEqual([]);
    } finally {
      await page.close();
    }
  }, 300_000);
});
