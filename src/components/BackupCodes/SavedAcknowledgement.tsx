import { useId } from 'react';

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
  const checkboxId = useId();
  const hintId = useId();
  return (
    <div className="pnk-backup-codes__acknowledge" data-saved={saved}>
      <div className="pnk-backup-codes__saved">
        <input
          id={checkboxId}
          type="checkbox"
          className="pnk-backup-codes__saved-checkbox"
          checked={saved}
          onChange={(event) => onSavedChange(event.target.checked)}
        />
        <label htmlFor={checkboxId} className="pnk-backup-codes__saved-label">
          {label}
        </label>
      </div>
      {!saved && (
        <p id={hintId} className="pnk-backup-codes__saved-hint">
          {hint}
        </p>
      )}
      <button
        type="button"
        className="pnk-button pnk-backup-codes__done"
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
