import type { ReactNode } from 'react';

/** An error message for the whole step (errors about one field go under that field instead). Class `pnk-alert`. */
export function Alert({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="pnk-alert" role="alert" id={id} data-variant="error">
      {children}
    </div>
  );
}
