'use client';
import { errorMessage } from '../../i18n/errorMessage.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { useParts } from '../parts/useParts.ts';
import { Alert } from './Alert.tsx';
import { useCommonMessages } from './messages.ts';

/** Props of {@link ListError}. */
export interface ListErrorProps {
  /** What could not be loaded, e.g. "Your phone numbers could not be loaded." */
  title: string;
  /** Why: worded from the error's code (offline, server error, …). */
  error: PhoneKitError;
  /** A retry is in flight: the button stays (and keeps focus) but shows pending and ignores presses. */
  retrying: boolean;
  onRetry: () => void;
}

/**
 * A list that could not be loaded: an alert with what failed and why, and "Try again". While the retry runs the
 * same button stays, pending, so a keyboard user's focus stays on it; a second failure updates the alert in place.
 * Parts `common.listError`, `common.listErrorTitle` and `common.listErrorRetry` (`data-state="idle|pending"`).
 */
export function ListError({ title, error, retrying, onRetry }: ListErrorProps) {
  const common = useParts('common');
  const { messages } = useCommonMessages();
  const state = retrying ? 'pending' : 'idle';
  return (
    <div className={common('listError')}>
      <Alert>
        <span className={common('listErrorTitle')}>{title}</span> {errorMessage(error, messages)}
      </Alert>
      <button
        type="button"
        className={common('listErrorRetry', 'button')}
        data-variant="secondary"
        data-state={state}
        // aria-disabled, not disabled: a disabled button drops focus, and the user is on it.
        aria-disabled={retrying || undefined}
        aria-busy={retrying || undefined}
        onClick={() => {
          if (!retrying) onRetry();
        }}
      >
        {messages.common.retry}
      </button>
    </div>
  );
}
