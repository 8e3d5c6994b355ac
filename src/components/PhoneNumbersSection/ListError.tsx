'use client';
import { Alert } from '../common/index.ts';
import { errorMessage } from '../../i18n/index.ts';
import { usePhoneNumbersSectionMessages } from './messages.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { useParts } from '../parts/useParts.ts';

export interface ListErrorProps {
  error: PhoneKitError;
  retrying: boolean;
  onRetry: () => void;
}

/** The list could not be loaded: why, and a way to try again. */
export function ListError({ error, retrying, onRetry }: ListErrorProps) {
  const part = useParts('phoneNumbersSection');
  const { messages } = usePhoneNumbersSectionMessages();
  return (
    <div className={part('error')} data-state={retrying ? 'pending' : 'error'}>
      <Alert>
        <p className={part('errorTitle')}>{messages.phoneNumbersSection.listFailed}</p>
        <p className={part('errorMessage')}>{errorMessage(error, messages)}</p>
      </Alert>
      <button
        type="button"
        className={part('retry', 'button')}
        data-variant="secondary"
        // Not `disabled`: a disabled button drops focus, and the user is on it.
        aria-disabled={retrying || undefined}
        onClick={() => {
          if (!retrying) onRetry();
        }}
      >
        {messages.common.retry}
      </button>
    </div>
  );
}
