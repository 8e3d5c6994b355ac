/** The named parts of `SupportPhoneNumbers` (classes `pnk-support-phone-numbers__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const supportPhoneNumbersParts = {
  component: 'SupportPhoneNumbers',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-support-phone-numbers',
  parts: {
    root: {
      description: 'the `<section>` (also `pnk-card`)',
      data: ['data-state="none|loading|error|ready|confirming|pending"', 'data-theme', 'data-density'],
    },
    heading: { description: 'the section heading (also `pnk-card__title`)' },
    description: { description: 'one line on what it shows (also `pnk-card__description`)' },
    user: { description: "the user's name and email" },
    list: { description: "the user's numbers (a list)", data: ['data-count'] },
    row: { description: 'one number', data: ['data-status="verified|unverified|failed|expired|none"', 'data-primary', 'data-two-step'] },
    number: { description: 'the number (a `pnk-phone-number`)' },
    badges: { description: 'the badges' },
    badge: {
      description: 'one badge (also `pnk-badge`)',
      data: ['data-kind="primary|default|two-step|reserved|verified|unverified|failed|expired|none"'],
    },
    details: { description: 'verification attempts, expiry and linked identities' },
    actions: { description: "the row's buttons (a group named after the number)" },
    action: {
      description: 'one change (also `pnk-button`)',
      data: ['data-action="verify|reserve|release|primary|remove"', 'data-variant="secondary"'],
    },
    confirm: { description: 'around the `pnk-confirm` panel naming the user and the number', data: ['data-action'] },
    empty: { description: '"… has no phone numbers." / "Pick a user first."' },
    add: { description: '"Add a number" (also `pnk-button`)', data: ['data-variant="secondary"'] },
    addForm: { description: 'the add `<form>`' },
    field: { description: 'label, hint, input and error', data: ['data-invalid'] },
    label: { description: 'the field label' },
    hint: { description: 'the format hint' },
    input: { description: 'the `<input type="tel">`' },
    error: { description: "the field's message (also `pnk-field-error`)" },
    option: { description: 'one checkbox row (verified, two-step, primary), a `<label>` at least 24 px tall' },
    addActions: { description: "the add form's buttons" },
    addSubmit: { description: '"Add number" (also `pnk-button`)', data: ['data-variant="primary"'] },
    addCancel: { description: 'Cancel (also `pnk-button`)', data: ['data-variant="secondary"'] },
  },
} as const satisfies ComponentPartRegistry;
