/** The named parts of `ReverificationDialog` (classes `pnk-reverification-dialog__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const reverificationDialogParts = {
  component: 'ReverificationDialog',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-reverification-dialog',
  parts: {
    root: {
      description: 'the modal `<dialog>`',
      data: ['data-state="starting|entering|unavailable|complete"', 'data-stage="first|second"', 'data-pending', 'data-theme', 'data-density'],
    },
    title: { description: 'the heading ("Confirm it’s you")' },
    description: { description: 'what is being changed' },
    status: { description: '"Checking how you can confirm…", or why it cannot' },
    methods: { description: 'the `<fieldset>` of ways to confirm (radio buttons), shown when there are several' },
    method: { description: 'one way to confirm: a `<label>` with its radio', data: ['data-strategy="password|email_code|phone_code|totp|backup_code"', 'data-checked'] },
    form: { description: 'the password or code form', data: ['data-strategy'] },
    field: { description: 'label, input and error of a password or backup code; `data-invalid`' },
    label: { description: 'the field label' },
    input: { description: 'the password or backup-code `<input>`' },
    secondStep: { description: '"One more step…" on the second factor' },
    actions: { description: 'the buttons' },
    submit: { description: 'confirm button (also `pnk-button`)', data: ['data-variant="primary"'] },
    resend: { description: '"Send a new code" (also `pnk-button`)', data: ['data-variant="link"'] },
    cancel: { description: 'cancel button (also `pnk-button`)', data: ['data-variant="secondary"'] },
  },
} as const satisfies ComponentPartRegistry;
