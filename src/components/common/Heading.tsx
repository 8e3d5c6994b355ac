import type { ReactNode, Ref } from 'react';

/** Heading levels a section may use: its own (2 or 3) plus two below it for what it nests (wizard steps, factors). */
export type HeadingLevel = 2 | 3 | 4 | 5;

export interface HeadingProps {
  level: HeadingLevel;
  className: string;
  id?: string;
  /**
   * Lets a step move focus to its heading when it opens. Not `ref`: React 18 keeps `ref` out of a function
   * component's props, so focus would silently go nowhere there.
   */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/** A heading at a level the host chooses, so the section fits any page outline. */
export function Heading({ level, className, id, headingRef, children }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag ref={headingRef} id={id} className={className} tabIndex={headingRef ? -1 : undefined}>
      {children}
    </Tag>
  );
}
