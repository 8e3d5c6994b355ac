'use client';
import { useParts } from '../parts/useParts.ts';

/**
 * A polite live region: screen readers announce each new `message` ("Code sent", "Copied", …) without moving
 * focus. It is always rendered, so the first message is announced too. Class `pnk-live-region` (visually hidden).
 */
export function LiveRegion({ message }: { message: string }) {
  const common = useParts('common');
  return (
    <div className={common('liveRegion')} role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
