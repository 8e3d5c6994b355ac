'use client';
import { useParts } from '../parts/useParts.ts';

/**
 * A quiet status label, one vocabulary across the kit: "Primary", "Default for sign-in codes", "Unverified".
 * Class `pnk-badge`, `data-kind` names which.
 */
export function Badge({ kind, children }: { kind: 'primary' | 'unverified' | 'default'; children: string }) {
  const common = useParts('common');
  return (
    <span className={common('badge')} data-kind={kind}>
      {children}
    </span>
  );
}
