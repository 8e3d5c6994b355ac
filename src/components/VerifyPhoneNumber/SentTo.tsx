import { useLocalization } from '../../i18n/index.ts';

/** "Sent to +1 201 555 0123 · Change number": where the code went, and a way back when that is the wrong number. */
export function SentTo({ text, onChangeNumber }: { text: string; onChangeNumber?: () => void }) {
  const t = useLocalization().messages.verifyPhoneNumber;
  return (
    <p className="pnk-verify-phone-number__sent-to">
      {text}
      {onChangeNumber && (
        <>
          <span aria-hidden="true">{t.separator}</span>
          <button type="button" className="pnk-button pnk-verify-phone-number__change-number" data-variant="link" onClick={onChangeNumber}>
            {t.changeNumber}
          </button>
        </>
      )}
    </p>
  );
}
