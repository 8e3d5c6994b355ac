'use client';
/**
 * A menu button (WAI-ARIA menu pattern): a compact "more" icon whose accessible name says what it acts on
 * ("Actions for +1 201 555 0123"), arrow keys move between items, Escape closes and returns focus to the trigger.
 * Classes `pnk-menu`, `pnk-menu__trigger`, `pnk-menu__list`, `pnk-menu__item`; `data-state="open|closed"` on the root.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefCallback } from 'react';
import { useParts } from '../parts/useParts.ts';
import { MoreIcon } from './icons.tsx';

/** One entry of an {@link ActionsMenu}. */
export interface ActionsMenuItem {
  id: string;
  label: string;
  onSelect: () => void;
  destructive?: boolean;
}

/** Props of {@link ActionsMenu}. */
export interface ActionsMenuProps {
  /** The trigger's and the menu's accessible name, naming what the actions apply to: the trigger shows only an icon. */
  label: string;
  items: ActionsMenuItem[];
  /** Receives the trigger button, for a caller that moves focus back to it later. */
  triggerRef?: RefCallback<HTMLButtonElement>;
}

/** A row's actions behind one icon button. */
export function ActionsMenu({ label, items, triggerRef }: ActionsMenuProps) {
  const common = useParts('common');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (open) list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) trigger.current?.focus();
  };
  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };

  const onTriggerKey = (event: KeyboardEvent) => {
    // Enter and Space arrive as a click.
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(items.length - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const last = items.length - 1;
    const moves: Record<string, number> = { ArrowDown: active === last ? 0 : active + 1, ArrowUp: active === 0 ? last : active - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className={common('menu')} data-state={open ? 'open' : 'closed'}>
      <button
        ref={(element) => {
          trigger.current = element;
          triggerRef?.(element);
        }}
        type="button"
        className={common('menuTrigger')}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onTriggerKey}
      >
        <MoreIcon />
      </button>
      {open && (
        <div ref={list} id={menuId} role="menu" aria-label={label} className={common('menuList')} onKeyDown={onMenuKey} tabIndex={-1}>
          {items.map((item, index) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              className={common('menuItem')}
              data-destructive={item.destructive ? '' : undefined}
              onClick={() => {
                close(false);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
