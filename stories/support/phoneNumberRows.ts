/** Play helpers for the phone-number list: find a number's row, and use its Actions menu from the keyboard. */
import { expect, userEvent, within } from 'storybook/test';
import { tabTo } from './keyboard.ts';

type Canvas = ReturnType<typeof within>;

/** The list row of the number shown as `formatted`. */
export function rowOf(canvas: Canvas, formatted: string): HTMLElement {
  // The row's own copy of the number (it also appears, isolated, inside confirmation sentences).
  const row = canvas.getByText(formatted, { selector: '.pnk-phone-numbers-section__number .pnk-phone-number' }).closest('li');
  if (!row) throw new Error(`No row for ${formatted}`);
  return row;
}

/** Opens the row's menu from the keyboard and picks `item`; returns the menu's trigger. */
export async function chooseFromMenu(canvas: Canvas, formatted: string, item: string) {
  const trigger = await canvas.findByRole('button', { name: `Actions for ${formatted}` });
  await tabTo(trigger);
  await userEvent.keyboard('{ArrowDown}');
  const menu = await canvas.findByRole('menu', { name: `Actions for ${formatted}` });
  const target = within(menu).getByRole('menuitem', { name: item });
  for (let i = 0; i < 5 && document.activeElement !== target; i++) await userEvent.keyboard('{ArrowDown}');
  await expect(target).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  return trigger;
}
