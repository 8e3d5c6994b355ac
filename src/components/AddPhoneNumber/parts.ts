/** The named parts of `AddPhoneNumber` (classes `pnk-add-phone-number__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const addPhoneNumberParts = {
  component: 'AddPhoneNumber',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-add-phone-number',
  parts: {
    root: { description: 'the `<form>`', data: ['data-state="idle|pending|error|success"', 'data-theme', 'data-density'] },
    field: { description: 'label, hint, control and error', data: ['data-invalid'] },
    label: { description: 'the field label' },
    hint: { description: 'format hint under the label' },
    control: { description: 'country picker and number input side by side' },
    country: { description: "the country picker's face", data: ['data-country="GB|…|international"', 'data-disabled'] },
    countrySelect: { description: 'the transparent native `<select>` over the face' },
    countryCode: { description: 'region code, e.g. "GB" (a short "International" when none)' },
    callingCode: { description: 'calling code of the picked country, e.g. "+44"' },
    chevron: { description: 'the picker arrow' },
    input: { description: 'the `<input type="tel">`' },
    error: { description: "the field's message (also `pnk-field-error`)" },
    actions: { description: 'the buttons' },
    submit: { description: 'submit button (also `pnk-button`)', data: ['data-variant="primary"'] },
    cancel: { description: 'cancel button (also `pnk-button`)', data: ['data-variant="secondary"'] },
  },
} as const satisfies ComponentPartRegistry;
