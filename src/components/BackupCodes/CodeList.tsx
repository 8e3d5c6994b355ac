'use client';
import { useEffect, useRef } from 'react';
import { useParts } from '../parts/useParts.ts';

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
  const part = useParts('backupCodes');
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusRequest > 0) list.current?.focus();
  }, [focusRequest]);
  return (
    <div className={part('printArea')}>
      <p className={part('printHeading')}>{printHeading}</p>
      {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- Safari drops list semantics from lists styled without bullets. */}
      <ul ref={list} role="list" aria-label={label} tabIndex={-1} className={part('list')} data-count={codes.length}>
        {codes.map((code, index) => (
          <li key={`${index}:${code}`} className={part('item')}>
            <code className={part('code')}>{code}</code>
          </li>
        ))}
      </ul>
      <p className={part('usage')}>{usage}</p>
    </div>
  );
}
