/** The named parts of `TwoStepVerificationSection` (classes `pnk-two-step-verification-section__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const twoStepVerificationSectionParts = {
  component: 'TwoStepVerificationSection',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-two-step-verification-section',
  parts: {
    root: { description: 'the `<section>` (also `pnk-card`)', data: ['data-state="loading|error|off|on"', 'data-first="totp|phone_code|none"', 'data-theme', 'data-density'] },
    heading: { description: 'the section heading (also `pnk-card__title`)' },
    description: { description: 'one line on what two-step verification does (also `pnk-card__description`)' },
    status: { description: 'what sign-in asks for first, and what it falls back to', data: ['data-state="off|on"'] },
    statusState: { description: 'the one emphasised word when off' },
    order: { description: 'one sentence of the order: first factor, fallback number, backup codes' },
    factors: { description: 'the list of factors (`role="list"`, named)' },
    factor: { description: 'one factor', data: ['data-factor="totp|sms|backup_codes"', 'data-state="on|off"', 'data-first'] },
    factorHeading: { description: "the factor's name, a heading one level below the section's" },
    firstBadge: { description: '"Used first", beside the factor sign-in asks for first (also `pnk-badge`)' },
    factorNote: { description: 'a quiet line about the factor ("No phone number receives sign-in codes.")' },
    actions: { description: 'a row of buttons' },
    backupCodesButton: { description: 'shows the backup codes (also `pnk-button`)', data: ['data-variant="secondary"'] },
    backupCodes: { description: 'wraps `BackupCodes`' },
  },
} as const satisfies ComponentPartRegistry;
