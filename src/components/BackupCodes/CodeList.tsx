import { useEffect, useRef } from 'react';

interface CodeListProps {
  codes: readonly string[];
  /** The list's accessible name. */
  label: string;
  /** Shown above the codes when printing. */
  printHeading: string;
  /** How the codes are used, shown under them (and printed). */
  usage: string;
  /** Each increase moves focus to the list: after new codes arrive, so a screen reader reads them next. */
  focusRequest: number;
}

/** The codes in a grid, inside the area that prints. */
export function CodeList({ codes, label, printHeading, usage, focusRequest }: CodeListProps) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusRequest > 0) list.current?.focus();
  }, [focusRequest]);
  return (
    <div className="pnk-backup-codes__print-area">
      <p className="pnk-backup-codes__print-heading">{printHeading}</p>
      {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- Safari drops list semantics from lists styled without bullets. */}
      <ul ref={list} role="list" aria-label={label} tabIndex={-1} className="pnk-backup-codes__list" data-count={codes.length}>
        {codes.map((code, index) => (
          <li key={`${index}:${code}`} className="pnk-backup-codes__item">
            <code className="pnk-backup-codes__code">{code}</code>
          </li>
        ))}
      </ul>
      <p className="pnk-backup-codes__usage">{usage}</p>
    </div>
  );
}
