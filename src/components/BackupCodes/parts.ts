/** The named parts of `BackupCodes` (classes `pnk-backup-codes__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const backupCodesParts = {
  component: 'BackupCodes',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-backup-codes',
  parts: {
    root: {
      description: 'the section',
      data: ['data-state="empty|ready|generating|error"', 'data-saved="true|false"', 'data-source="reservation|generated"', 'data-printing', 'data-theme', 'data-density'],
    },
    title: { description: 'the heading' },
    intro: { description: '"Save them now"' },
    printArea: { description: 'what prints' },
    printHeading: { description: 'heading shown only in print' },
    list: { description: 'the codes (`role="list"`)', data: ['data-count'] },
    item: { description: 'one code' },
    code: { description: 'the `<code>`' },
    usage: { description: '"Each code works once"' },
    actions: { description: 'the toolbar' },
    buttons: { description: 'the toolbar buttons' },
    action: {
      description: 'copy / download / print (also `pnk-button`)',
      data: ['data-action="copy|download|print"', 'data-state="idle|copied|done|failed"', 'data-variant="secondary"'],
    },
    actionStatus: { description: '"Copied"' },
    generate: { description: 'first generation', data: ['data-state="idle|confirming|pending"'] },
    generateTrigger: { description: 'its button (also `pnk-button`)', data: ['data-variant="primary"'] },
    generateConfirm: { description: 'around the `pnk-confirm` panel' },
    regenerate: { description: 'regeneration', data: ['data-state="idle|confirming|pending"'] },
    regenerateTrigger: { description: 'its button (also `pnk-button`)', data: ['data-variant="secondary"'] },
    regenerateConfirm: { description: 'around the `pnk-confirm` panel' },
    acknowledge: { description: '"I saved them"', data: ['data-saved'] },
    saved: { description: 'the checkbox row, a `<label>` at least 24 px tall' },
    savedCheckbox: { description: 'the checkbox' },
    savedLabel: { description: "the checkbox's text" },
    savedHint: { description: 'hint under it' },
    done: { description: 'done button (also `pnk-button`)', data: ['data-variant="primary"'] },
    empty: { description: 'no codes yet' },
    emptyTitle: { description: 'its title' },
    emptyBody: { description: 'its text' },
    generating: { description: '"Generating…"' },
  },
} as const satisfies ComponentPartRegistry;
