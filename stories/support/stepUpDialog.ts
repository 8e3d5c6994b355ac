/** Play helpers for the kit's step-up ("Confirm it’s you") dialog. */
import type { within } from 'storybook/test';
import { expect, userEvent, waitFor } from 'storybook/test';

/** Waits for the step-up dialog, presses Esc the moment it shows, and waits until it has closed. */
export async function escapeStepUp(canvas: ReturnType<typeof within>): Promise<void> {
  await canvas.findByRole('dialog', { name: 'Confirm it’s you' });
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
}
