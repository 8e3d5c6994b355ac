/** The named parts of `VerifyPhoneNumber` (classes `pnk-verify-phone-number__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const verifyPhoneNumberParts = {
  component: 'VerifyPhoneNumber',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-verify-phone-number',
  parts: {
    root: {
      description: 'the step',
      data: ['data-state="loading|idle|pending|error|success"', 'data-status="none|unverified|expired|failed|verified|…"', 'data-needs-new-code', 'data-theme', 'data-density'],
    },
    loading: { description: 'shown until the number is known' },
    sentTo: { description: '"Sent to …" and "Change number" side by side, the link wrapping whole to its own line when narrow' },
    sentToText: { description: 'the sentence "Sent to +1 201 555 0123" (the number a `pnk-phone-number`)' },
    changeNumber: { description: 'link-styled button, at least 24 px tall (also `pnk-button`)', data: ['data-variant="link"'] },
    form: { description: 'the code form' },
    field: { description: 'label, hint, code and error', data: ['data-invalid'] },
    label: { description: 'the code label' },
    hint: { description: 'hint under the label' },
    code: { description: 'the `dir="ltr"` group around input and slots' },
    slotsContainer: { description: "input-otp's container" },
    input: { description: 'the one real `<input autocomplete="one-time-code">`' },
    slots: { description: 'the row of digit boxes (`aria-hidden`)' },
    slot: { description: 'one digit box', data: ['data-active', 'data-filled'] },
    caret: { description: 'the blinking caret in the active slot' },
    error: { description: "the field's message (also `pnk-field-error`)" },
    expiry: { description: '"Code expires in 9:58"' },
    lastAttempt: { description: '"One attempt left…", under the field\'s error when one more wrong code uses up the code; an alert, and part of the field\'s description' },
    actions: { description: 'the buttons' },
    verify: { description: 'submit button (also `pnk-button`)', data: ['data-variant="primary"'] },
    resend: { description: 'resend button with countdown (also `pnk-button`)', data: ['data-state="ready|waiting|pending"', 'data-variant'] },
    getNewCode: { description: '"Get a new code" (also `pnk-button`)', data: ['data-state="ready|waiting|pending"', 'data-variant'] },
    cancel: { description: 'cancel button (also `pnk-button`)', data: ['data-variant="secondary"'] },
    newCode: { description: 'shown instead of the form when a new code is needed' },
    newCodeReason: { description: 'why a new code is needed; an alert (also `pnk-alert`) when too many wrong codes used it up', data: ['data-variant="error"'] },
    success: { description: '"Phone number verified"' },
  },
} as const satisfies ComponentPartRegistry;
