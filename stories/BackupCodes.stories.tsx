/**
 * BackupCodes: the codes held in memory, and keeping them (copy, download, print), regenerating behind a warning,
 * and "I have saved these codes" before Done. Each play function is a keyboard user.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { BackupCodes } from '../src/components/BackupCodes/BackupCodes.tsx';
import { useReserveForSecondFactor } from '../src/hooks/index.ts';
import { backendHandlers, KitDecorator, storyBackend, withBackend } from './support/backend.tsx';
import { tabTo } from './support/keyboard.ts';
import { GeneratedCodes } from './support/GeneratedCodes.tsx';
import { withStepUpOutlet } from './support/withStepUpOutlet.tsx';

const TWO_STEP_ID = 'idn_two_step';
const twoStepOn = withBackend({
  phoneNumbers: [{ id: TWO_STEP_ID, phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true }],
});

const withGeneratedCodes: Decorator = (Story) => (
  <GeneratedCodes>
    <Story />
  </GeneratedCodes>
);

/** Turns two-step verification on for a verified number on mount: the server answers with the first codes. */
function ReservedCodes({ phoneNumberId, children }: { phoneNumberId: string; children: ReactNode }) {
  const { setReserved } = useReserveForSecondFactor();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    setReserved({ phoneNumberId, reserved: true }).catch(() => undefined);
  }, [phoneNumberId, setReserved]);
  return children;
}


function shownCodes(canvasElement: HTMLElement): string[] {
  return [...canvasElement.querySelectorAll('.pnk-backup-codes__code')].map((code) => code.textContent ?? '');
}

async function codesReady(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const list = await canvas.findByRole('list', { name: 'Backup codes' });
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(10));
  return { canvas, list };
}

const meta = {
  title: 'Components/BackupCodes',
  component: BackupCodes,
  decorators: [KitDecorator],
  parameters: { msw: backendHandlers },
  args: { onDone: fn(), applicationName: 'Acme', accountIdentifier: 'ada@example.com' },
} satisfies Meta<typeof BackupCodes>;
export default meta;

type Story = StoryObj<typeof meta>;

export const WithCodes: Story = {
  loaders: [twoStepOn],
  decorators: [withGeneratedCodes],
  play: async ({ canvasElement, loaded }) => {
    const { canvas, list } = await codesReady(canvasElement);
    const codes = shownCodes(canvasElement);
    await expect(codes).toEqual(storyBackend(loaded).snapshot().backupCodes?.codes);
    for (const item of within(list).getAllByRole('listitem')) await expect(item.querySelector('code')).not.toBeNull();
    for (const name of ['Copy all', 'Download .txt', 'Print', 'Regenerate codes']) {
      await expect(canvas.getByRole('button', { name })).toBeVisible();
    }
    await expect(canvasElement.querySelector('.pnk-backup-codes')).toHaveAttribute('data-state', 'ready');
  },
};

export const FirstReservation: Story = {
  loaders: [withBackend({ phoneNumbers: [{ id: 'idn_new', phoneNumber: '+12015550102', verified: true }] })],
  decorators: [
    (Story) => (
      <ReservedCodes phoneNumberId="idn_new">
        <Story />
      </ReservedCodes>
    ),
  ],
  play: async ({ canvasElement, loaded }) => {
    const { canvas } = await codesReady(canvasElement);
    // The host says two-step verification is on; the codes' intro does not repeat it.
    await expect(canvas.getByText('Save these backup codes now: they are shown only once.')).toBeVisible();
    await expect(canvas.queryByText(/Two-step verification is on/)).toBeNull();
    await expect(shownCodes(canvasElement)).toEqual(storyBackend(loaded).snapshot().backupCodes?.codes);
    await expect(canvasElement.querySelector('.pnk-backup-codes')).toHaveAttribute('data-source', 'reservation');
  },
};

export const Copy: Story = {
  loaders: [twoStepOn],
  decorators: [withGeneratedCodes],
  // The test browser grants no clipboard permission; the stub records what would have been written.
  beforeEach: () => {
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    return () => writeText.mockRestore();
  },
  play: async ({ canvasElement }) => {
    const { canvas } = await codesReady(canvasElement);
    const copy = canvas.getByRole('button', { name: 'Copy all' });
    await tabTo(copy);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(navigator.clipboard.writeText).toHaveBeenCalledWith(shownCodes(canvasElement).join('\n')));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Copied'));
    await expect(copy).toHaveAttribute('data-state', 'copied');
    await expect(copy).toHaveFocus();
  },
};

