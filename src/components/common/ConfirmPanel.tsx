'use client';
/**
 * An inline confirmation ("Remove +1 201 555 0123?"): when it opens, the whole panel scrolls into view and its
 * heading takes focus; Cancel hands focus back to whoever opened it (the caller's `onCancel`). Classes `pnk-confirm`,
 * `pnk-confirm__title`, `pnk-confirm__body`, `pnk-confirm__actions`; `data-state="idle|pending"`.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useParts } from '../parts/useParts.ts';

/** Props of {@link ConfirmPanel}. */
export interface ConfirmPanelProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pending?: boolean;
  destructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** An error to show above the buttons. */
  error?: ReactNode;
}

/** A question with its consequences and two buttons; the confirm button is the only place danger colour shows. */
export function ConfirmPanel(props: ConfirmPanelProps) {
  const common = useParts('common');
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Focusing the heading alone scrolls only the heading into view and can leave the buttons below the fold
    // (a panel opened near the bottom of the page): bring the whole panel in, then focus without scrolling again.
    panel.current?.scrollIntoView?.({ block: 'nearest' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section ref={panel} className={common('confirm')} aria-labelledby={titleId} data-state={props.pending ? 'pending' : 'idle'}>
      <h3 ref={heading} id={titleId} className={common('confirmTitle')} tabIndex={-1}>
        {props.title}
      </h3>
      <div className={common('confirmBody')}>{props.children}</div>
      {props.error}
      <div className={common('confirmActions')}>
        <button
          type="button"
          className={common('button')}
          data-variant={props.destructive ? 'danger' : 'primary'}
          // aria-disabled, not disabled: a disabled button drops focus while the change is pending.
          aria-disabled={props.pending || undefined}
          aria-busy={props.pending || undefined}
          onClick={() => {
            if (!props.pending) props.onConfirm();
          }}
        >
          {props.confirmLabel}
        </button>
        <button type="button" className={common('button')} data-variant="secondary" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </section>
  );
}
