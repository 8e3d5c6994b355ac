'use client';
import { useParts } from '../parts/useParts.ts';

/** A small label such as "Primary" or "Default". Class `pnk-badge`, `data-kind` names which. */
export function Badge({ kind, children }: { kind: 'primary' | 'unverified' | 'two-step' | 'default'; children: string }) {
  const common = useParts('common');
  return (
    <span className={common('badge')} data-kind={kind}>
      {children}
    </span>
  );
}
