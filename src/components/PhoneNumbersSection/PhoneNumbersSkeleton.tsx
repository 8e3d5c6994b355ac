import { useLocalization } from '../../i18n/index.ts';

const SHAPE_ROWS = 3;

/** Placeholder rows while the list loads: shapes hidden from assistive tech, one hidden sentence for it instead. */
export function PhoneNumbersSkeleton() {
  const text = useLocalization().messages.phoneNumbersSection;
  return (
    <div className="pnk-phone-numbers-section__skeleton" aria-busy="true">
      <span className="pnk-visually-hidden">{text.loading}</span>
      {Array.from({ length: SHAPE_ROWS }, (_, index) => (
        <div key={index} className="pnk-phone-numbers-section__skeleton-row" aria-hidden="true">
          <span className="pnk-phone-numbers-section__skeleton-number" />
          <span className="pnk-phone-numbers-section__skeleton-badge" />
          <span className="pnk-phone-numbers-section__skeleton-button" />
        </div>
      ))}
    </div>
  );
}
