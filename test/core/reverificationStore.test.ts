import { describe, expect, it, vi } from 'vitest';
import { createReverificationStore } from '../../src/core/reverificationStore.ts';
import { runOperation } from '../../src/core/runOperation.ts';
import { PhoneKitError } from '../../src/model/errors.ts';

const refused = () => new PhoneKitError({ code: 'session_reverification_required', message: 'Reverification required', status: 403 });

/** A write refused once, then accepted; counts its requests. */
function write() {
  let calls = 0;
  const run = vi.fn(async () => {
    calls += 1;
    if (calls === 1) throw refused();
    return 'done';
  });
  return { run, calls: () => calls };
}

describe('reverification store with runOperation', () => {
  it('retries each refused write exactly once, even when completed twice', async () => {
    const store = createReverificationStore();
    store.claim({});
    const a = write();
    const b = write();
    const pa = runOperation({ onNeedsReverification: store.handle }, 'removePhoneNumber', a.run);
    const pb = runOperation({ onNeedsReverification: store.handle }, 'createBackupCodes', b.run);
    await vi.waitFor(() => expect(store.current()?.operation).toBe('removePhoneNumber'));
    store.complete();
    store.complete();
    await expect(pa).resolves.toBe('done');
    await expect(pb).resolves.toBe('done');
    expect(a.calls()).toBe(2);
    expect(b.calls()).toBe(2);
    expect(store.current()).toBeNull();
  });

  it('cancel rejects with reverification_cancelled and sends nothing more', async () => {
    const store = createReverificationStore();
    store.claim({});
    const a = write();
    const pending = runOperation({ onNeedsReverification: store.handle }, 'removePhoneNumber', a.run);
    await vi.waitFor(() => expect(store.current()).not.toBeNull());
    store.cancel();
    store.complete();
    await expect(pending).rejects.toMatchObject({ code: 'reverification_cancelled' });
    expect(a.calls()).toBe(1);
  });

  it('without a mounted outlet the write fails with the server error, as without a handler', async () => {
    const store = createReverificationStore();
    const a = write();
    await expect(runOperation({ onNeedsReverification: store.handle }, 'removePhoneNumber', a.run)).rejects.toMatchObject({
      code: 'session_reverification_required',
    });
    expect(a.calls()).toBe(1);
  });

  it('the first claim owns the dialog; releasing it hands over; the last release cancels what waits', async () => {
    const store = createReverificationStore();
    const first = {};
    const second = {};
    const releaseFirst = store.claim(first);
    const releaseSecond = store.claim(second);
    expect(store.owner()).toBe(first);
    releaseFirst();
    expect(store.owner()).toBe(second);
    const a = write();
    const pending = runOperation({ onNeedsReverification: store.handle }, 'removePhoneNumber', a.run);
    await vi.waitFor(() => expect(store.current()).not.toBeNull());
    releaseSecond();
    expect(store.owner()).toBeNull();
    await expect(pending).rejects.toMatchObject({ code: 'reverification_cancelled' });
  });
});
