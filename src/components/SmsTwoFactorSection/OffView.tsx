import type { Ref } from 'react';
import { useLocalization } from '../../i18n/index.ts';

export interface OffViewProps {
  enableButtonRef: Ref<HTMLButtonElement>;
  /** False while the wizard is open: the wizard takes the button's place. */
  showEnableButton: boolean;
  onEnable: () => void;
}

/** SMS verification is off: what it would do, and the button that turns it on. */
export function OffView({ enableButtonRef, showEnableButton, onEnable }: OffViewProps) {
  const { messages } = useLocalization();
  const t = messages.smsTwoFactorSection;
  return (
    <>
      <p className="pnk-sms-two-factor-section__explanation">{t.explanationOff}</p>
      {showEnableButton && (
        <div className="pnk-sms-two-factor-section__actions">
          <button
            ref={enableButtonRef}
            type="button"
            className="pnk-button pnk-sms-two-factor-section__enable-button"
            data-variant="primary"
            onClick={onEnable}
          >
            {t.enableButton}
          </button>
        </div>
      )}
    </>
  );
}
