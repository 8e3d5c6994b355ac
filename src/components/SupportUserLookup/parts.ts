/** The named parts of `SupportUserLookup` (classes `pnk-support-user-lookup__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const supportUserLookupParts = {
  component: 'SupportUserLookup',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-support-user-lookup',
  parts: {
    root: { description: 'the `<section>` (also `pnk-card`)', data: ['data-state="idle|searching|found|not-found|error"', 'data-theme', 'data-density'] },
    heading: { description: 'the section heading (also `pnk-card__title`)' },
    description: { description: 'one line on what it is for (also `pnk-card__description`)' },
    form: { description: 'the search `<form>`' },
    field: { description: 'label, hint, input and error', data: ['data-invalid'] },
    label: { description: 'the field label' },
    hint: { description: 'the format hint' },
    input: { description: 'the `<input type="tel">`' },
    error: { description: "the field's message (also `pnk-field-error`)" },
    submit: { description: 'Search (also `pnk-button`)', data: ['data-variant="primary"'] },
    status: { description: '"1 user found." / "No user has …" (`role="status"`)' },
    results: { description: 'the users found (a list)' },
    result: { description: 'one user', data: ['data-selected'] },
    resultButton: { description: 'opens the user (also `pnk-button`); `aria-pressed` when open', data: ['data-variant="secondary"'] },
    resultName: { description: "the user's name" },
    resultDetails: { description: 'email and user id' },
  },
} as const satisfies ComponentPartRegistry;
