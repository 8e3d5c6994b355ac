/**
 * BackupCodes laid out in Chromium: two columns of five codes at a phone's width and at a desktop's, and an
 * "I have saved these codes" target at least 24 px tall (WCAG 2.5.8 without the spacing exception).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BackupCodes } from '../../src/components/BackupCodes/BackupCodes.tsx';
import { PhoneNumberKitProvider } from '../../src/hooks/PhoneNumberKitProvider.tsx';
import { createMemoryBackend } from '../../src/testing/index.ts';
import { GeneratedCodes } from '../../stories/support/GeneratedCodes.tsx';

afterEach(cleanup);

async function renderCodes() {
  const backend = createMemoryBackend({
    phoneNumbers: [{ id: 'idn_a', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true }],
  });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <PhoneNumberKitProvider adapter={backend.adapter}>
        <GeneratedCodes>
          <BackupCodes />
        </GeneratedCodes>
      </PhoneNumberKitProvider>
    </QueryClientProvider>,
  );
  const list = await screen.findByRole('list', { name: 'Backup codes' });
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(10));
  return within(list).getAllByRole('listitem');
}

/** How many codes sit in each column, left to right. */
function columns(items: HTMLElement[]): number[] {
  const counts = new Map<number, number>();
  for (const item of items) {
    const left = Math.round(item.getBoundingClientRect().left);
    counts.set(left, (counts.get(left) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
}

describe('BackupCodes layout', () => {
  for (const [width, height] of [
    [320, 640],
    [375, 740],
    [1280, 800],
  ] as const) {
    it(`shows two columns of five at ${width} px, and a saved-codes target at least 24 px tall`, async () => {
      await page.viewport(width, height);
      const items = await renderCodes();
      expect(columns(items)).toEqual([5, 5]);
      const checkbox = screen.getByRole('checkbox', { name: 'I have saved these codes' });
      const target = checkbox.closest('label')!.getBoundingClientRect();
      expect(target.height).toBeGreaterThanOrEqual(24);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    });
  }
});