export const CopyBlocked: Story = {
  loaders: [twoStepOn],
  decorators: [withGeneratedCodes],
  beforeEach: () => {
    const writeText = spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    return () => writeText.mockRestore();
  },
  play: async ({ canvasElement }) => {
    const { canvas } = await codesReady(canvasElement);
    await tabTo(canvas.getByRole('button', { name: 'Copy all' }));
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/Copying is not available here/);
  },
};

let downloadedAs: string | null = null;

export const Download: Story = {
  loaders: [twoStepOn],
  decorators: [withGeneratedCodes],
  // No real file: the stubs keep the blob and the name the link would have saved.
  beforeEach: () => {
    downloadedAs = null;
    const create = spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup-codes-story');
    const revoke = spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloadedAs = this.download;
    });
    return () => [create, revoke, click].forEach((spy) => spy.mockRestore());
  },
  play: async ({ canvasElement }) => {
    const { canvas } = await codesReady(canvasElement);
    await tabTo(canvas.getByRole('button', { name: 'Download .txt' }));
    await userEvent.keyboard('{Enter}');
    await expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    const blob = (URL.createObjectURL as unknown as { mock: { calls: [Blob][] } }).mock.calls[0]![0];
    await expect(await blob.text()).toBe(
      ['Backup codes for Acme (ada@example.com)', '', 'Each code works once. Keep these codes somewhere safe.', '', ...shownCodes(canvasElement), ''].join('\n'),
    );
    await expect(downloadedAs).toBe('acme-backup-codes.txt');
    await waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:backup-codes-story'));
    await expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Backup codes downloaded.'));
  },
};

let printingWhenCalled: string | null | undefined;

export const Print: Story = {
  loaders: [twoStepOn],
  decorators: [withGeneratedCodes],
  beforeEach: ({ canvasElement }) => {
    printingWhenCalled = undefined;
    // This story's own root: another story's, not yet torn down on a busy machine, may still be in the document.
    const print = spyOn(window, 'print').mockImplementation(() => {
      printingWhenCalled = canvasElement.querySelector('.pnk-backup-codes')?.getAttribute('data-printing');
    });
    return () => print.mockRestore();
  },
  play: async ({ canvasElement }) => {
    const { canvas } = await codesReady(canvasElement);
    await tabTo(canvas.getByRole('button', { name: 'Print' }));
    await userEvent.keyboard('{Enter}');
    await expect(window.print).toHaveBeenCalledTimes(1);
    // The print-only rules apply while the root is marked, and the printed heading names the app and account.
    await expect(printingWhenCalled).toBe('true');
    await expect(canvasElement.querySelector('.pnk-backup-codes__print-heading')).toHaveTextContent('Backup codes for Acme (ada@example.com)');
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(canvasElement.querySelector('.pnk-backup-codes')).not.toHaveAttribute('data-printing'));
  },
};

