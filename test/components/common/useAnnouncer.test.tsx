/** useAnnouncer: the same message twice still changes the live region, so screen readers say it again. */
import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useAnnouncer } from '../../../src/components/common/useAnnouncer.ts';

describe('useAnnouncer', () => {
  it('makes a repeat new with a trailing no-break space, and a new message plain', () => {
    const { result } = renderHook(() => useAnnouncer());
    expect(result.current[0]).toBe('');
    act(() => result.current[1]('Copied'));
    expect(result.current[0]).toBe('Copied');
    act(() => result.current[1]('Copied'));
    expect(result.current[0]).toBe('Copied\u00a0');
    act(() => result.current[1]('Downloaded'));
    expect(result.current[0]).toBe('Downloaded');
  });
});
