'use client';
import { usePhoneNumbersSectionMessages } from './messages.ts';
import { useParts } from '../parts/useParts.ts';

const SHAPE_ROWS = 3;

/** Placeholder rows while the list loads: shapes hidden from assistive tech, one hidden sentence for it instead. */
export function PhoneNumbersSkeleton() {
  const part = useParts('phoneNumbersSection');
  const common = useParts('common');
  const text = usePhoneNumbersSectionMessages().messages.phoneNumbersSection;
  return (
    <div className={part('skeleton')} aria-busy="true">
      <span className={common('visuallyHidden')}>{text.loading}</span>
      {Array.from({ length: SHAPE_ROWS }, (_, index) => (
        <div key={index} className={part('skeletonRow')} aria-hidden="true">
          <span className={part('skeletonNumber')} />
          <span className={part('skeletonBadge')} />
          <span className={part('skeletonButton')} />
        </div>
      ))}
    </div>
  );
}
