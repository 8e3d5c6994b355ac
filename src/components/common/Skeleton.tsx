'use client';
import { useParts } from '../parts/useParts.ts';

/** Props of {@link Skeleton}. */
export interface SkeletonProps {
  /** What is loading, for screen readers ("Loading phone numbers…"): from the catalog. */
  label: string;
  /** Placeholder rows to draw, about as many as the content usually has (so little jumps when it arrives). Default 3. */
  rows?: number;
}

/**
 * The placeholder while a list loads: pulsing rows (still under `prefers-reduced-motion`) that assistive tech
 * never sees, and one visually hidden status sentence it reads instead. Parts `common.skeleton` and
 * `common.skeletonRow`.
 */
export function Skeleton({ label, rows = 3 }: SkeletonProps) {
  const common = useParts('common');
  return (
    <div className={common('skeleton')}>
      <p className={common('visuallyHidden')} role="status">
        {label}
      </p>
      {Array.from({ length: rows }, (_, index) => (
        <span key={index} className={common('skeletonRow')} aria-hidden="true" />
      ))}
    </div>
  );
}
