/** lazyComponent: loads on first render or preload, says "Loading…" meanwhile, and a failed load can be retried. */
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazyComponent } from '../../../src/components/common/lazyComponent.tsx';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A loader whose answers the test hands out one by one. */
function controlledLoader() {
  const pending: { resolve: (value: typeof Greeting) => void; reject: (error: Error) => void }[] = [];
  const load = vi.fn(() => new Promise<typeof Greeting>((resolve, reject) => pending.push({ resolve, reject })));
  return { load, next: () => pending.shift()! };
}

describe('lazyComponent', () => {
  it('shows Loading… as a status, then the component with its props', async () => {
    const { load, next } = controlledLoader();
    const Lazy = lazyComponent(load);
    render(<Lazy name="Ada" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    next().resolve(Greeting);
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('preload() loads once, so a later render shows the component at once', async () => {
    const { load, next } = controlledLoader();
    const Lazy = lazyComponent(load);
    Lazy.preload();
    Lazy.preload();
    next().resolve(Greeting);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    await Promise.resolve();
    render(<Lazy name="Grace" />);
    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed load says so, focuses "Try again", and retrying loads again', async () => {
    const user = userEvent.setup();
    const { load, next } = controlledLoader();
    const Lazy = lazyComponent(load);
    render(<Lazy name="Linus" />);
    next().reject(new Error('chunk failed'));
    expect(await screen.findByRole('alert')).toHaveTextContent("This step couldn't load. Check your connection and try again.");
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(retry).toHaveFocus();
    await user.click(retry);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    next().resolve(Greeting);
    expect(await screen.findByText('Hello Linus')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
