/** The named parts of `SupportResetTwoStep` (classes `pnk-support-reset-two-step__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const supportResetTwoStepParts = {
  component: 'SupportResetTwoStep',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-support-reset-two-step',
  parts: {
    root: {
      description: 'the `<section>` (also `pnk-card`)',
      data: ['data-state="none|loading|error|on|off|confirming|pending"', 'data-theme', 'data-density'],
    },
    heading: { description: 'the section heading (also `pnk-card__title`)' },
    description: { description: 'one line on what it is for (also `pnk-card__description`)' },
    status: { description: "where the user's two-step verification stands: on (with its factors) or off" },
    reset: { description: '"Reset two-step verification" (also `pnk-button`); quiet: danger colour shows in its confirmation only', data: ['data-variant="secondary"'] },
    confirm: { description: 'around the `pnk-confirm` panel that names the user and every factor it turns off' },
    empty: { description: '"Pick a user first."' },
  },
} as const satisfies ComponentPartRegistry;
