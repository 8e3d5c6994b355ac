'use client';
import { useId, useRef, useState } from 'react';
import { Alert } from '../common/Alert.tsx';
import { ConfirmPanel } from '../common/ConfirmPanel.tsx';
import { useParts } from '../parts/useParts.ts';
import { activeElementOf } from '../common/activeElement.ts';

/** The question asked before a new set replaces the old one. */
interface GenerateConfirmation {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
}

interface GenerateWithConfirmProps {
  /** The part name: classes `pnk-backup-codes__<part>` and `pnk-backup-codes__<part>-trigger`. */
  part: 'regenerate' | 'generate';
  label: string;
  /** Ask first (the old codes stop working), or `null` to generate at once. */
  confirmation: GenerateConfirmation | null;
  pending: boolean;
  /** The last failure, already worded for the user. */
  error: string | null;
  /** Resolves `true` once new codes are in memory. */
  onGenerate: () => Promise<boolean>;
  /** The user backed out: forget the last failure. */
  onCancel: () => void;
}

/** A button that generates codes, behind an inline confirmation when old codes would stop working. */
export function GenerateWithConfirm({ part, label, confirmation, pending, error, onGenerate, onCancel }: GenerateWithConfirmProps) {
  const parts = useParts('backupCodes');
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // A new panel after a failure that lost focus: it focuses its title on mount, as when it first opened.
  const [attempt, setAttempt] = useState(0);
  const panelId = useId();

  const run = async () => {
    if (pending) return;
    const ok = await onGenerate();
    if (ok) {
      setOpen(false);
      return;
    }
    // The confirm button was disabled while pending, which drops focus; put it back at the top of the panel.
    const focusLost = !panel.current?.contains(activeElementOf(panel.current));
    if (focusLost) setAttempt((count) => count + 1);
  };
  const cancel = () => {
    setOpen(false);
    onCancel();
    trigger.current?.focus();
  };
  const onTrigger = () => {
    if (pending) return;
    if (!confirmation) void run();
    // Opening is idempotent: a double click must not open the question and close it again.
    else if (!open) setOpen(true);
  };

  return (
    <div className={parts(part)} data-state={pending ? 'pending' : open ? 'confirming' : 'idle'}>
      <button
        ref={trigger}
        type="button"
        className={parts(`${part}Trigger`, 'button')}
        data-variant={part === 'generate' ? 'primary' : 'secondary'}
        aria-expanded={confirmation ? open : undefined}
        aria-controls={open ? panelId : undefined}
        aria-disabled={pending || undefined}
        aria-busy={(pending && !open) || undefined}
        onClick={onTrigger}
      >
        {label}
      </button>
      {open && confirmation && (
        <div id={panelId} ref={panel} className={parts(`${part}Confirm`)}>
          <ConfirmPanel
            key={attempt}
            title={confirmation.title}
            confirmLabel={confirmation.confirmLabel}
            cancelLabel={confirmation.cancelLabel}
            pending={pending}
            destructive
            onConfirm={() => void run()}
            onCancel={cancel}
            error={error ? <Alert>{error}</Alert> : undefined}
          >
            <p>{confirmation.body}</p>
          </ConfirmPanel>
        </div>
      )}
      {!open && error && <Alert>{error}</Alert>}
    </div>
  );
}
