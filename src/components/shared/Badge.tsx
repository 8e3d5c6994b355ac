/** A small label such as "Primary" or "Default". Class `pnk-badge`, `data-kind` names which. */
export function Badge({ kind, children }: { kind: 'primary' | 'unverified' | 'two-step' | 'default'; children: string }) {
  return (
    <span className="pnk-badge" data-kind={kind}>
      {children}
    </span>
  );
}
