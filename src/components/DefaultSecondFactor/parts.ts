/** The named parts of `DefaultSecondFactor` (classes `pnk-default-second-factor__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const defaultSecondFactorParts = {
  component: 'DefaultSecondFactor',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-default-second-factor',
  parts: {
    root: { description: 'the `<section>` (also `pnk-card`)', data: ['data-state="loading|error|empty|ready"', 'data-enabled="true|false"', 'data-theme', 'data-density'] },
    title: { description: 'the heading (also `pnk-card__title`)' },
    intro: { description: 'one line on what it is for (also `pnk-card__description`)' },
    status: { description: '"… is off"' },
    changeError: { description: 'the alert of a failed change' },
    empty: { description: 'no numbers' },
    list: { description: 'the verified numbers' },
    row: { description: 'one number', data: ['data-state="idle|pending|confirming"', 'data-reserved', 'data-default'] },
    rowMain: { description: "the row's line: the number, then the switch" },
    numberLine: { description: 'the number and its badge or "Make default"' },
    number: { description: 'the formatted number' },
    makeDefault: { description: '"Make default", on a number that receives codes (also `pnk-button`)', data: ['data-variant="link"'] },
    switch: { description: 'the sign-in codes switch (`role="switch"`, named with the number)', data: ['data-state="on|off"'] },
    switchTrack: { description: "the switch's track" },
    switchThumb: { description: "the switch's thumb" },
    unverifiedNote: { description: 'the line saying unverified numbers are not listed' },
  },
} as const satisfies ComponentPartRegistry;
