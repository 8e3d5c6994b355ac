/**
 * Parts shared by every component (`appearance.elements` keys `common.<part>`), for the docs and `useParts('common')`.
 * Their classes follow the shared-part rule of `partClassName`: `pnk-<part>`, or `pnk-<block>__<rest>` for the parts of
 * a shared block (`menuTrigger` → `pnk-menu__trigger`).
 */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const commonParts = {
  component: '(shared)',
  block: 'pnk',
  parts: {
    button: { description: 'every button', data: ['data-variant="primary|secondary|danger|link"'] },
    alert: { description: 'an error for the whole step', data: ['data-variant="error"'] },
    fieldError: { description: "a field's message" },
    badge: { description: 'a quiet status: "Primary", "Default for sign-in codes", "Unverified"', data: ['data-kind="primary|default|unverified"'] },
    liveRegion: { description: 'polite announcements (visually hidden)' },
    visuallyHidden: { description: 'text for screen readers only' },
    menu: { description: 'a menu button', data: ['data-state="open|closed"'] },
    menuTrigger: { description: "the menu's button" },
    menuList: { description: 'the open menu' },
    menuItem: { description: 'one item', data: ['data-destructive'] },
    confirm: { description: 'inline confirmation', data: ['data-state="idle|pending"'] },
    confirmTitle: { description: 'its heading' },
    confirmBody: { description: 'its text' },
    lazy: { description: 'a step whose code is still loading, or failed to load', data: ['data-state="loading|failed"'] },
    confirmActions: { description: 'its buttons' },
    listError: { description: 'a list that could not load: the alert and "Try again"' },
    listErrorTitle: { description: 'what could not load, inside the alert' },
    listErrorRetry: {
      description: '"Try again" (also `pnk-button`); pending while the retry runs (`aria-disabled`, `aria-busy`), keeping focus',
      data: ['data-variant="secondary"', 'data-state="idle|pending"'],
    },
    skeleton: { description: 'placeholder while a list loads, with a visually hidden status' },
    skeletonRow: { description: 'one placeholder row (`aria-hidden`)' },
    phoneNumber: { description: 'a phone number shown anywhere: isolated left-to-right (`<bdi dir="ltr">`), never wrapped' },
    card: { description: "a section's card (on the section root, beside its own class)" },
    cardHeader: { description: "the card's heading and description" },
    cardTitle: { description: "the section heading (one style for sibling sections)" },
    cardDescription: { description: 'one line on what the section is for' },
    panel: { description: "a framed panel under a section's controls: a setup step, new backup codes (a confirmation brings its own frame)" },
  },
} as const satisfies ComponentPartRegistry;
