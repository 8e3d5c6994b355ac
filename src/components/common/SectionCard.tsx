'use client';
import type { ReactNode } from 'react';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import type { KitRoot } from '../parts/useParts.ts';
import type { ComponentKey, PartName } from '../parts/registry.ts';
import { Heading, type HeadingLevel } from './Heading.tsx';

/** What the card needs of the section's `useKitRoot`: any section with its own `heading` and `description` parts. */
type SectionCardRoot = Omit<KitRoot<ComponentKey>, 'part'> & {
  part: (part: 'heading' | 'description', ...shared: PartName<'common'>[]) => string;
};

/** Props of {@link SectionCard}. */
export interface SectionCardProps {
  /** The section's `useKitRoot(...)`: its root props, merged appearance and part classes. */
  root: SectionCardRoot;
  /**
   * From the section's own `useId()`: React numbers ids in the order components call it, so making it here would
   * renumber the section's other ids.
   */
  headingId: string;
  headingLevel: HeadingLevel;
  /** The section's messages: the heading and the line under it. */
  text: { heading: string; description: string };
  /** `data-state` on the root; `'loading'` also sets `aria-busy`. None: the state lives further in (`body`). */
  state?: string;
  /** More `data-*` on the root, after `data-state`. */
  data?: Readonly<Record<`data-${string}`, string>>;
  children: ReactNode;
}

/**
 * The card every settings section is: the `<section>` root (its block class and `pnk-card`), named by its heading,
 * and the header with the heading (`__heading`, `pnk-card__title`) and one line (`__description`,
 * `pnk-card__description`); then the section's `children`.
 */
export function SectionCard({ root, headingId, headingLevel, text, state, data, children }: SectionCardProps) {
  const { part, common } = root;
  return (
    <AppearanceScope value={root.appearance}>
      <section
        {...root.props}
        className={`${root.props.className} ${common('card')}`}
        aria-labelledby={headingId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
        {...data}
      >
        <div className={common('cardHeader')}>
          <Heading level={headingLevel} id={headingId} className={part('heading', 'cardTitle')}>
            {text.heading}
          </Heading>
          <p className={part('description', 'cardDescription')}>{text.description}</p>
        </div>
        {children}
      </section>
    </AppearanceScope>
  );
}
