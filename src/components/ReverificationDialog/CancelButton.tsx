'use client';
import { useParts } from '../parts/useParts.ts';

/** The dialog's Cancel button (every state of the dialog has one): settles the refused write as cancelled. */
export function CancelButton({ label, onCancel }: { label: string; onCancel: () => void }) {
  const part = useParts('reverificationDialog');
  return (
    <button type="button" className={part('cancel', 'button')} data-variant="secondary" onClick={onCancel}>
      {label}
    </button>
  );
}
