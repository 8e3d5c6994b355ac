'use client';
import type { ReactNode } from 'react';
import { useParts } from '../parts/useParts.ts';

/** An error message for the whole step (errors about one field go under that field instead). Class `pnk-alert`. */
export function Alert({ children, id }: { children: ReactNode; id?: string }) {
  const common = useParts('common');
  return (
    <div className={common('alert')} role="alert" id={id} data-variant="error">
      {children}
    </div>
  );
}
