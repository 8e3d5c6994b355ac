import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { formatMessage } from './format.ts';

/**
 * Like {@link formatMessage}, but values may be elements: a phone number inside a sentence goes in as
 * `<bdi dir="ltr">`, so "+1 201 555 0123" keeps its digit order when the sentence around it is right-to-left.
 */
export function formatMessageNodes(template: string, values: Record<string, ReactNode>, locale?: string): ReactElement {
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) if (typeof value === 'string' || typeof value === 'number') plain[name] = value;
  const parts = template.split(/(\{\w+\})/);
  return (
    <>
      {parts.map((part, index) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        const value = name !== undefined ? values[name] : undefined;
        if (name !== undefined && isValidElement(value)) return <Fragment key={index}>{value}</Fragment>;
        return part && <Fragment key={index}>{formatMessage(part, plain, locale)}</Fragment>;
      })}
    </>
  );
}

/** A phone number (or any left-to-right token) isolated for use inside a sentence. */
export function LeftToRight({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>;
}
