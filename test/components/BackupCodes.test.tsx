/** BackupCodes edge cases the stories do not walk: clipboard failures, exact file text, cleanup, re-saving. */
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BackupCodes, type BackupCodesProps } from '../../src/components/BackupCodes/BackupCodes.tsx';
import { PhoneNumberKitLocalization } from '../../src/i18n/index.ts';
import { createHarness } from '../support/hookHarness.tsx';
import { GeneratedCodes } from '../../stories/support/GeneratedCodes.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const twoStepOn = { phoneNumbers: [{ id: 'idn_a', phoneNumber: '+12015550101', verified: true, reservedForSecondFactor: true }] };

let harness: ReturnType<typeof createHarness>;
beforeEach(() => {
  harness = createHarness(server, twoStepOn);
});
const originalUrls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
afterEach(() => {
  harness.dispose();
  vi.restoreAllMocks();
  Object.assign(URL, originalUrls);
});


async function renderWithCodes(props: BackupCodesProps = {}, wrap: (node: ReactNode) => ReactNode = (node) => node) {
  const user = userEvent.setup();
  const view = render(wrap(<GeneratedCodes>{<BackupCodes {...props} />}</GeneratedCodes>), { wrapper: harness.wrapper });
  const list = await screen.findByRole('list', { name: 'Backup codes' });
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(10));
  const codes = () => within(screen.getByRole('list', { name: 'Backup codes' })).getAllByRole('listitem').map((li) => li.textContent);
  return { user, view, codes };
}

/** jsdom has no object URLs; these stand in and keep what was saved. */
function stubObjectUrls() {
  const blobs: Blob[] = [];
  const create = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:test-codes';
  });
  const revoke = vi.fn();
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
  const names: string[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names, create, revoke, click };
}

describe('Copy all', () => {
  it('explains the fallback when the Clipboard API is missing', async () => {
    const { user } = await renderWithCodes();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy all' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Copying is not available here. Select the codes and copy them by hand, or use Download .txt.',
    );
    expect(screen.getByRole('button', { name: 'Copy all' })).toHaveAttribute('data-state', 'failed');
    expect(screen.getByRole('status')).not.toHaveTextContent('Copied');
  });

  it('explains the fallback when the browser denies the clipboard', async () => {
    const { user } = await renderWithCodes();
    const writeText = vi.fn().mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy all' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Copying is not available here/);
    expect(writeText).toHaveBeenCalledTimes(1);
  });

  it('writes the codes one per line and says so', async () => {
    const { user, codes } = await renderWithCodes();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy all' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
    expect(writeText).toHaveBeenCalledWith(codes().join('\n'));
  });
});

