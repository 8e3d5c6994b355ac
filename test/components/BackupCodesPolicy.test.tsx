/**
 * Host policy on BackupCodes used on its own, on the reference backend: read-only (its own prop or the provider's)
 * still shows codes in memory and lets the user keep them, with no new set offered; its own onBeforeAction is asked
 * before a new set, its reason shows, and no request is sent.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackupCodes, type BackupCodesProps } from '../../src/components/BackupCodes/BackupCodes.tsx';
import type { PhoneNumberKitProviderProps } from '../../src/hooks/PhoneNumberKitProvider.tsx';
import { createHarness } from '../support/hookHarness.tsx';
import { serveForThisFile } from '../support/mswServer.ts';
import { GeneratedCodes } from '../../stories/support/GeneratedCodes.tsx';

const server = serveForThisFile();

/** Two-step verification on (an SMS number), so a new set asks first: the old codes would stop working. */
const twoStepOn = { phoneNumbers: [{ id: 'idn_a', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true }] };

const REASON = 'Your administrator manages backup codes.';

let harness: ReturnType<typeof createHarness> | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

/** The changes sent since the last look (reads left out). */
const writes = (h: ReturnType<typeof createHarness>) => h.takeRequests().filter((request) => !request.startsWith('GET '));

/** Renders BackupCodes with a fresh set in memory (one request), and waits for the ten codes. */
async function renderWithCodes(props: BackupCodesProps, provider: Partial<PhoneNumberKitProviderProps> = {}) {
  const h = createHarness(server, twoStepOn, provider);
  harness = h;
  render(
    <GeneratedCodes>
      <BackupCodes {...props} />
    </GeneratedCodes>,
    { wrapper: h.wrapper },
  );
  const list = await screen.findByRole('list', { name: 'Backup codes' });
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(10));
  const codes = () => within(screen.getByRole('list', { name: 'Backup codes' })).getAllByRole('listitem').map((li) => li.textContent);
  expect(codes()).toEqual(h.backend.snapshot().backupCodes?.codes);
  // The one write that made them (before they arrived, a no-codes state may have read the list).
  expect(writes(h)).toEqual(['POST /v1/me/backup_codes']);
  return { h, codes };
}

/** What a user keeps codes with: all there and usable. */
function expectKeepingControls() {
  for (const name of ['Copy all', 'Download .txt', 'Print']) expect(screen.getByRole('button', { name })).toBeEnabled();
  expect(screen.getByRole('checkbox', { name: 'I have saved these codes' })).toBeEnabled();
  expect(screen.getByRole('button', { name: 'Done' })).toBeInTheDocument();
}

describe('readOnly', () => {
  it('its own: codes in memory show and can be kept, with no "Regenerate codes"', async () => {
    const { h } = await renderWithCodes({ readOnly: true });
    expectKeepingControls();
    expect(screen.queryByRole('button', { name: 'Regenerate codes' })).toBeNull();
    expect(h.takeRequests()).toEqual([]);
  });

  it("the provider's applies: the codes can be kept, and no new set is offered", async () => {
    await renderWithCodes({}, { readOnly: true });
    expectKeepingControls();
    expect(screen.queryByRole('button', { name: 'Regenerate codes' })).toBeNull();
  });

  it("readOnly={false} on the component wins over the provider's readOnly", async () => {
    await renderWithCodes({ readOnly: false }, { readOnly: true });
    expect(screen.getByRole('button', { name: 'Regenerate codes' })).toBeInTheDocument();
  });

  it('with no codes in memory: says they are shown once, with no control and no request', async () => {
    const h = createHarness(server, twoStepOn, { readOnly: true });
    harness = h;
    render(<BackupCodes />, { wrapper: h.wrapper });
    expect(screen.getByText('No backup codes to show')).toBeVisible();
    expect(screen.getByText('Backup codes are shown only once, when they are created.')).toBeVisible();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(document.querySelector('.pnk-backup-codes')).toHaveAttribute('data-state', 'empty');
    // Without "Generate new codes" nothing asks whether two-step verification is on: no list read either.
    expect(h.takeRequests()).toEqual([]);
  });
});

describe('onBeforeAction', () => {
  it("its own refuses regenerating instead of the provider's: the reason shows, the codes stay, nothing is sent", async () => {
    const providerVeto = vi.fn(() => undefined);
    const ownVeto = vi.fn(() => REASON);
    const { h, codes } = await renderWithCodes({ onBeforeAction: ownVeto }, { onBeforeAction: providerVeto });
    // The set in memory came from outside the component, through the provider's veto: only what follows counts.
    providerVeto.mockClear();
    const before = codes();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Regenerate codes' }));
    const confirm = screen.getByRole('region', { name: 'Regenerate backup codes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Yes, regenerate codes' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(REASON);
    expect(ownVeto).toHaveBeenCalledWith({ operation: 'createBackupCodes' });
    expect(providerVeto).not.toHaveBeenCalled();
    expect(codes()).toEqual(before);
    expect(h.backend.snapshot().backupCodes?.codes).toEqual(before);
    expect(h.takeRequests()).toEqual([]);
  });

  it('its own refuses a new set with none in memory too: the reason shows, the saved set stays', async () => {
    const ownVeto = vi.fn(() => REASON);
    const h = createHarness(server, twoStepOn);
    harness = h;
    const user = userEvent.setup();
    const saved = h.backend.snapshot().backupCodes;
    render(<BackupCodes onBeforeAction={ownVeto} />, { wrapper: h.wrapper });
    await user.click(screen.getByRole('button', { name: 'Generate new codes' }));
    const confirm = await screen.findByRole('region', { name: 'Generate new backup codes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Yes, generate new codes' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(REASON);
    expect(ownVeto).toHaveBeenCalledWith({ operation: 'createBackupCodes' });
    expect(screen.queryByRole('list', { name: 'Backup codes' })).toBeNull();
    // Only the read that tells whether two-step verification is on; no write, and the saved set still works.
    expect(writes(h)).toEqual([]);
    expect(h.backend.snapshot().backupCodes).toEqual(saved);
  });
});
