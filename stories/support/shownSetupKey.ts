/**
 * What a person with an authenticator app does in a play: read the setup key the enrollment step shows (under
 * "Can't scan it?") and compute the code an app would show for it now (RFC 6238). The key is read from the page,
 * never from the backend, so the play fails if the page shows a key other than the one the backend checks.
 */
import { within } from 'storybook/test';
import { totpCode } from '../../src/testing/memory-backend/totp.ts';

/** The setup key shown inside `root`, without the spaces between its groups. */
async function shownSetupKey(root: HTMLElement): Promise<string> {
  const instruction = await within(root).findByText('Can’t scan it? Enter this setup key in your app instead.', {}, { timeout: 10_000 });
  const key = instruction.nextElementSibling?.textContent?.replace(/\s+/g, '') ?? '';
  if (!/^[A-Z2-7]{16,}$/.test(key)) throw new Error(`No Base32 setup key beside “Can’t scan it?” (found “${key}”)`);
  return key;
}

/** The 6-digit code an authenticator app shows now for the setup key shown inside `root`. */
export async function codeFromShownSetupKey(root: HTMLElement): Promise<string> {
  return totpCode(await shownSetupKey(root), Date.now());
}
