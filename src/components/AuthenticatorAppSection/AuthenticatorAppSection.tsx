'use client';
import { useId } from 'react';
import { useAuthenticatorAppSectionMessages } from './messages.ts';
import { AuthenticatorAppPanel } from './AuthenticatorAppPanel.tsx';
import { PolicyScope } from '../../hooks/usePolicy.tsx';
import type { KitPolicy } from '../../core/policy.ts';
import type { HeadingLevel } from '../common/Heading.tsx';
import { SectionCard } from '../common/SectionCard.tsx';
import { ReverificationOutlet } from '../ReverificationDialog/ReverificationOutlet.tsx';
import type { Appearance } from '../parts/appearance.ts';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import './AuthenticatorAppSection.css';

/**
 * Props of {@link AuthenticatorAppSection}. Host policy props refine the provider's here: `readOnly` (the status
 * shows; no "Set up" or "Remove") and `onBeforeAction` (asked before setting up, checking the code and removing).
 */
export interface AuthenticatorAppSectionProps extends Pick<KitPolicy, 'readOnly' | 'onBeforeAction'> {
  /** Names the app in the backup codes' download and print-out. */
  applicationName?: string;
  /** Names the account (e.g. the user's email) in the backup codes' download and print-out. */
  accountIdentifier?: string;
  /** Added to the root element's classes. */
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled; merged over `PhoneNumberKitAppearance`'s. */
  appearance?: Appearance;
  /** The level of the section's heading; the enrollment step's heading follows below it. Default 2. */
  headingLevel?: 2 | 3;
}

/**
 * The "Authenticator app" card of a security page. Off: one sentence and "Set up authenticator app", which opens
 * the enrollment step inline: a QR code drawn in the page from the `otpauth://` URI (never an image from a QR
 * service), the setup key in groups of four with a Copy button, and the 6-digit code on the SMS step's code
 * field. Two requests in all (create, verify); the secret stays in memory and goes on Cancel or unmount. The step's
 * code and the QR library load only when it opens. When this turns two-step verification on for the first time,
 * the backup codes follow, once, with `BackupCodes`. On: "Remove authenticator app" behind a confirmation that says
 * which number sign-in then texts, or that two-step verification turns off.
 *
 * Parts: generated from `PART_REGISTRY.authenticatorAppSection` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-authenticator-app-section` (`authenticatorAppSection.root`): the `<section>` (also `pnk-card`); its state is on `body`; `data-theme`, `data-density`
 * - `pnk-authenticator-app-section__heading` (`authenticatorAppSection.heading`): the section heading (also `pnk-card__title`)
 * - `pnk-authenticator-app-section__description` (`authenticatorAppSection.description`): one line on what an authenticator app does (also `pnk-card__description`)
 * - `pnk-authenticator-app-section__body` (`authenticatorAppSection.body`): the status and what follows it; the whole card inside `TwoStepVerificationSection`; `data-state="loading|error|off|enrolling|backup-codes|on|removing"`
 * - `pnk-authenticator-app-section__status` (`authenticatorAppSection.status`): where things stand, in regular weight; focus lands here after enrolling or removing; `data-state="off|on"`
 * - `pnk-authenticator-app-section__status-state` (`authenticatorAppSection.statusState`): the one emphasised word of the status: "on" or "off"
 * - `pnk-authenticator-app-section__actions` (`authenticatorAppSection.actions`): a row of buttons
 * - `pnk-authenticator-app-section__setup-button` (`authenticatorAppSection.setupButton`): "Set up authenticator app" (also `pnk-button`); `data-variant="primary"`
 * - `pnk-authenticator-app-section__remove-button` (`authenticatorAppSection.removeButton`): "Remove authenticator app" (also `pnk-button`); quiet: danger colour shows in its confirmation only; `data-variant="secondary"`
 * - `pnk-authenticator-app-section__inline` (`authenticatorAppSection.inline`): inline panel under the status; `data-panel="enroll|backup-codes|remove"`
 * - `pnk-authenticator-app-section__enroll` (`authenticatorAppSection.enroll`): the enrollment step (its code and the QR library load when it opens); `data-state="starting|ready|verifying|error"`
 * - `pnk-authenticator-app-section__enroll-heading` (`authenticatorAppSection.enrollHeading`): the step's title, its only heading
 * - `pnk-authenticator-app-section__progress` (`authenticatorAppSection.progress`): "Getting your setup key…"
 * - `pnk-authenticator-app-section__scan` (`authenticatorAppSection.scan`): the QR code and its instruction
 * - `pnk-authenticator-app-section__instruction` (`authenticatorAppSection.instruction`): a line saying what to do
 * - `pnk-authenticator-app-section__qr-code` (`authenticatorAppSection.qrCode`): the QR code: an inline `<svg role="img">` drawn in the page, never an image from elsewhere
 * - `pnk-authenticator-app-section__qr-modules` (`authenticatorAppSection.qrModules`): the QR code's dark modules (one `<path>`; `fill` from `--pnk-color-text`)
 * - `pnk-authenticator-app-section__setup-key` (`authenticatorAppSection.setupKey`): the setup key for typing in by hand, and its copy button
 * - `pnk-authenticator-app-section__setup-key-value` (`authenticatorAppSection.setupKeyValue`): the key (`<code>`, left to right), in groups of four
 * - `pnk-authenticator-app-section__setup-key-group` (`authenticatorAppSection.setupKeyGroup`): one group of four characters
 * - `pnk-authenticator-app-section__copy-key` (`authenticatorAppSection.copyKey`): copies the key (also `pnk-button`); `data-state="idle|copied|failed"`, `data-variant="secondary"`
 * - `pnk-authenticator-app-section__copy-status` (`authenticatorAppSection.copyStatus`): "Setup key copied", or why copying is not possible
 * - `pnk-authenticator-app-section__form` (`authenticatorAppSection.form`): the code form; its field is the SMS step's code field (`pnk-verify-phone-number__field`, …)
 * - `pnk-authenticator-app-section__verify` (`authenticatorAppSection.verify`): submit button (also `pnk-button`); `data-variant="primary"`
 * - `pnk-authenticator-app-section__cancel` (`authenticatorAppSection.cancel`): cancel button (also `pnk-button`); `data-variant="secondary"`
 * - `pnk-authenticator-app-section__backup-codes` (`authenticatorAppSection.backupCodes`): wraps `BackupCodes`, shown once after the app turned two-step verification on
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function AuthenticatorAppSection(props: AuthenticatorAppSectionProps) {
  return (
    <PolicyScope overrides={props}>
      <AuthenticatorAppSectionContent {...props} />
    </PolicyScope>
  );
}

function AuthenticatorAppSectionContent({ applicationName, accountIdentifier, className, appearance, headingLevel = 2 }: AuthenticatorAppSectionProps) {
  const root = useKitRoot('authenticatorAppSection', appearance, className);
  const { messages } = useAuthenticatorAppSectionMessages();
  const t = messages.authenticatorAppSection;
  const headingId = useId();
  return (
    <SectionCard root={root} headingId={headingId} headingLevel={headingLevel} text={t}>
      <AuthenticatorAppPanel
        headingLevel={(headingLevel + 1) as HeadingLevel}
        applicationName={applicationName}
        accountIdentifier={accountIdentifier}
      />
      {/* The step-up dialog lives in this entry; the two-step cards bring it, so alone on a page they still can ask. */}
      <ReverificationOutlet />
    </SectionCard>
  );
}