export const RegenerateConfirm: Story = {
  loaders: [twoStepOn],
  decorators: [withGeneratedCodes],
  play: async ({ canvasElement, loaded }) => {
    const { canvas } = await codesReady(canvasElement);
    const before = shownCodes(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Regenerate codes' });

    // Cancel: nothing changes and focus returns to the trigger.
    await tabTo(trigger);
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('heading', { name: 'Regenerate backup codes?' })).toHaveFocus();
    await expect(canvas.getByText(/current backup codes will stop working/)).toBeVisible();
    await tabTo(canvas.getByRole('button', { name: 'Cancel' }));
    await userEvent.keyboard('{Enter}');
    await expect(trigger).toHaveFocus();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(shownCodes(canvasElement)).toEqual(before);

    // Confirm: a new set replaces the old one, and focus moves to it.
    await userEvent.keyboard('{Enter}');
    await tabTo(await canvas.findByRole('button', { name: 'Yes, regenerate codes' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(shownCodes(canvasElement)).not.toEqual(before));
    const after = shownCodes(canvasElement);
    await expect(after).toHaveLength(10);
    await expect(after.some((code) => before.includes(code))).toBe(false);
    await expect(after).toEqual(storyBackend(loaded).snapshot().backupCodes?.codes);
    await waitFor(() => expect(canvas.getByRole('list', { name: 'Backup codes' })).toHaveFocus());
    await expect(canvas.getByRole('status')).toHaveTextContent('New backup codes generated. Your old codes no longer work.');
  },
};

export const RegenerateNeedsReverification: Story = {
  loaders: [twoStepOn],
  decorators: [withGeneratedCodes, withStepUpOutlet],
  play: async ({ canvasElement, loaded }) => {
    const { canvas } = await codesReady(canvasElement);
    const before = shownCodes(canvasElement);
    storyBackend(loaded).requireReverification();
    await tabTo(canvas.getByRole('button', { name: 'Regenerate codes' }));
    await userEvent.keyboard('{Enter}');
    await tabTo(await canvas.findByRole('button', { name: 'Yes, regenerate codes' }));
    await userEvent.keyboard('{Enter}');
    // The kit's own step-up dialog asks the user to confirm it is them; Cancel gives up, and nothing changes.
    const dialog = await canvas.findByRole('dialog', { name: 'Confirm it’s you' });
    await tabTo(await within(dialog).findByRole('button', { name: 'Cancel' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The change was not made because verification was cancelled.');
    await expect(canvasElement.querySelector('.pnk-backup-codes')).toHaveAttribute('data-state', 'error');
    await expect(shownCodes(canvasElement)).toEqual(before);
  },
};

export const Empty: Story = {
  loaders: [twoStepOn],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No backup codes to show')).toBeVisible();
    await expect(canvas.getByText(/shown only once/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Generate new codes' })).toBeVisible();
    await expect(canvas.queryByRole('list')).toBeNull();
    await expect(canvasElement.querySelector('.pnk-backup-codes')).toHaveAttribute('data-state', 'empty');
  },
};

export const GenerateFromEmpty: Story = {
  loaders: [twoStepOn],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const oldCodes = storyBackend(loaded).snapshot().backupCodes?.codes;
    await tabTo(await canvas.findByRole('button', { name: 'Generate new codes' }));
    await userEvent.keyboard('{Enter}');
    // Two-step verification is on, so a saved set may exist: ask first.
    await expect(await canvas.findByRole('heading', { name: 'Generate new backup codes?' })).toHaveFocus();
    await tabTo(canvas.getByRole('button', { name: 'Yes, generate new codes' }));
    await userEvent.keyboard('{Enter}');
    const { list } = await codesReady(canvasElement);
    await waitFor(() => expect(list).toHaveFocus());
    await expect(shownCodes(canvasElement)).not.toEqual(oldCodes);
    await expect(shownCodes(canvasElement)).toEqual(storyBackend(loaded).snapshot().backupCodes?.codes);
  },
};

export const GenerateWithoutTwoStep: Story = {
  loaders: [withBackend({ phoneNumbers: [{ phoneNumber: '+12015550103', verified: true }] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const generate = await canvas.findByRole('button', { name: 'Generate new codes' });
    // No two-step number: no set to lose, so no question; the server explains why it refuses.
    await waitFor(() => expect(generate).not.toHaveAttribute('aria-expanded'));
    await tabTo(generate);
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Turn on two-step verification before creating backup codes.');
    await expect(generate).toHaveFocus();
  },
};

export const SavedCheck: Story = {
  loaders: [twoStepOn],
  decorators: [withGeneratedCodes],
  play: async ({ canvasElement, args }) => {
    const { canvas } = await codesReady(canvasElement);
    const done = canvas.getByRole('button', { name: 'Done' });
    await expect(done).toBeDisabled();
    await expect(done).toHaveAccessibleDescription('Confirm that you have saved these codes to finish.');
    const saved = canvas.getByRole('checkbox', { name: 'I have saved these codes' });
    await tabTo(saved);
    await userEvent.keyboard(' ');
    await expect(saved).toBeChecked();
    await expect(done).toBeEnabled();
    await expect(canvasElement.querySelector('.pnk-backup-codes')).toHaveAttribute('data-saved', 'true');
    await userEvent.tab();
    await expect(done).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onDone).toHaveBeenCalledTimes(1);
    // Done forgets the codes; the user lands on the "shown only once" message.
    const empty = await canvas.findByText('No backup codes to show');
    await waitFor(() => expect(empty).toHaveFocus());
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};
