'use client';
import { useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Printing just the codes: `printing` is true from the moment `print()` is called until the browser's
 * `afterprint`, and the component's `@media print` rules show only its print area while the root carries
 * `data-printing`. Printing the page any other way (Ctrl+P) prints the page as usual.
 */
export function usePrintMode(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(false);
  const print = () => {
    // The attribute must be in the DOM before the browser lays the page out for printing.
    flushSync(() => setPrinting(true));
    window.addEventListener('afterprint', () => setPrinting(false), { once: true });
    window.print();
  };
  return { printing, print };
}
