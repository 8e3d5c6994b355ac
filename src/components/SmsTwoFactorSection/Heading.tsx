import type { ReactNode, Ref } from 'react';

/** Heading levels the section may use: its own (2 or 3) plus two below it for the wizard and its steps. */
export type HeadingLevel = 2 | 3 | 4 | 5;

export interface HeadingProps {
  level: HeadingLevel;
  className: string;
  id?: string;
  /** Lets a step move focus to its heading when it opens. */
  ref?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/** A heading at a level the host chooses, so the section fits any page outline. */
export function Heading({ level, className, id, ref, children }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag ref={ref} id={id} className={className} tabIndex={ref ? -1 : undefined}>
      {children}
    </Tag>
  );
}
