/** The named parts of `DefaultSecondFactor` (classes `pnk-default-second-factor__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

/** The block class of `DefaultSecondFactor`: its root's class and the prefix of its parts' classes (the only part of this file that ships). */
export const defaultSecondFactorBlock = 'pnk-default-second-factor';

export const defaultSecondFactorParts = {
  component: 'DefaultSecondFactor',
  block: defaultSecondFactorBlock,
  parts: {
    root: { description: 'the `<section>`', data: ['data-state="loading|error|empty|ready"', 'data-enabled="true|false"', 'data-theme', 'data-density'] },
    title: { description: 'the heading' },
    intro: { description: 'the intro line' },
    status: { description: '"… is off"' },
    changeError: { description: 'the alert of a failed change' },
    empty: { description: 'no numbers' },
    list: { description: 'the list of numbers' },
    row: { description: 'one number', data: ['data-state="idle|pending|confirming"', 'data-verified', 'data-reserved', 'data-default'] },
    rowMain: { description: "the row's line" },
    numberLine: { description: 'number and badges' },
    number: { description: 'the formatted number' },
    explanation: { description: 'why an unverified number cannot be used' },
    switch: { description: 'the on/off switch (`role="switch"`)', data: ['data-state="on|off"'] },
    switchTrack: { description: "the switch's track" },
    switchThumb: { description: "the switch's thumb" },
    switchLabel: { description: "the switch's label" },
    switchState: { description: '"On" / "Off"' },
    defaultGroup: { description: 'fieldset to pick the default number' },
    legend: { description: "the fieldset's legend" },
    hint: { description: 'hint under the legend' },
    options: { description: 'the radio options' },
    option: { description: 'one option', data: ['data-state="idle|pending"', 'data-default', 'data-disabled'] },
    radio: { description: 'the radio input' },
    optionLabel: { description: "the option's label" },
    optionExplanation: { description: "the option's explanation" },
  },
} as const satisfies ComponentPartRegistry;
