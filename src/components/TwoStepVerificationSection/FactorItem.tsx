'use client';
import type { ReactNode } from 'react';
import { Heading, type HeadingLevel } from '../common/Heading.tsx';
import { useTwoStepVerificationSectionMessages } from './messages.ts';
import type { TwoStepFactor } from './visibleFactors.ts';
import { useParts } from '../parts/useParts.ts';

export interface FactorItemProps {
  factor: TwoStepFactor;
  title: string;
  on: boolean;
  /** Sign-in asks for this factor first. */
  first: boolean;
  headingLevel: HeadingLevel;
  children: ReactNode;
}

/** One factor of the list: its name (a heading), "Used first" when sign-in starts with it, and its controls. */
export function FactorItem({ factor, title, on, first, headingLevel, children }: FactorItemProps) {
  const part = useParts('twoStepVerificationSection');
  const { messages } = useTwoStepVerificationSectionMessages();
  return (
    <li className={part('factor')} data-factor={factor} data-state={on ? 'on' : 'off'} data-first={first ? '' : undefined}>
      <Heading level={headingLevel} className={part('factorHeading')}>
        {title}
        {first && (
          <>
            {' '}
            <span className={part('firstBadge', 'badge')} data-kind="first">
              {messages.twoStepVerificationSection.firstBadge}
            </span>
          </>
        )}
      </Heading>
      {children}
    </li>
  );
}
