/**
 * Adapter methods that load on first call (src/adapters/lazyMethods.ts): loaded once and shared, a failed load is a
 * `network_error` PhoneKitError (like every adapter rejection) and the next call loads again.
 */
import { describe, expect, it, vi } from 'vitest';
import { lazyMethods } from '../../src/adapters/lazyMethods.ts';
import { PhoneKitError } from '../../src/model/errors.ts';

describe('lazyMethods', () => {
  it('loads on the first call only, and every call gets the same methods', async () => {
    const methods = { ping: () => 'pong' };
    const load = vi.fn(async () => methods);
    const get = lazyMethods(load);
    expect(load).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([get(), get()]);
    expect(await get()).toBe(methods);
    expect(first).toBe(methods);
    expect(second).toBe(methods);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed load rejects with network_error (the cause kept), and the next call tries again', async () => {
    const chunkError = new TypeError('Failed to fetch dynamically imported module');
    const methods = { ping: () => 'pong' };
    const load = vi.fn<() => Promise<typeof methods>>().mockRejectedValueOnce(chunkError).mockResolvedValueOnce(methods);
    const get = lazyMethods(load);
    const failure = await get().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PhoneKitError);
    expect(failure).toMatchObject({ code: 'network_error', cause: chunkError });
    expect(await get()).toBe(methods);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
