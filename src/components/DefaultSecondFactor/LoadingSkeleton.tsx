'use client';
/** Placeholder rows while the list loads; purely visual (the root is `aria-busy` and the live region says why). */
import { useParts } from '../parts/useParts.ts';

export function LoadingSkeleton() {
  const part = useParts('defaultSecondFactor');
  return (
    <div className={part('skeleton')} aria-hidden="true">
      {[0, 1, 2].map((row) => (
        <div key={row} className={part('skeletonRow')} />
      ))}
    </div>
  );
}