describe('Download .txt', () => {
  it('saves exactly the catalog text, named after the app, and cleans up', async () => {
    const urls = stubObjectUrls();
    const { user, codes } = await renderWithCodes({ applicationName: 'Ácme Corp!', accountIdentifier: 'ada@example.com' });
    await user.click(screen.getByRole('button', { name: 'Download .txt' }));
    expect(urls.names).toEqual(['acme-corp-backup-codes.txt']);
    expect(await urls.blobs[0]!.text()).toBe(
      [
        'Backup codes for Ácme Corp! (ada@example.com)',
        '',
        'Each code works once. Keep these codes somewhere safe.',
        '',
        ...codes(),
        '',
      ].join('\n'),
    );
    expect(urls.blobs[0]!.type).toMatch(/^text\/plain/);
    await waitFor(() => expect(urls.revoke).toHaveBeenCalledWith('blob:test-codes'));
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('falls back to the catalog names without an app or account', async () => {
    const urls = stubObjectUrls();
    const { user, codes } = await renderWithCodes();
    await user.click(screen.getByRole('button', { name: 'Download .txt' }));
    expect(urls.names).toEqual(['backup-codes.txt']);
    expect(await urls.blobs[0]!.text()).toBe(
      ['Backup codes for your account', '', 'Each code works once. Keep these codes somewhere safe.', '', ...codes(), ''].join('\n'),
    );
  });

  it('takes the file text from the localized catalog', async () => {
    const urls = stubObjectUrls();
    const localization = { backupCodes: { fileHeading: 'Codes de secours pour {app}', fileNote: 'Chaque code ne sert qu’une fois.' } };
    const { user, codes } = await renderWithCodes({ applicationName: 'Acme' }, (node) => (
      <PhoneNumberKitLocalization localization={localization}>{node}</PhoneNumberKitLocalization>
    ));
    await user.click(screen.getByRole('button', { name: 'Download .txt' }));
    expect(await urls.blobs[0]!.text()).toBe(['Codes de secours pour Acme', '', 'Chaque code ne sert qu’une fois.', '', ...codes(), ''].join('\n'));
  });

  it('revokes the object URL and removes the link even when the click throws', async () => {
    const urls = stubObjectUrls();
    urls.click.mockImplementation(() => {
      throw new Error('Downloads are blocked');
    });
    const { user } = await renderWithCodes();
    await user.click(screen.getByRole('button', { name: 'Download .txt' }));
    await waitFor(() => expect(urls.revoke).toHaveBeenCalledWith('blob:test-codes'));
    expect(document.querySelector('a[download]')).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('The file could not be saved. Copy or print the codes instead.');
    expect(screen.getByRole('status')).not.toHaveTextContent('downloaded');
  });
});

describe('I have saved these codes', () => {
  it('Done stays disabled until checked, and a new set must be saved again', async () => {
    const onDone = vi.fn();
    const { user, codes } = await renderWithCodes({ onDone });
    const done = screen.getByRole('button', { name: 'Done' });
    const saved = screen.getByRole('checkbox', { name: 'I have saved these codes' });
    expect(done).toBeDisabled();
    expect(done).toHaveAccessibleDescription('Confirm that you have saved these codes to finish.');
    await user.click(done);
    expect(onDone).not.toHaveBeenCalled();

    await user.click(saved);
    expect(done).toBeEnabled();
    await user.click(saved);
    expect(done).toBeDisabled();
    await user.click(saved);

    // Regenerating replaces the set: the acknowledgement was for the old one.
    const before = codes();
    await user.click(screen.getByRole('button', { name: 'Regenerate codes' }));
    await user.click(screen.getByRole('button', { name: 'Yes, regenerate codes' }));
    await waitFor(() => expect(codes()).not.toEqual(before));
    expect(screen.getByRole('checkbox', { name: 'I have saved these codes' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Done' })).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'I have saved these codes' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalledTimes(1);
    // The codes are gone from memory, not just hidden.
    const empty = await screen.findByText('No backup codes to show');
    await waitFor(() => expect(empty).toHaveFocus());
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('Regenerate', () => {
  it('shows a server failure in the confirmation, keeps the old codes, and cancel clears it and returns focus', async () => {
    const { user, codes } = await renderWithCodes();
    const before = codes();
    server.use(
      http.post(`${harness.backend.frontendApiUrl}/v1/me/backup_codes`, () =>
        HttpResponse.json({ errors: [{ code: 'internal_clerk_error', message: 'Oops', long_message: 'Oops' }] }, { status: 500 }),
      ),
    );
    const trigger = screen.getByRole('button', { name: 'Regenerate codes' });
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Yes, regenerate codes' }));
    const panel = screen.getByRole('region', { name: 'Regenerate backup codes?' });
    expect(await within(panel).findByRole('alert')).toHaveTextContent('The server could not complete the request. Please try again later.');
    expect(document.querySelector('.pnk-backup-codes')).toHaveAttribute('data-state', 'error');
    expect(codes()).toEqual(before);

    await user.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(trigger).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('.pnk-backup-codes')).toHaveAttribute('data-state', 'ready');
  });
});

describe('Regenerate on a double click', () => {
  it('opens the question once: a second click does not close it again', async () => {
    const { user } = await renderWithCodes();
    const trigger = screen.getByRole('button', { name: 'Regenerate codes' });
    await user.dblClick(trigger);
    expect(screen.getByRole('region', { name: 'Regenerate backup codes?' })).toBeVisible();
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('Without generating', () => {
  it('shows fresh codes without "Regenerate codes" (they were made moments ago)', async () => {
    await renderWithCodes({ allowGenerate: false });
    expect(screen.getByText('Save these backup codes now: they are shown only once.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Regenerate codes' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'I have saved these codes' })).toBeEnabled();
  });
});

describe('No codes in memory', () => {
  it('only explains when generating is not allowed', async () => {
    render(<BackupCodes allowGenerate={false} />, { wrapper: harness.wrapper });
    expect(screen.getByText('Backup codes are shown only once, when they are created.')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.querySelector('.pnk-backup-codes')).toHaveAttribute('data-state', 'empty');
    expect(document.querySelector('.pnk-backup-codes')).toHaveAttribute('data-saved', 'false');
  });
});
