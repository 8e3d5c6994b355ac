/** Parts shared by every component (`appearance.elements` keys `common.<part>`), for the docs and `useParts('common')`. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

/** The class of each shared part: blocks of their own (`pnk-button`), or hanging off one (`pnk-menu__trigger`). The only part of this file that ships. */
export const commonClasses = {
  button: 'pnk-button',
  alert: 'pnk-alert',
  fieldError: 'pnk-field-error',
  badge: 'pnk-badge',
  liveRegion: 'pnk-live-region',
  visuallyHidden: 'pnk-visually-hidden',
  menu: 'pnk-menu',
  menuTrigger: 'pnk-menu__trigger',
  menuList: 'pnk-menu__list',
  menuItem: 'pnk-menu__item',
  confirm: 'pnk-confirm',
  confirmTitle: 'pnk-confirm__title',
  confirmBody: 'pnk-confirm__body',
  lazy: 'pnk-lazy',
  confirmActions: 'pnk-confirm__actions',
  listError: 'pnk-list-error',
  listErrorTitle: 'pnk-list-error__title',
  retry: 'pnk-list-error__retry',
  skeleton: 'pnk-skeleton',
  skeletonRow: 'pnk-skeleton__row',
} as const;

// Built in a call marked pure: the registry reads commonClasses' properties, and a bundler may not drop an object whose
// initializer reads properties (a getter could run) unless it is told the call is pure. Only the classes ship.
export const commonParts = /* @__PURE__ */ (() =>
  ({
    component: '(shared)',
    block: 'pnk',
    parts: {
      button: { description: 'every button', className: commonClasses.button, data: ['data-variant="primary|secondary|danger|link"'] },
      alert: { description: 'an error for the whole step', className: commonClasses.alert, data: ['data-variant="error"'] },
      fieldError: { description: "a field's message", className: commonClasses.fieldError },
      badge: { description: '"Primary", "Default", …', className: commonClasses.badge, data: ['data-kind="primary|unverified|two-step|default"'] },
      liveRegion: { description: 'polite announcements (visually hidden)', className: commonClasses.liveRegion },
      visuallyHidden: { description: 'text for screen readers only', className: commonClasses.visuallyHidden },
      menu: { description: 'a menu button', className: commonClasses.menu, data: ['data-state="open|closed"'] },
      menuTrigger: { description: "the menu's button", className: commonClasses.menuTrigger },
      menuList: { description: 'the open menu', className: commonClasses.menuList },
      menuItem: { description: 'one item', className: commonClasses.menuItem, data: ['data-destructive'] },
      confirm: { description: 'inline confirmation', className: commonClasses.confirm, data: ['data-state="idle|pending"'] },
      confirmTitle: { description: 'its heading', className: commonClasses.confirmTitle },
      confirmBody: { description: 'its text', className: commonClasses.confirmBody },
      lazy: { description: 'a step whose code is still loading, or failed to load', className: commonClasses.lazy, data: ['data-state="loading|failed"'] },
      confirmActions: { description: 'its buttons', className: commonClasses.confirmActions },
      listError: { description: 'a list that could not load: the alert and "Try again"', className: commonClasses.listError },
      listErrorTitle: { description: 'what could not load, inside the alert', className: commonClasses.listErrorTitle },
      retry: {
        description: '"Try again" (also `pnk-button`); pending while the retry runs (`aria-disabled`, `aria-busy`), keeping focus',
        className: commonClasses.retry,
        data: ['data-variant="secondary"', 'data-state="idle|pending"'],
      },
      skeleton: { description: 'placeholder while a list loads, with a visually hidden status', className: commonClasses.skeleton },
      skeletonRow: { description: 'one placeholder row (`aria-hidden`)', className: commonClasses.skeletonRow },
    },
  }) as const satisfies ComponentPartRegistry)();
