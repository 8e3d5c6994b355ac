/** Parts shared by every component (`appearance.elements` keys `common.<part>`), for the docs and `useParts('common')`. */
import type { ComponentPartRegistry } from '../../theme/partTypes.ts';

export const commonParts = {
  component: '(shared)',
  block: 'pnk',
  parts: {
    button: { description: 'every button', className: 'pnk-button', data: ['data-variant="primary|secondary|danger|link"'] },
    alert: { description: 'an error for the whole step', className: 'pnk-alert', data: ['data-variant="error"'] },
    fieldError: { description: "a field's message", className: 'pnk-field-error' },
    badge: { description: '"Primary", "Default", …', className: 'pnk-badge', data: ['data-kind="primary|unverified|two-step|default"'] },
    liveRegion: { description: 'polite announcements (visually hidden)', className: 'pnk-live-region' },
    visuallyHidden: { description: 'text for screen readers only', className: 'pnk-visually-hidden' },
    menu: { description: 'a menu button', className: 'pnk-menu', data: ['data-state="open|closed"'] },
    menuTrigger: { description: "the menu's button", className: 'pnk-menu__trigger' },
    menuList: { description: 'the open menu', className: 'pnk-menu__list' },
    menuItem: { description: 'one item', className: 'pnk-menu__item', data: ['data-destructive'] },
    confirm: { description: 'inline confirmation', className: 'pnk-confirm', data: ['data-state="idle|pending"'] },
    confirmTitle: { description: 'its heading', className: 'pnk-confirm__title' },
    confirmBody: { description: 'its text', className: 'pnk-confirm__body' },
    lazy: { description: 'a step whose code is still loading, or failed to load', className: 'pnk-lazy', data: ['data-state="loading|failed"'] },
    confirmActions: { description: 'its buttons', className: 'pnk-confirm__actions' },
  },
} as const satisfies ComponentPartRegistry;
