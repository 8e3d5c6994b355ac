/**
 * Adapter methods that load on first call (src/adapters/lazyMethods.ts): nothing loads before a call, one load serves
 * every method, a failed load is a `network_error` PhoneKitError (like every adapter rejection) and the next call
 * loads again.
 */
import { describe, expect, it, vi } from 'vitest';
import { lazyMethods } from '../../src/adapters/lazyMethods.ts';
import { PhoneKitError } from '../../src/model/errors.ts';

const loaded = () => ({
  echo: async (text: string, times: number) => text.repeat(times),
  other: async () => 'other',
});

describe('lazyMethods', () => {
  it('loads on the first call only; every method forwards its arguments to the loaded one', async () => {
    const load = vi.fn(async () => loaded());
    const methods = lazyMethods(load, ['echo', 'other']);
    expect(load).not.toHaveBeenCalled();
    const [echoed, other] = await Promise.all([methods.echo('ab', 2), methods.other()]);
    expect(echoed).toBe('abab');
    expect(other).toBe('other');
    expect(await methods.echo('c', 3)).toBe('ccc');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed load rejects the call with network_error (the cause kept), and the next call tries again', async () => {
    const chunkError = new TypeError('Failed to fetch dynamically imported module');
    const load = vi.fn<() => Promise<ReturnType<typeof loaded>>>().mockRejectedValueOnce(chunkError).mockResolvedValueOnce(loaded());
    const methods = lazyMethods(load, ['echo']);
    const failure = await methods.echo('a', 1).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PhoneKitError);
    expect(failure).toMatchObject({ code: 'network_error', cause: chunkError });
    expect(await methods.echo('a', 2)).toBe('aa');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
