/** useFocusAfterRender: a request waits for the commit in which its target (a ref) exists, then focuses it once. */
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { useFocusAfterRender } from '../../../src/components/common/useFocusAfterRender.ts';

function Disclosure() {
  const [open, setOpen] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  return open ? (
    <button
      ref={closeButton}
      type="button"
      onClick={() => {
        setOpen(false);
        focusAfterRender(openButton);
      }}
    >
      Close
    </button>
  ) : (
    <>
      <button
        ref={openButton}
        type="button"
        onClick={() => {
          setOpen(true);
          // Not there yet: it comes with the render this click causes.
          focusAfterRender(closeButton);
        }}
      >
        Open
      </button>
      <button type="button">Elsewhere</button>
    </>
  );
}

describe('useFocusAfterRender', () => {
  it('focuses an element that only exists after the requested render, and only once', async () => {
    const user = userEvent.setup();
    render(<Disclosure />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
    // The request is done: later renders leave focus where the user puts it.
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });
});
