/** The named parts of `SmsTwoFactorSection` (classes `pnk-sms-two-factor-section__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

/** The block class of `SmsTwoFactorSection`: its root's class and the prefix of its parts' classes (the only part of this file that ships). */
export const smsTwoFactorSectionBlock = 'pnk-sms-two-factor-section';

export const smsTwoFactorSectionParts = {
  component: 'SmsTwoFactorSection',
  block: smsTwoFactorSectionBlock,
  parts: {
    root: { description: 'the `<section>`', data: ['data-state="loading|off|on|enabling|disabling|error"', 'data-theme', 'data-density'] },
    heading: { description: 'the section heading' },
    status: { description: 'where things stand', data: ['data-state="off|on"'] },
    explanation: { description: 'what SMS two-step verification does' },
    alert: { description: 'an alert that takes focus (a failed step whose button lost it)' },
    actions: { description: 'a row of buttons' },
    enableButton: { description: '"Turn on" (also `pnk-button`)', data: ['data-variant="primary"'] },
    disableButton: { description: '"Turn off" (also `pnk-button`)', data: ['data-variant="danger"'] },
    backupCodesButton: { description: 'shows backup codes (also `pnk-button`)', data: ['data-variant="secondary"'] },
    inline: { description: 'inline panel under the buttons', data: ['data-panel="disable|backup-codes"'] },
    backupCodes: { description: 'wraps `BackupCodes`' },
    wizard: { description: 'the enable wizard', data: ['data-step="choose|add|verify|reserving|backup-codes|done"'] },
    wizardHeading: { description: "the wizard's heading" },
    progress: { description: '"Step 2 of 4"' },
    step: {
      description: "the wizard's current step",
      data: ['data-step="choose|add|verify|reserving|backup-codes|done"', 'data-state="idle|pending|error|success"'],
    },
    stepHeading: { description: "the step's heading" },
    choices: { description: 'fieldset of numbers to choose from' },
    legend: { description: "the fieldset's legend" },
    hint: { description: 'a hint line' },
    choice: { description: 'one option', data: ['data-verified="true|false"'] },
    choiceLabel: { description: "the option's label" },
  },
} as const satisfies ComponentPartRegistry;
