/** The named parts of `AuthenticatorAppSection` (classes `pnk-authenticator-app-section__<part>`), for `appearance.elements` and the docs. */
import type { ComponentPartRegistry } from '../parts/partTypes.ts';

export const authenticatorAppSectionParts = {
  component: 'AuthenticatorAppSection',
  // Its root's class and the prefix of its parts' classes; the runtime derives it from the key (parts/blocks.ts).
  block: 'pnk-authenticator-app-section',
  parts: {
    root: { description: 'the `<section>` (also `pnk-card`); its state is on `body`', data: ['data-theme', 'data-density'] },
    heading: { description: 'the section heading (also `pnk-card__title`)' },
    description: { description: 'one line on what an authenticator app does (also `pnk-card__description`)' },
    body: { description: 'the status and what follows it; the whole card inside `TwoStepVerificationSection`', data: ['data-state="loading|error|off|enrolling|backup-codes|on|removing"'] },
    status: { description: 'where things stand, in regular weight; focus lands here after enrolling or removing', data: ['data-state="off|on"'] },
    statusState: { description: 'the one emphasised word of the status: "on" or "off"' },
    actions: { description: 'a row of buttons' },
    setupButton: { description: '"Set up authenticator app" (also `pnk-button`)', data: ['data-variant="primary"'] },
    removeButton: { description: '"Remove authenticator app" (also `pnk-button`); quiet: danger colour shows in its confirmation only', data: ['data-variant="secondary"'] },
    inline: { description: 'inline panel under the status', data: ['data-panel="enroll|backup-codes|remove"'] },
    enroll: { description: 'the enrollment step (its code and the QR library load when it opens)', data: ['data-state="starting|ready|verifying|error"'] },
    enrollHeading: { description: "the step's title, its only heading" },
    progress: { description: '"Getting your setup key…"' },
    scan: { description: 'the QR code and its instruction' },
    instruction: { description: 'a line saying what to do' },
    qrCode: { description: 'the QR code: an inline `<svg role="img">` drawn in the page, never an image from elsewhere' },
    qrModules: { description: "the QR code's dark modules (one `<path>`; `fill` from `--pnk-color-text`)" },
    setupKey: { description: 'the setup key for typing in by hand, and its copy button' },
    setupKeyValue: { description: 'the key (`<code>`, left to right), in groups of four' },
    setupKeyGroup: { description: 'one group of four characters' },
    copyKey: { description: 'copies the key (also `pnk-button`)', data: ['data-state="idle|copied|failed"', 'data-variant="secondary"'] },
    copyStatus: { description: '"Setup key copied", or why copying is not possible' },
    form: { description: 'the code form; its field is the SMS step\'s code field (`pnk-verify-phone-number__field`, …)' },
    verify: { description: 'submit button (also `pnk-button`)', data: ['data-variant="primary"'] },
    cancel: { description: 'cancel button (also `pnk-button`)', data: ['data-variant="secondary"'] },
    backupCodes: { description: 'wraps `BackupCodes`, shown once after the app turned two-step verification on' },
  },
} as const satisfies ComponentPartRegistry;
