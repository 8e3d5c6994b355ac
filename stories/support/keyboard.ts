/** Keyboard helpers for play functions: reach controls the way a keyboard user does, with Tab. */
import { expect, userEvent } from 'storybook/test';

/** Presses Tab until `target` has focus (at most `limit` presses), then asserts it has. */
export async function tabTo(target: HTMLElement, limit = 40): Promise<void> {
  for (let i = 0; i < limit && document.activeElement !== target; i++) await userEvent.tab();
  await expect(target).toHaveFocus();
}

/** Tabs to `target` and presses Enter: how a keyboard user presses a button (or opens a menu). */
export async function activate(target: HTMLElement): Promise<void> {
  await tabTo(target);
  await userEvent.keyboard('{Enter}');
}
