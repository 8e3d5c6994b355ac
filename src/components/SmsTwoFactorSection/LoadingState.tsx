import { useLocalization } from '../../i18n/index.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { Alert } from '../shared/Alert.tsx';
import { useFocusOnMount } from '../shared/useFocusOnMount.ts';

/** Placeholder while the list loads: grey bars for sighted users, one sentence for screen readers. */
export function LoadingSkeleton() {
  const { messages } = useLocalization();
  return (
    <div className="pnk-sms-two-factor-section__skeleton" data-state="pending">
      <span className="pnk-live-region">{messages.smsTwoFactorSection.loading}</span>
      <span className="pnk-sms-two-factor-section__skeleton-line" aria-hidden="true" />
      <span className="pnk-sms-two-factor-section__skeleton-line" data-width="short" aria-hidden="true" />
      <span className="pnk-sms-two-factor-section__skeleton-button" aria-hidden="true" />
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
  const { messages } = useLocalization();
  const retryButton = useFocusOnMount<HTMLButtonElement>(focusOnMount);
  return (
    <div className="pnk-sms-two-factor-section__list-error" data-state="error">
      <Alert>
        <p className="pnk-sms-two-factor-section__alert-title">{messages.smsTwoFactorSection.listError}</p>
        <p className="pnk-sms-two-factor-section__alert-body">{errorMessage(error, messages)}</p>
      </Alert>
      <div className="pnk-sms-two-factor-section__actions">
        <button ref={retryButton} type="button" className="pnk-button pnk-sms-two-factor-section__retry-button" data-variant="secondary" onClick={onRetry}>
          {messages.common.retry}
        </button>
      </div>
    </div>
  );
}
