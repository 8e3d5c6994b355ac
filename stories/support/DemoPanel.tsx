/** The frame of each of the demo's side panels: a landmark named by its heading. Part of the stories, not of the kit. */
import type { ReactNode } from 'react';

export function DemoPanel({ titleId, title, children }: { titleId: string; title: string; children: ReactNode }) {
  return (
    <aside aria-labelledby={titleId} style={{ border: '1px dashed #888', borderRadius: 8, padding: 12, minWidth: 'min(260px, 100%)', fontSize: 14, fontFamily: 'system-ui, sans-serif' }}>
      <h2 id={titleId} style={{ fontSize: 16, margin: '0 0 8px' }}>
        {title}
      </h2>
      {children}
    </aside>
  );
}
