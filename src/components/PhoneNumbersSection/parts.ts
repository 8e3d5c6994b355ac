/** The named parts of `PhoneNumbersSection` (classes `pnk-phone-numbers-section__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const phoneNumbersSectionParts = {
  component: 'PhoneNumbersSection',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-phone-numbers-section',
  parts: {
    root: { description: 'the `<section>` (also `pnk-card`)', data: ['data-state="loading|ready|empty|error"', 'data-theme', 'data-density'] },
    heading: { description: 'the section heading (also `pnk-card__title`)' },
    description: { description: 'one line on what the numbers are for, under the heading (also `pnk-card__description`)' },
    empty: { description: '"No phone numbers yet"' },
    list: { description: 'the `<ul>` of numbers' },
    row: {
      description: 'one `<li>`',
      data: ['data-state="idle|verifying|removing|pending"', 'data-phone-number-id', 'data-verification="verified|unverified|expired|failed|none"'],
    },
    summary: { description: "the row's top: its info, and the menu pinned top-right" },
    info: { description: 'the number, then its badges and note (these wrap under the number on a narrow row)' },
    number: { description: 'holds the formatted number (`pnk-phone-number`)' },
    badges: { description: 'holds `pnk-badge` elements' },
    note: { description: "why an unverified number's code no longer works" },
    actions: { description: 'holds the row menu (`pnk-menu`)' },
    inline: { description: 'inline card under a row or the list', data: ['data-kind="add|verify|remove|alert"', 'data-step="form|code"'] },
    warning: { description: 'a line of the removal warning', data: ['data-kind="two-step|default|last-second-factor"'] },
    addButton: { description: '"+ Add phone number", under the list (also `pnk-button`)', data: ['data-variant="secondary"'] },
  },
} as const satisfies ComponentPartRegistry;
