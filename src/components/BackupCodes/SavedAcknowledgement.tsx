'use client';
import { useId } from 'react';
import { useParts } from '../parts/useParts.ts';

interface SavedAcknowledgementProps {
  saved: boolean;
  onSavedChange: (saved: boolean) => void;
  onDone: () => void;
  label: string;
  hint: string;
  doneLabel: string;
}

/** "I have saved these codes" and Done, which stays disabled (and says why) until the box is checked. */
export function SavedAcknowledgement({ saved, onSavedChange, onDone, label, hint, doneLabel }: SavedAcknowledgementProps) {
  const part = useParts('backupCodes');
  const hintId = useId();
  return (
    <div className={part('acknowledge')} data-saved={saved}>
      {/* The whole row is the label, so the target is at least 24 px tall (WCAG 2.5.8) without the spacing exception. */}
      <label className={part('saved')}>
        <input type="checkbox" className={part('savedCheckbox')} checked={saved} onChange={(event) => onSavedChange(event.target.checked)} />
        <span className={part('savedLabel')}>{label}</span>
      </label>
      {!saved && (
        <p id={hintId} className={part('savedHint')}>
          {hint}
        </p>
      )}
      <button
        type="button"
        className={part('done', 'button')}
        data-variant="primary"
        disabled={!saved}
        aria-describedby={saved ? undefined : hintId}
        onClick={onDone}
      >
        {doneLabel}
      </button>
    </div>
  );
}
