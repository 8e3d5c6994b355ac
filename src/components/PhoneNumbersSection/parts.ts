/** The named parts of `PhoneNumbersSection` (classes `pnk-phone-numbers-section__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

/** The block class of `PhoneNumbersSection`: its root's class and the prefix of its parts' classes (the only part of this file that ships). */
export const phoneNumbersSectionBlock = 'pnk-phone-numbers-section';

export const phoneNumbersSectionParts = {
  component: 'PhoneNumbersSection',
  block: phoneNumbersSectionBlock,
  parts: {
    root: { description: 'the `<section>`', data: ['data-state="loading|ready|empty|error"', 'data-theme', 'data-density'] },
    heading: { description: 'the section heading' },
    empty: { description: '"No phone numbers yet"' },
    list: { description: 'the `<ul>` of numbers' },
    row: {
      description: 'one `<li>`',
      data: ['data-state="idle|verifying|removing|pending"', 'data-phone-number-id', 'data-verification="verified|unverified|expired|failed|none"'],
    },
    summary: { description: "the row's line" },
    number: { description: 'the formatted number (`dir="ltr"`)' },
    badges: { description: 'holds `pnk-badge` elements' },
    note: { description: "why an unverified number's code no longer works" },
    actions: { description: 'holds the row menu (`pnk-menu`)' },
    inline: { description: 'inline card under a row or the list', data: ['data-kind="add|verify|remove|alert"', 'data-step="form|code"'] },
    warning: { description: 'a line of the removal warning', data: ['data-kind="two-step|default|last-second-factor"'] },
    addButton: { description: '"Add phone number" (also `pnk-button`)', data: ['data-variant="secondary"'] },
  },
} as const satisfies ComponentPartRegistry;
