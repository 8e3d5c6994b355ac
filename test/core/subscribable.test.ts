import { describe, expect, it, vi } from 'vitest';
import { createSubscribable } from '../../src/core/subscribable.ts';
import { createValueStore } from '../../src/core/valueStore.ts';

describe('subscribable', () => {
  it('calls every listener once per notify, until it unsubscribes', () => {
    const changes = createSubscribable();
    const a = vi.fn();
    const b = vi.fn();
    const stopA = changes.subscribe(a);
    changes.subscribe(b);
    changes.notify();
    stopA();
    changes.notify();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
  });
});

describe('value store', () => {
  it('notifies only when the value changes', () => {
    const store = createValueStore('');
    const listener = vi.fn();
    store.subscribe(listener);
    store.set('');
    expect(listener).not.toHaveBeenCalled();
    store.set('42');
    expect(store.get()).toBe('42');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
