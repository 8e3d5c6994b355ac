/**
 * PhoneNumbersSection laid out in Chromium at a phone's width: every row keeps one layout (the menu pinned
 * top-right, level with the number; badges and note under the number), and the menu button is a 32 px target.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { loaded, story } from '../i18n/storyHarness.tsx';

afterEach(cleanup);

const box = (element: Element) => element.getBoundingClientRect();

describe('PhoneNumbersSection at 375 px', () => {
  it('pins each row menu top-right, level with the number, with badges and notes under the number', async () => {
    const container = await story('Sections/PhoneNumbersSection › ManyNumbers').render((node) => <div style={{ width: 375 }}>{node}</div>);
    await loaded(container);
    const list = screen.getByRole('list', { name: 'Phone numbers' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const trigger = within(row).getByRole('button', { name: /^Actions for / });
      const number = row.querySelector('.pnk-phone-numbers-section__number')!;
      const menu = box(trigger);
      expect(menu.width).toBeGreaterThanOrEqual(32);
      expect(menu.height).toBeGreaterThanOrEqual(32);
      // Top-right: at the list's end edge, and vertically centred on the number's line.
      expect(Math.abs(menu.right - box(list).right)).toBeLessThanOrEqual(1);
      expect(Math.abs((menu.top + menu.bottom) / 2 - (box(number).top + box(number).bottom) / 2)).toBeLessThanOrEqual(2);
      // Whatever else the row holds sits under the number.
      for (const extra of row.querySelectorAll('.pnk-badge, .pnk-phone-numbers-section__note')) {
        expect(box(extra).top).toBeGreaterThanOrEqual(box(number).bottom);
      }
    }
  });
});

describe('PhoneNumbersSection while the list loads', () => {
  /** The height of the first element matching `selector` once the story has rendered it, at a desktop width. */
  async function firstHeight(storyName: string, selector: string): Promise<{ height: number; top: string }> {
    const container = await story(storyName).render((node) => <div style={{ width: 640 }}>{node}</div>);
    await expect.poll(() => container.querySelector(selector)).not.toBeNull();
    const element = container.querySelector(selector)!;
    const height = box(element).height;
    const top = getComputedStyle(element).borderTopWidth;
    cleanup();
    return { height, top };
  }

  it('draws placeholder rows as tall as the one-line rows that replace them, so nothing jumps when the list arrives', async () => {
    const placeholder = await firstHeight('Sections/PhoneNumbersSection › Loading', '.pnk-skeleton__row');
    const container = await story('Sections/PhoneNumbersSection › OneVerified').render((node) => <div style={{ width: 640 }}>{node}</div>);
    await loaded(container);
    const row = within(screen.getByRole('list', { name: 'Phone numbers' })).getAllByRole('listitem')[0]!;
    expect(placeholder.height).toBeCloseTo(box(row).height, 0);
    // Like the list, the first placeholder has no rule above it: the card is the frame.
    expect(placeholder.top).toBe(getComputedStyle(row).borderTopWidth);
  });
});
