/** The named parts of `SmsTwoFactorSection` (classes `pnk-sms-two-factor-section__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const smsTwoFactorSectionParts = {
  component: 'SmsTwoFactorSection',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-sms-two-factor-section',
  parts: {
    root: { description: 'the `<section>`', data: ['data-state="loading|off|on|enabling|disabling|error"', 'data-theme', 'data-density'] },
    heading: { description: 'the section heading (also `pnk-card__title`)' },
    description: { description: 'one line on what SMS two-step verification does (also `pnk-card__description`)' },
    status: { description: 'where things stand, in regular weight', data: ['data-state="off|on"'] },
    statusState: { description: 'the one emphasised word of the status: "on" or "off"' },
    explanation: { description: 'where the codes go, in the last step' },
    alert: { description: 'an alert that takes focus (a failed step whose button lost it)' },
    actions: { description: 'a row of buttons' },
    enableButton: { description: '"Turn on" (also `pnk-button`)', data: ['data-variant="primary"'] },
    disableButton: { description: '"Disable" (also `pnk-button`); quiet: danger colour shows in its confirmation only', data: ['data-variant="secondary"'] },
    backupCodesButton: { description: 'shows backup codes (also `pnk-button`)', data: ['data-variant="secondary"'] },
    inline: { description: 'inline panel under the buttons', data: ['data-panel="disable|backup-codes"'] },
    backupCodes: { description: 'wraps `BackupCodes`' },
    wizard: { description: 'the enable wizard', data: ['data-step="choose|add|verify|reserving|backup-codes|done"'] },
    progress: { description: '"Turning on SMS verification…"' },
    stepCount: { description: '"Step 2 of 4", above the step\'s title' },
    step: {
      description: "the wizard's current step",
      data: ['data-step="choose|add|verify|reserving|backup-codes|done"', 'data-state="idle|pending|error|success"'],
    },
    stepHeading: { description: "the step's title, its only heading" },
    choices: { description: 'fieldset of numbers to choose from (named by the step title)' },
    hint: { description: 'a hint line' },
    choice: { description: 'one option (a `<label>`)', data: ['data-verified="true|false"'] },
    choiceText: { description: "the option's name and hint" },
    choiceLabel: { description: "the option's name: the number (and its badge), or \"Use a new phone number\"" },
    choiceHint: { description: 'under an unverified number, inside its option: it is verified first' },
  },
} as const satisfies ComponentPartRegistry;
