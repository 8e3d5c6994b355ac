/** The named parts of `SupportVerifyCaller` (classes `pnk-support-verify-caller__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const supportVerifyCallerParts = {
  component: 'SupportVerifyCaller',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-support-verify-caller',
  parts: {
    root: {
      description: 'the `<section>` (also `pnk-card`); the code field inside is `VerifyPhoneNumber`\'s (`pnk-verify-phone-number__field`, `__slot`, …)',
      data: ['data-state="none|loading|error|choose|sending|sent|checking|verified|locked|expired"', 'data-theme', 'data-density'],
    },
    heading: { description: 'the section heading (also `pnk-card__title`)' },
    description: { description: 'one line on what it is for (also `pnk-card__description`)' },
    choose: { description: 'the `<form>` that picks the number and sends the code' },
    choices: { description: 'the fieldset of numbers (its legend "Send the code to")' },
    choice: { description: 'one number (a `<label>` around its radio)', data: ['data-status="verified|unverified|failed|expired|none"'] },
    send: { description: '"Send code" (also `pnk-button`)', data: ['data-variant="primary"'] },
    check: { description: 'the `<form>` with the code the caller reads' },
    sentTo: { description: '"Code sent to … Ask the caller to read it to you."' },
    actions: { description: 'the buttons' },
    submit: { description: '"Check code" (also `pnk-button`)', data: ['data-variant="primary"'] },
    sendAgain: { description: '"Send a new code" (also `pnk-button`)', data: ['data-variant="secondary"'] },
    otherNumber: { description: '"Choose another number" (also `pnk-button`)', data: ['data-variant="link"'] },
    result: { description: 'the outcome: verified (`role="status"`), or locked / expired (an alert)', data: ['data-result="verified|locked|expired"'] },
    empty: { description: '"Pick a user first." or "… has no phone number"' },
  },
} as const satisfies ComponentPartRegistry;
