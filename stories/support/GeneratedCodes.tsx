/** Puts a fresh set of backup codes in memory on mount, as a host would after the user asked for new codes. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useBackupCodes } from '../../src/hooks/index.ts';

export function GeneratedCodes({ children }: { children: ReactNode }) {
  const { generate } = useBackupCodes();
  // Once per mount, StrictMode included.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    generate().catch(() => undefined);
  }, [generate]);
  return children;
}
