'use client';
import { useSmsTwoFactorSectionMessages } from './messages.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { Alert } from '../common/Alert.tsx';
import { useFocusOnMount } from '../common/useFocusOnMount.ts';
import { useParts } from '../parts/useParts.ts';

/** Placeholder while the list loads: grey bars for sighted users, one sentence for screen readers. */
export function LoadingSkeleton() {
  const part = useParts('smsTwoFactorSection');
  const common = useParts('common');
  const { messages } = useSmsTwoFactorSectionMessages();
  return (
    <div className={part('skeleton')} data-state="pending">
      <span className={common('liveRegion')}>{messages.smsTwoFactorSection.loading}</span>
      <span className={part('skeletonLine')} aria-hidden="true" />
      <span className={part('skeletonLine')} data-width="short" aria-hidden="true" />
      <span className={part('skeletonButton')} aria-hidden="true" />
    </div>
  );
}

export interface ListErrorProps {
  error: PhoneKitError;
  onRetry: () => void;
  /**
   * Focus Try again on mount: a retry shows the skeleton (the list has no data to keep), so after another
   * failure the button is a new one and focus has to be put back on it.
   */
  focusOnMount: boolean;
}

/** The list could not be loaded: say so, with the reason, and offer to try again. */
export function ListError({ error, onRetry, focusOnMount }: ListErrorProps) {
  const part = useParts('smsTwoFactorSection');
  const { messages } = useSmsTwoFactorSectionMessages();
  const retryButton = useFocusOnMount<HTMLButtonElement>(focusOnMount);
  return (
    <div className={part('listError')} data-state="error">
      <Alert>
        <p className={part('alertTitle')}>{messages.smsTwoFactorSection.listError}</p>
        <p className={part('alertBody')}>{errorMessage(error, messages)}</p>
      </Alert>
      <div className={part('actions')}>
        <button ref={retryButton} type="button" className={part('retryButton', 'button')} data-variant="secondary" onClick={onRetry}>
          {messages.common.retry}
        </button>
      </div>
    </div>
  );
}
